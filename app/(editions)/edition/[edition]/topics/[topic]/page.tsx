import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { getTopics } from '@/lib/content/store';
import { resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

interface TopicRouteProps {
  readonly params: Promise<{ edition: string; topic: string }>;
}

export const dynamicParams = true;

export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) => getTopics(edition).map((topic) => ({ edition, topic: topic.slug })));
}

async function frontOf(params: TopicRouteProps['params']) {
  const { edition, topic } = await params;
  const site = editionSiteOrNotFound(edition);
  return { site, front: resolveFront('topic', topic, 1, undefined, site) };
}

export async function generateMetadata({ params }: TopicRouteProps): Promise<Metadata> {
  const { site, front } = await frontOf(params);
  return front ? frontPageMetadata(front, site) : {};
}

export default async function EditionTopicRoute({ params }: TopicRouteProps) {
  const { site, front } = await frontOf(params);
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front, site)} site={site} />;
}
