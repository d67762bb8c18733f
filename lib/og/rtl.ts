import { loadArabicFonts, type ArabicFonts } from './arabic-fonts';
import { hasArabicScript, type TextDirection } from './bidi';
import { fitHeadline, type FitBox, type FitStep, type FittedHeadline } from './fit-headline';
import {
  articleHeadlineBox,
  fitSlack,
  frontDescriptionBox,
  frontTitleBox,
  rtlArticleHeadlineSteps,
  rtlDateStep,
  rtlFrontDescriptionSteps,
  rtlFrontTitleSteps,
  rtlKickerStep,
} from './layout';
import type { ShapingFont } from './shaping';
import { cleanCardText } from './text';

/**
 * Text that is already shaped and placed: an SVG path the card components
 * draw as it is. The SVG is the block's box plus `bleed` above and below, so
 * ascenders, dots and descenders that reach outside their line box (as they
 * may in any browser) are not clipped.
 */
export interface ShapedBlock {
  readonly width: number;
  readonly height: number;
  readonly bleed: number;
  /** Path data in the SVG's pixels: (0, 0) is `bleed` above the block's top left. */
  readonly d: string;
  /** The lines and size chosen, as for Latin cards (tests and scripts read them). */
  readonly fitted: FittedHeadline;
}

/**
 * Shapes fitted lines into one block, each line aligned to the block's end
 * (the right in RTL). Baselines sit where CSS puts them: half the leading
 * above the font's ascender, so the block matches a browser's rendering.
 */
export function shapeBlock(fitted: FittedHeadline, font: ShapingFont, direction: TextDirection, boxWidth?: number): ShapedBlock {
  const scale = fitted.fontSize / font.unitsPerEm;
  const shaped = fitted.lines.map((line) => font.shape(line, direction));
  const width = Math.ceil(boxWidth ?? Math.max(0, ...shaped.map((line) => line.width * scale)));
  const content = (font.ascender - font.descender) * scale;
  const bleed = Math.ceil(fitted.fontSize * 0.6);
  const d = shaped
    .map((line, i) => {
      const lineWidth = line.width * scale;
      const x = direction === 'rtl' ? width - lineWidth : 0;
      const baseline = bleed + i * fitted.lineHeight + (fitted.lineHeight - content) / 2 + font.ascender * scale;
      return font.path(line, fitted.fontSize, x, baseline);
    })
    .join('');
  return { width, height: fitted.lines.length * fitted.lineHeight, bleed, d, fitted };
}

function fitShaped(text: string, font: ShapingFont, direction: TextDirection, box: FitBox, steps: readonly FitStep[]): FittedHeadline {
  const measurer = font.measurer(direction);
  return fitHeadline(cleanCardText(text, measurer.covers, { keepJoiners: true }), measurer.measure, { width: box.width - fitSlack, height: box.height }, steps);
}

/** A block fitted to `box` and drawn at the box's full width, lines against its right edge. */
function blockIn(text: string, font: ShapingFont, box: FitBox, steps: readonly FitStep[]): ShapedBlock {
  return shapeBlock(fitShaped(text, font, 'rtl', box, steps), font, 'rtl', box.width);
}

/** A one-line label as wide as its text (the card aligns it), cut to `maxWidth`. */
function label(text: string, font: ShapingFont, step: FitStep, maxWidth: number): ShapedBlock {
  return shapeBlock(fitShaped(text, font, 'rtl', { width: maxWidth, height: step.fontSize * step.lineHeight * 1.01 }, [step]), font, 'rtl');
}

/** The brand: a Latin wordmark ("Lede") stays the drawn wordmark; one in Arabic script is shaped. */
export type CardBrand = { readonly kind: 'wordmark'; readonly text: string } | { readonly kind: 'shaped'; readonly block: ShapedBlock };

export type RtlCardLayout =
  | {
      readonly kind: 'article';
      readonly dir: 'rtl';
      readonly brand: CardBrand;
      readonly kicker: ShapedBlock;
      readonly headline: ShapedBlock;
      readonly date: ShapedBlock;
      readonly heroSrc: string | null;
      readonly heroAlt: string;
    }
  | {
      readonly kind: 'front';
      readonly dir: 'rtl';
      readonly brand: CardBrand;
      readonly kicker: ShapedBlock | null;
      readonly title: ShapedBlock;
      readonly description: ShapedBlock;
    };

function brandFor(brand: string, fonts: ArabicFonts): CardBrand {
  if (!hasArabicScript(brand)) return { kind: 'wordmark', text: brand };
  return { kind: 'shaped', block: label(brand, fonts.headline, { fontSize: 46, lineHeight: 1.2, maxLines: 1 }, 400) };
}

export interface RtlArticleText {
  readonly brand: string;
  readonly kicker: string;
  readonly headline: string;
  readonly date: string;
}

export async function rtlArticleLayout(text: RtlArticleText, heroSrc: string | null, heroAlt: string): Promise<RtlCardLayout> {
  const fonts = await loadArabicFonts();
  return {
    kind: 'article',
    dir: 'rtl',
    brand: brandFor(text.brand, fonts),
    kicker: label(text.kicker, fonts.label, rtlKickerStep, articleHeadlineBox.width),
    headline: blockIn(text.headline, fonts.headline, articleHeadlineBox, rtlArticleHeadlineSteps),
    date: label(text.date, fonts.body, rtlDateStep, articleHeadlineBox.width),
    heroSrc,
    heroAlt,
  };
}

export interface RtlFrontText {
  readonly brand: string;
  readonly kicker: string;
  readonly title: string;
  readonly description: string;
}

export async function rtlFrontLayout(text: RtlFrontText): Promise<RtlCardLayout> {
  const fonts = await loadArabicFonts();
  return {
    kind: 'front',
    dir: 'rtl',
    brand: brandFor(text.brand, fonts),
    kicker: text.kicker ? label(text.kicker, fonts.label, rtlKickerStep, frontTitleBox.width) : null,
    title: blockIn(text.title, fonts.headline, frontTitleBox, rtlFrontTitleSteps),
    description: blockIn(text.description, fonts.body, frontDescriptionBox, rtlFrontDescriptionSteps),
  };
}
