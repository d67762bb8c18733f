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
 * Every pair audits every page (pages.spec.ts) and runs the keyboard and
 * no-JavaScript checks. Two kinds of test run in fewer pairs:
 * - the article layout checks (layout shift, measure, grid columns, print)
 *   depend on width, not on the colour scheme, so each width runs them once,
 *   in the light scheme;
 * - the suite's self-tests of its own detectors need no server and no width:
 *   one pair runs them.
 * That keeps the whole matrix inside CI's time on a 2-core machine.
 */
export const schemeIndependentTag = '@scheme-independent';
export const detectorTag = '@detector';

/** Tags a pair leaves out (Playwright's grepInvert), as a pattern; undefined when it runs everything. */
export function tagsLeftOut(viewport: A11yViewport, colorScheme: ColorScheme): RegExp | undefined {
  const leftOut = [
    ...(colorScheme === 'light' ? [] : [schemeIndependentTag]),
    ...(viewport.name === 'desktop' && colorScheme === 'light' ? [] : [detectorTag]),
  ];
  return leftOut.length > 0 ? new RegExp(leftOut.join('|')) : undefined;
}
