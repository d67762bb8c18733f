/**
 * The widths and colour schemes the accessibility suite runs at. The config
 * builds one Playwright project per pair.
 */
export interface A11yViewport {
  readonly name: 'reflow' | 'phone' | 'tablet' | 'desktop';
  readonly width: number;
  readonly height: number;
}

export type ColorScheme = 'light' | 'dark';

export const a11yViewports: readonly A11yViewport[] = [
  // 320 CSS px is WCAG 1.4.10's reflow width (1280 px at 400% zoom).
  { name: 'reflow', width: 320, height: 640 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1440, height: 900 },
];

export const colorSchemes: readonly ColorScheme[] = ['light', 'dark'];

/**
 * Which tests a project (one width and scheme) runs, by tag:
 * - `@every-width`: every project (templates and content variants);
 * - `@at-<width>-<scheme>`: that project only (the round-robin spread of the
 *   other pages, e2e/support/a11y-plan.ts);
 * - `@light`: once per width, in the light scheme: checks that depend on the
 *   width but not on colours (article layout, keyboard paths, no JavaScript);
 * - `@once`: one project (the detectors' self-tests and checks that depend on
 *   neither width nor scheme).
 */
export const everyWidthTag = '@every-width';
export const lightTag = '@light';
export const onceTag = '@once';

export function projectTag(width: A11yViewport['name'], colorScheme: ColorScheme): string {
  return `@at-${width}-${colorScheme}`;
}

/** The project that runs the `@once` tests. */
export const onceProject = { width: 'desktop', colorScheme: 'light' } as const;

/** The tags a project runs, as a pattern for Playwright's `grep`. */
export function projectGrep(viewport: A11yViewport, colorScheme: ColorScheme): RegExp {
  const tags = [
    everyWidthTag,
    projectTag(viewport.name, colorScheme),
    ...(colorScheme === 'light' ? [lightTag] : []),
    ...(viewport.name === onceProject.width && colorScheme === onceProject.colorScheme ? [onceTag] : []),
  ];
  return new RegExp(`(${tags.join('|')})(?![\\w-])`);
}
