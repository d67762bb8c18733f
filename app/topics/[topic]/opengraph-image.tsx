import { getTopic } from '@/lib/content/store';
import { renderCard } from '@/components/og/render-card';
import { ogImageContentType, ogImageSize } from '@/lib/og';
import { topicCopy } from '@/lib/seo/front-copy';

interface CardProps {
  readonly params: Promise<{ topic: string }>;
}

/** A topic page's share card, one per topic in use. */
export const size = ogImageSize;
export const contentType = ogImageContentType;
/**
 * Drawn on first request, then cached, not at build time: an archive has
 * hundreds or thousands of topics and a card costs far more CPU than a page
 * (issue #6, docs/performance.md). An unknown topic is a 404 (never cached).
 */
export const dynamicParams = true;

export function generateStaticParams(): { topic: string }[] {
  return [];
}

export default async function TopicCardImage({ params }: CardProps): Promise<Response> {
  const topic = getTopic((await params).topic);
  if (!topic) return new Response('Not found', { status: 404 });
  return renderCard(topicCopy(topic));
}
