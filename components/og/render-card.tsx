import { ImageResponse } from '@vercel/og';
import { cardByteBudget, ogImageSize, prepareCard, type AnyCardLayout, type ArticleCardInput, type CardInput, type FrontCardInput, type PrepareOptions } from '../../lib/og';
import { shrinkPng } from '../../lib/og/shrink-png';
import { ArticleCard } from './ArticleCard';
import { FrontCard } from './FrontCard';
import { RtlArticleCard } from './RtlArticleCard';
import { RtlFrontCard } from './RtlFrontCard';

function CardElement({ layout }: { readonly layout: AnyCardLayout }) {
  if ('dir' in layout) return layout.kind === 'article' ? <RtlArticleCard {...layout} /> : <RtlFrontCard {...layout} />;
  return layout.kind === 'article' ? <ArticleCard {...layout} /> : <FrontCard {...layout} />;
}

/**
 * The share card as a PNG within budget, for the opengraph-image routes and
 * the card scripts. ImageResponse renders the whole image before its body
 * yields a byte, so reading it here costs no streaming; the returned Response
 * keeps its headers (content type, caching).
 */
export async function renderCard(input: CardInput, options: PrepareOptions = {}): Promise<Response> {
  const { layout, fonts } = await prepareCard(input, options);
  const rendered = new ImageResponse(<CardElement layout={layout} />, { ...ogImageSize, fonts: [...fonts] });
  const png = await shrinkPng(new Uint8Array(await rendered.arrayBuffer()), cardByteBudget);
  const headers = new Headers(rendered.headers);
  headers.set('content-length', String(png.byteLength));
  // A fresh copy: Response wants a view over a plain ArrayBuffer, and sharp's may be pooled.
  return new Response(new Uint8Array(png), { status: 200, headers });
}

/**
 * The editions' entry points (issue #14): an article's or a front's card in
 * the edition's language and direction. `lang` and `dir` come from the
 * edition; every string is the edition's own (nothing is translated here).
 */
export function renderArticleCard(input: Omit<ArticleCardInput, 'kind'>, options: PrepareOptions = {}): Promise<Response> {
  return renderCard({ kind: 'article', ...input }, options);
}

export function renderFrontCard(input: Omit<FrontCardInput, 'kind'>, options: PrepareOptions = {}): Promise<Response> {
  return renderCard({ kind: 'front', ...input }, options);
}
