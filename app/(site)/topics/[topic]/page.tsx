import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { getTopics } from '@/lib/content/store';
import { resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';

interface TopicRouteProps {
  readonly params: Promise<{ topic: string }>;
}

/** A topic first used by a story published live renders on its first request; proxy.ts sends unknown ones to the 404 page. */
export const dynamicParams = true;

export function generateStaticParams() {
  return getTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: TopicRouteProps): Promise<Metadata> {
  const front = resolveFront('topic', (await params).topic, 1);
  return front ? frontPageMetadata(front) : {};
}

/** Page 1 of the topic: its newest stories; older ones are on /topics/{topic}/page/2 and on. */
export default async function TopicRoute({ params }: TopicRouteProps) {
  const front = resolveFront('topic', (await params).topic, 1);
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front)} />;
}
