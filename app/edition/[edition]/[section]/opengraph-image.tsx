import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { sectionCopy } from '@/lib/seo/front-copy';
import { findSection } from '@/lib/site-config';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/** An edition's section card, in the edition's language and direction (see ../opengraph-image.tsx). */
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) => editionSiteOrNotFound(edition).sections.map((section) => ({ edition, section: section.slug })));
}

export default async function EditionSectionCardImage({ params }: { readonly params: Promise<{ edition: string; section: string }> }): Promise<Response> {
  const { edition, section: slug } = await params;
  const site = editionSiteOrNotFound(edition);
  const section = findSection(slug, site);
  if (!section) return new Response('Not found', { status: 404 });
  return renderCard(sectionCopy(section, site));
}
