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
import { cleanCardText } from './text';

/**
 * Everything about a share card except drawing it: the one input type, text
 * fitting, fonts and the hero picture. The drawing (React elements handed to
 * ImageResponse) lives in components/og/, which imports this, never the reverse.
 */

export const ogImageSize = ogSize;
export const ogImageContentType = 'image/png';

/**
 * What a share card shows, as the routes, the head tags (its hash versions
 * the card URL) and the scripts build it: an article card with its picture,
 * or a words-only card for the home page and the fronts.
 */
export type CardInput =
  | {
      readonly kind: 'article';
      readonly title: string;
      readonly sectionName: string;
      /** ISO 8601 with offset */
      readonly published: string;
      /** Public path like /images/articles/x.jpg */
      readonly imageSrc: string;
      /** Not drawn (pixels have no alt); the head tags put it in og:image:alt. */
      readonly imageAlt: string;
    }
  | {
      readonly kind: 'front';
      /** og:title and the card's title */
      readonly title: string;
      /** Meta description, og:description and the card's line under the title */
      readonly description: string;
      /** Small label above the title ("Section", "Topic"); none on the home card */
      readonly kicker?: string;
    };

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

interface PreparedCard {
  readonly layout: CardLayout;
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

function kickerText(text: string, fonts: OgFonts): string {
  return cleanCardText(text, fonts.sansBold.covers).toLocaleUpperCase(siteConfig.locale);
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

async function layoutFor(input: CardInput, fonts: OgFonts, options: PrepareOptions): Promise<CardLayout> {
  if (input.kind === 'article') {
    return {
      kind: 'article',
      brand: siteConfig.name,
      kicker: kickerText(input.sectionName, fonts),
      headline: fit(input.title, fonts.serifBold, articleHeadlineBox, articleHeadlineSteps),
      date: formatDate(input.published),
      heroSrc: await loadHeroOrNull(input, options),
      heroAlt: input.imageAlt,
    };
  }
  return {
    kind: 'front',
    brand: siteConfig.name,
    kicker: input.kicker ? kickerText(input.kicker, fonts) : '',
    title: fit(input.title, fonts.serifBold, frontTitleBox, frontTitleSteps),
    description: fit(input.description, fonts.sansRegular, frontDescriptionBox, frontDescriptionSteps),
  };
}

/** Loads the fonts (once per process) and the picture, and fits every line of text into its box. */
export async function prepareCard(input: CardInput, options: PrepareOptions = {}): Promise<PreparedCard> {
  const fonts = await loadOgFonts();
  return { layout: await layoutFor(input, fonts, options), fonts: fonts.satori };
}
