import { ImageResponse } from '@vercel/og';
import { createElement } from 'react';
import { ArticleCard } from '../../components/og/ArticleCard';
import { FrontCard } from '../../components/og/FrontCard';
import { siteConfig } from '../site-config';
import { fitHeadline, type FitBox, type FitStep, type FittedHeadline } from './fit-headline';
import { loadOgFonts, type OgFonts } from './fonts';
import { formatCardDate } from './format-date';
import { loadHeroImage } from './hero-image';
import { shrinkPng } from './shrink-png';
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

export const ogImageSize = ogSize;
export const ogImageContentType = 'image/png';

export interface ArticleCardInput {
  title: string;
  sectionName: string;
  /** ISO 8601 with offset */
  published: string;
  /** Public path like /images/articles/x.jpg */
  imageSrc: string;
  /** Not drawn (pixels have no alt); the route puts it in og:image:alt. */
  imageAlt: string;
}

export interface FrontCardInput {
  title: string;
  description: string;
  kicker?: string;
}

export interface RenderOptions {
  /** Where `imageSrc` resolves; the site's public/ by default. Scripts and tests point it elsewhere. */
  publicDir?: string;
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

/**
 * Renders the element to a PNG within budget. ImageResponse renders the whole
 * image before its body yields a byte, so reading it here costs no streaming;
 * the returned Response keeps its headers (content type, caching).
 */
async function renderCard(element: ReturnType<typeof createElement>, fonts: OgFonts): Promise<Response> {
  const rendered = new ImageResponse(element, { ...ogImageSize, fonts: fonts.satori });
  const png = await shrinkPng(new Uint8Array(await rendered.arrayBuffer()), cardByteBudget);
  const headers = new Headers(rendered.headers);
  headers.set('content-length', String(png.byteLength));
  // A fresh copy: Response wants a view over a plain ArrayBuffer, and sharp's may be pooled.
  return new Response(new Uint8Array(png), { status: 200, headers });
}

async function loadHeroOrNull(input: ArticleCardInput, options: RenderOptions): Promise<string | null> {
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

export async function renderArticleCard(input: ArticleCardInput, options: RenderOptions = {}): Promise<Response> {
  const fonts = await loadOgFonts();
  const headline = fit(input.title, fonts.serifBold, articleHeadlineBox, articleHeadlineSteps);
  const element = createElement(ArticleCard, {
    brand: siteConfig.name,
    kicker: kickerText(input.sectionName, fonts),
    headline,
    date: formatCardDate(input.published),
    heroSrc: await loadHeroOrNull(input, options),
    heroAlt: input.imageAlt,
  });
  return renderCard(element, fonts);
}

export async function renderFrontCard(input: FrontCardInput): Promise<Response> {
  const fonts = await loadOgFonts();
  const element = createElement(FrontCard, {
    brand: siteConfig.name,
    kicker: input.kicker ? kickerText(input.kicker, fonts) : '',
    title: fit(input.title, fonts.serifBold, frontTitleBox, frontTitleSteps),
    description: fit(input.description, fonts.sansRegular, frontDescriptionBox, frontDescriptionSteps),
  });
  return renderCard(element, fonts);
}
