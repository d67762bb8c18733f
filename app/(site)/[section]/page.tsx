import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontListing } from '@/components/front/FrontListing';
import { resolveFront } from '@/lib/fronts';
import { frontPageLinks, frontPageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site-config';

interface SectionRouteProps {
  readonly params: Promise<{ section: string }>;
}

/** Only configured sections exist; anything else is the site's 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return siteConfig.sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: SectionRouteProps): Promise<Metadata> {
  const front = resolveFront('section', (await params).section, 1);
  return front ? frontPageMetadata(front) : {};
}

/** Page 1 of the front: the newest stories; older ones are on /{section}/page/2 and on. */
export default async function SectionRoute({ params }: SectionRouteProps) {
  const front = resolveFront('section', (await params).section, 1);
  if (!front) notFound();
  return <FrontListing front={front} links={frontPageLinks(front)} />;
}
