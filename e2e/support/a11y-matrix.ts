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
 * How much each pair audits. Every page of the site at all eight pairs took
 * over an hour on a 2-core machine, so the matrix is covered pairwise: every
 * page and every article layout runs at the narrowest width (320 px, dark)
 * and the widest (1,440 px, light), so each page meets each scheme and each
 * extreme width; the other six pairs run one page of each template (tests
 * tagged `templateTag`). Width- and scheme-specific CSS is shared by every
 * page of a template, so a sample finds what it would find on every page.
 */
export const templateTag = '@template';
/** The suite's self-tests of its own detectors: they need no server and run in one project. */
export const detectorTag = '@detector';

export const auditsEveryPage = (viewport: A11yViewport, colorScheme: ColorScheme): boolean =>
  (viewport.name === 'reflow' && colorScheme === 'dark') || (viewport.name === 'desktop' && colorScheme === 'light');
export const runsDetectors = (viewport: A11yViewport, colorScheme: ColorScheme): boolean =>
  viewport.name === 'desktop' && colorScheme === 'light';
