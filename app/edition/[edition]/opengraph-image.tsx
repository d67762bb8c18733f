import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { homeCopy } from '@/lib/seo/front-copy';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/**
 * The edition's home card, drawn from the edition's words. SEAM (issue #14,
 * part 4): the existing card code draws Latin text left to right; the
 * rtl-cards branch gives renderCard the edition (language, direction, fonts)
 * so Arabic-script words are shaped and ordered right to left.
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
