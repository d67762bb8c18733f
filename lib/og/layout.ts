import type { FitBox, FitStep } from './fit-headline';

/**
 * Geometry and colours shared by the card components (which draw them) and
 * lib/og/index.ts (which fits text into them). One source, so the box the
 * headline is measured for is the box it is drawn in.
 */
export const ogSize = { width: 1200, height: 630 } as const;

/**
 * Font families as registered with Satori (see fonts.ts). The fontsource files
 * are split by unicode range, and Satori keeps one font per family name and
 * weight, so each subset is its own family and the cards list both.
 */
export const fontFamilies = {
  serif: 'Lede Serif, Lede Serif Ext',
  sans: 'Lede Sans, Lede Sans Ext',
} as const;

export const palette = {
  ink: '#121212',
  paper: '#ffffff',
  accent: '#b00020',
  muted: '#5c5c5c',
  rule: '#e3e3e3',
  /** Front-card panel: the ink, lifted just enough to show the pattern on it. */
  panel: '#1d1d1d',
  panelLine: '#343434',
} as const;

/**
 * Satori measures text word by word and this module measures whole lines, so
 * kerning across spaces and rounding can differ by a pixel or two. Lines are
 * fitted to the box minus this much and drawn in the full box.
 */
export const fitSlack = 6;

export const articleLayout = {
  /**
   * The whole right-hand panel. The newsroom's pictures are charts and maps
   * with words at their edges, so the hero is never cropped: it is scaled to
   * the panel's width and the rest of the panel continues its edge colours.
   */
  hero: { width: 576, height: ogSize.height },
  /** Red rule across the top of the text column. */
  topRule: 8,
  padLeft: 60,
  padRight: 48,
  padTop: 44,
  padBottom: 44,
  brandRow: 52,
  gapAfterBrand: 30,
  kickerRow: 28,
  gapAfterKicker: 16,
  gapBeforeFooter: 20,
  footerRow: 32,
} as const;

export const articleColumnWidth = ogSize.width - articleLayout.hero.width;

/** Where the headline lines go: what is left of the column once the fixed rows are placed. */
export const articleHeadlineBox: FitBox = {
  width: articleColumnWidth - articleLayout.padLeft - articleLayout.padRight,
  height:
    ogSize.height -
    articleLayout.topRule -
    articleLayout.padTop -
    articleLayout.brandRow -
    articleLayout.gapAfterBrand -
    articleLayout.kickerRow -
    articleLayout.gapAfterKicker -
    articleLayout.gapBeforeFooter -
    articleLayout.footerRow -
    articleLayout.padBottom,
};

/** Large and tight for short headlines, smaller and a little more open for long ones. */
export const articleHeadlineSteps: readonly FitStep[] = [
  { fontSize: 64, lineHeight: 1.08 },
  { fontSize: 56, lineHeight: 1.1 },
  { fontSize: 48, lineHeight: 1.12 },
  { fontSize: 40, lineHeight: 1.15 },
  { fontSize: 34, lineHeight: 1.18 },
];

export const frontLayout = {
  panel: { width: 400 },
  padLeft: 72,
  padRight: 64,
  padTop: 56,
  padBottom: 56,
  brandRow: 64,
  kickerRow: 30,
  gapAfterKicker: 18,
  /** Most the title may take; short titles take less and the block stays at the foot. */
  titleHeight: 250,
  gapAfterTitle: 24,
  descriptionHeight: 40,
} as const;

export const frontTextWidth = ogSize.width - frontLayout.panel.width - frontLayout.padLeft - frontLayout.padRight;

export const frontTitleBox: FitBox = { width: frontTextWidth, height: frontLayout.titleHeight };

export const frontTitleSteps: readonly FitStep[] = [
  { fontSize: 84, lineHeight: 1.04, maxLines: 2 },
  { fontSize: 72, lineHeight: 1.06, maxLines: 3 },
  { fontSize: 60, lineHeight: 1.08 },
  { fontSize: 50, lineHeight: 1.1 },
  { fontSize: 42, lineHeight: 1.12 },
];

export const frontDescriptionBox: FitBox = { width: frontTextWidth, height: frontLayout.descriptionHeight };

/** "A one-line description": one line, a little smaller before it is cut. */
export const frontDescriptionSteps: readonly FitStep[] = [
  { fontSize: 28, lineHeight: 1.3, maxLines: 1 },
  { fontSize: 25, lineHeight: 1.3, maxLines: 1 },
];

/**
 * Right-to-left cards (Dari, Pashto, Arabic) in the same boxes, mirrored. A
 * Naskh looks about a size smaller than a Latin serif at the same px and
 * needs more room between lines for its dots and descenders, hence sizes of
 * their own and more open leading.
 */
export const rtlArticleHeadlineSteps: readonly FitStep[] = [
  { fontSize: 54, lineHeight: 1.45 },
  { fontSize: 48, lineHeight: 1.45 },
  { fontSize: 42, lineHeight: 1.5 },
  { fontSize: 36, lineHeight: 1.55 },
  { fontSize: 31, lineHeight: 1.6 },
];

export const rtlFrontTitleSteps: readonly FitStep[] = [
  { fontSize: 76, lineHeight: 1.35, maxLines: 2 },
  { fontSize: 64, lineHeight: 1.4, maxLines: 3 },
  { fontSize: 54, lineHeight: 1.45 },
  { fontSize: 46, lineHeight: 1.5 },
  { fontSize: 40, lineHeight: 1.5 },
];

export const rtlFrontDescriptionSteps: readonly FitStep[] = [
  { fontSize: 27, lineHeight: 1.45, maxLines: 1 },
  { fontSize: 24, lineHeight: 1.45, maxLines: 1 },
];

/** Kicker and date on right-to-left cards: one line each, cut with an ellipsis if need be. */
export const rtlKickerStep: FitStep = { fontSize: 24, lineHeight: 1.2, maxLines: 1 };
export const rtlDateStep: FitStep = { fontSize: 24, lineHeight: 1.2, maxLines: 1 };
