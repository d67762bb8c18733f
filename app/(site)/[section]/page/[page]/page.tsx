import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { pageFromSegment, resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';

interface SectionPageRouteProps {
  readonly params: Promise<{ section: string; page: string }>;
}

/**
 * Older pages of a section front (`/world/page/2` …). None is rendered at
 * build time: each renders on its first request and is cached from then on.
 * Pages past the end, page 1 and anything that is not a page number are 404s.
 */
export function generateStaticParams(): { section: string; page: string }[] {
  return [];
}

export async function generateMetadata({ params }: SectionPageRouteProps): Promise<Metadata> {
  const { section, page } = await params;
  const front = resolveFront('section', section, pageFromSegment(page));
  return front ? frontPageMetadata(front) : {};
}

export default async function SectionPageRoute({ params }: SectionPageRouteProps) {
  const { section, page } = await params;
  const front = resolveFront('section', section, pageFromSegment(page));
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front)} />;
}
