import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { homeCopy } from '@/lib/seo/front-copy';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/**
 * The edition's home card, drawn from the edition's words. The copy carries
 * the edition (lang, dir, brand: lib/seo/cards.ts cardEdition), so renderCard
 * draws a right-to-left edition's card mirrored with its words shaped and
 * ordered right to left (docs/editions.md), and German's on the Latin path.
 */
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams();
}

export default async function EditionHomeCardImage({ params }: { readonly params: Promise<{ edition: string }> }): Promise<Response> {
  return renderCard(homeCopy(editionSiteOrNotFound((await params).edition)));
}
