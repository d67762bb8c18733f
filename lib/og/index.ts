import { formatDate } from '../format/date';
import { siteConfig } from '../site-config';
import { fitHeadline, type FitBox, type FitStep, type FittedHeadline } from './fit-headline';
import { loadOgFonts, type OgFonts, type SatoriFont } from './fonts';
import { loadHeroImage } from './hero-image';
import {
  articleHeadlineBox,
  articleHeadlineSteps,
  articleLayout,
  fitSlack,
  frontDescriptionBox,
  frontDescriptionSteps,
  frontTitleBox,
  frontTitleSteps,
  ogSize,
} from './layout';
import type { TextMeasurer } from './measure';
import { rtlArticleLayout, rtlFrontLayout, type RtlCardLayout } from './rtl';
import type { TextDirection } from './bidi';
import { cleanCardText } from './text';

export type { RtlCardLayout, ShapedBlock, CardBrand } from './rtl';
export type { TextDirection } from './bidi';

/**
 * Everything about a share card except drawing it: the one input type, text
 * fitting, fonts and the hero picture. The drawing (React elements handed to
 * ImageResponse) lives in components/og/, which imports this, never the reverse.
 */

export const ogImageSize = ogSize;
export const ogImageContentType = 'image/png';

/**
 * The edition a card belongs to (issue #14). All optional: without them a
 * card is the English edition's, exactly as before (and its `?v=` hash is
 * unchanged, as absent keys do not enter the JSON it is hashed from). The
 * strings are the edition's own; the renderer translates nothing.
 */
export interface CardEdition {
  /** BCP 47 language of the card's text, e.g. "de", "fa-AF", "ps", "ar"; dates and upper-casing follow it. */
  readonly lang?: string;
  /** "rtl" mirrors the card and sets its text right to left with the Arabic-script fonts. */
  readonly dir?: TextDirection;
  /** The wordmark; siteConfig.name by default. */
  readonly brand?: string;
}

/**
 * What a share card shows, as the routes, the head tags (its hash versions
 * the card URL) and the scripts build it: an article card with its picture,
 * or a words-only card for the home page and the fronts.
 */
export type CardInput =
  | (CardEdition & {
      readonly kind: 'article';
      readonly title: string;
      readonly sectionName: string;
      /** ISO 8601 with offset */
      readonly published: string;
      /** Public path like /images/articles/x.jpg */
      readonly imageSrc: string;
      /** Not drawn (pixels have no alt); the head tags put it in og:image:alt. */
      readonly imageAlt: string;
      /** The date as the edition writes it; by default `published` formatted in `lang` ("۱۴ حمل ۱۴۰۰"). */
      readonly dateText?: string;
    })
  | (CardEdition & {
      readonly kind: 'front';
      /** og:title and the card's title */
      readonly title: string;
      /** Meta description, og:description and the card's line under the title */
      readonly description: string;
      /** Small label above the title ("Section", "Topic"); none on the home card */
      readonly kicker?: string;
    });

export type ArticleCardInput = Extract<CardInput, { kind: 'article' }>;
export type FrontCardInput = Extract<CardInput, { kind: 'front' }>;

/** A card with its text fitted and its picture ready: what components/og draws, nothing left to measure. */
export type CardLayout =
  | {
      readonly kind: 'article';
      readonly brand: string;
      /** Section name, already upper-cased for the kicker. */
      readonly kicker: string;
      readonly headline: FittedHeadline;
      /** Formatted in the site's zone, e.g. "5 March 2025". */
      readonly date: string;
      /** data: URI of the hero, already cropped to `articleLayout.hero`; null draws the brand panel instead. */
      readonly heroSrc: string | null;
      readonly heroAlt: string;
    }
  | {
      readonly kind: 'front';
      readonly brand: string;
      /** Upper-cased label above the title ("SECTION", "TOPIC"); empty for none. */
      readonly kicker: string;
      readonly title: FittedHeadline;
      readonly description: FittedHeadline;
    };

export type ArticleCardLayout = Extract<CardLayout, { kind: 'article' }>;
export type FrontCardLayout = Extract<CardLayout, { kind: 'front' }>;

/** What components/og draws: a left-to-right card as before, or a mirrored right-to-left one. */
export type AnyCardLayout = CardLayout | RtlCardLayout;

interface PreparedCard<Layout extends AnyCardLayout = AnyCardLayout> {
  readonly layout: Layout;
  /** The fonts the layout was measured with, for Satori to draw with. */
  readonly fonts: readonly SatoriFont[];
}

export interface PrepareOptions {
  /** Where `imageSrc` resolves; the site's public/ by default. Scripts and tests point it elsewhere. */
  readonly publicDir?: string;
}

/**
 * Above this a card is re-encoded as a palette PNG (see shrink-png.ts).
 * The hard limit is 300 KB; aiming lower leaves room for odd pictures.
 */
export const cardByteBudget = 200 * 1024;

function fit(text: string, measurer: TextMeasurer, box: FitBox, steps: readonly FitStep[]): FittedHeadline {
  const cleaned = cleanCardText(text, measurer.covers);
  return fitHeadline(cleaned, measurer.measure, { width: box.width - fitSlack, height: box.height }, steps);
}

function kickerText(text: string, fonts: OgFonts, lang: string): string {
  return cleanCardText(text, fonts.sansBold.covers).toLocaleUpperCase(lang);
}

/** The English edition's formatting (site locale) unless the card names a language. */
function dateText(input: ArticleCardInput): string {
  if (input.dateText !== undefined) return input.dateText;
  return input.lang ? formatDate(input.published, { locale: input.lang, timeZone: siteConfig.timeZone }) : formatDate(input.published);
}

async function loadHeroOrNull(input: ArticleCardInput, options: PrepareOptions): Promise<string | null> {
  try {
    return await loadHeroImage(input.imageSrc, articleLayout.hero, { publicDir: options.publicDir });
  } catch (error) {
    // A missing or unreadable picture should not take the share card down with it:
    // the brand panel stands in, and the log says why.
    console.warn(`OG card for ${JSON.stringify(input.title)}: hero image not used:`, error instanceof Error ? error.message : error);
    return null;
  }
}

/** The size and lines an article card sets `title` in (exported for scripts and tests). */
export async function fitArticleHeadline(title: string): Promise<FittedHeadline> {
  return fit(title, (await loadOgFonts()).serifBold, articleHeadlineBox, articleHeadlineSteps);
}

async function rtlLayoutFor(input: CardInput, options: PrepareOptions): Promise<RtlCardLayout> {
  const brand = input.brand ?? siteConfig.name;
  if (input.kind === 'article') {
    const text = { brand, kicker: input.sectionName, headline: input.title, date: dateText(input) };
    return rtlArticleLayout(text, await loadHeroOrNull(input, options), input.imageAlt);
  }
  return rtlFrontLayout({ brand, kicker: input.kicker ?? '', title: input.title, description: input.description });
}

async function layoutFor(input: CardInput, fonts: OgFonts, options: PrepareOptions): Promise<CardLayout> {
  const lang = input.lang ?? siteConfig.locale;
  const brand = input.brand ?? siteConfig.name;
  if (input.kind === 'article') {
    return {
      kind: 'article',
      brand,
      kicker: kickerText(input.sectionName, fonts, lang),
      headline: fit(input.title, fonts.serifBold, articleHeadlineBox, articleHeadlineSteps),
      date: dateText(input),
      heroSrc: await loadHeroOrNull(input, options),
      heroAlt: input.imageAlt,
    };
  }
  return {
    kind: 'front',
    brand,
    kicker: input.kicker ? kickerText(input.kicker, fonts, lang) : '',
    title: fit(input.title, fonts.serifBold, frontTitleBox, frontTitleSteps),
    description: fit(input.description, fonts.sansRegular, frontDescriptionBox, frontDescriptionSteps),
  };
}

/**
 * Loads the fonts (once per process) and the picture, and fits every line of
 * text into its box. A right-to-left card also loads the Arabic-script fonts
 * and shapes its text (rtl.ts); the Latin fonts still draw a Latin wordmark.
 */
export async function prepareCard(input: CardInput & { readonly dir?: 'ltr' }, options?: PrepareOptions): Promise<PreparedCard<CardLayout>>;
export async function prepareCard(input: CardInput, options?: PrepareOptions): Promise<PreparedCard>;
export async function prepareCard(input: CardInput, options: PrepareOptions = {}): Promise<PreparedCard> {
  const fonts = await loadOgFonts();
  const layout = input.dir === 'rtl' ? await rtlLayoutFor(input, options) : await layoutFor(input, fonts, options);
  return { layout, fonts: fonts.satori };
}
