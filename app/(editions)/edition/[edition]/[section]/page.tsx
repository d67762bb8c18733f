import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

interface SectionRouteProps {
  readonly params: Promise<{ edition: string; section: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) => editionSiteOrNotFound(edition).sections.map((section) => ({ edition, section: section.slug })));
}

async function frontOf(params: SectionRouteProps['params']) {
  const { edition, section } = await params;
  const site = editionSiteOrNotFound(edition);
  return { site, front: resolveFront('section', section, 1, undefined, site) };
}

export async function generateMetadata({ params }: SectionRouteProps): Promise<Metadata> {
  const { site, front } = await frontOf(params);
  return front ? frontPageMetadata(front, site) : {};
}

export default async function EditionSectionRoute({ params }: SectionRouteProps) {
  const { site, front } = await frontOf(params);
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front, site)} site={site} />;
}
