import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { pageFromSegment, resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';

interface TopicPageRouteProps {
  readonly params: Promise<{ topic: string; page: string }>;
}

/** Older pages of a topic front: rendered on first request, then cached; page 1 and past the end are 404s. */
export function generateStaticParams(): { topic: string; page: string }[] {
  return [];
}

export async function generateMetadata({ params }: TopicPageRouteProps): Promise<Metadata> {
  const { topic, page } = await params;
  const front = resolveFront('topic', topic, pageFromSegment(page));
  return front ? frontPageMetadata(front) : {};
}

export default async function TopicPageRoute({ params }: TopicPageRouteProps) {
  const { topic, page } = await params;
  const front = resolveFront('topic', topic, pageFromSegment(page));
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front)} />;
}
