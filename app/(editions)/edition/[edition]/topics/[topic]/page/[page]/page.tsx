import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { pageFromSegment, resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';
import { editionSiteOrNotFound } from '@/app/_views/edition-params';

interface TopicPageRouteProps {
  readonly params: Promise<{ edition: string; topic: string; page: string }>;
}

/** Older pages render on their first request, as in the default edition. */
export function generateStaticParams(): { edition: string; topic: string; page: string }[] {
  return [];
}

async function frontOf(params: TopicPageRouteProps['params']) {
  const { edition, topic, page } = await params;
  const site = editionSiteOrNotFound(edition);
  return { site, front: resolveFront('topic', topic, pageFromSegment(page), undefined, site) };
}

export async function generateMetadata({ params }: TopicPageRouteProps): Promise<Metadata> {
  const { site, front } = await frontOf(params);
  return front ? frontPageMetadata(front, site) : {};
}

export default async function EditionTopicPageRoute({ params }: TopicPageRouteProps) {
  const { site, front } = await frontOf(params);
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front, site)} site={site} />;
}
