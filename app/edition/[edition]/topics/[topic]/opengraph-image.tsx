import { renderCard } from '@/components/og/render-card';
import { getTopic } from '@/lib/content/store';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { topicCopy } from '@/lib/seo/front-copy';
import { editionSiteOrNotFound } from '@/app/_views/edition-params';

/** An edition's topic card in the edition's language and direction, drawn on first request (see ../../opengraph-image.tsx). */
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string; topic: string }[] {
  return [];
}

export default async function EditionTopicCardImage({ params }: { readonly params: Promise<{ edition: string; topic: string }> }): Promise<Response> {
  const { edition, topic: slug } = await params;
  const site = editionSiteOrNotFound(edition);
  const topic = getTopic(slug, site.prefix);
  if (!topic) return new Response('Not found', { status: 404 });
  return renderCard(topicCopy(topic, site));
}
