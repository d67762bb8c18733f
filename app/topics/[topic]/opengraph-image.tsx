import { getTopic, getTopics } from '@/lib/content/store';
import { ogImageContentType, ogImageSize, renderFrontCard } from '@/lib/og';
import { topicCopy } from '@/lib/seo/front-copy';

interface CardProps {
  readonly params: Promise<{ topic: string }>;
}

/** A topic page's share card, one per topic in use, rendered at build time. */
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export default async function TopicCardImage({ params }: CardProps): Promise<Response> {
  const topic = getTopic((await params).topic);
  if (!topic) return new Response('Not found', { status: 404 });
  return renderFrontCard(topicCopy(topic));
}
