/**
 * The widths and colour schemes the accessibility suite runs at. The config
 * builds one Playwright project per pair; specs read the current pair back
 * from the project's `use` options through `currentViewport`.
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
