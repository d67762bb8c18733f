import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { Pagination } from '@/components/front/Pagination';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getSectionPage } from '@/lib/content/store';
import { sectionMetadata } from '@/lib/seo/metadata';
import { findSection, siteConfig } from '@/lib/site-config';
import { paths } from '@/lib/urls';

interface SectionRouteProps {
  readonly params: Promise<{ section: string }>;
}

/** Only configured sections exist; anything else is the site's 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return siteConfig.sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: SectionRouteProps): Promise<Metadata> {
  const section = findSection((await params).section);
  return section ? sectionMetadata(section) : {};
}

/** Page 1 of the front: the newest stories; older ones are on /{section}/page/2 and on. */
export default async function SectionRoute({ params }: SectionRouteProps) {
  const section = findSection((await params).section);
  const front = section ? getSectionPage(section.slug, 1) : undefined;
  if (!section || !front) notFound();
  return (
    <FrontLayout>
      <FrontHeader title={section.name} description={section.description} />
      {front.items.length > 0 ? <StoryGrid articles={front.items} headingLevel={2} /> : <p>No stories in this section yet.</p>}
      <Pagination page={1} pageCount={front.pageCount} hrefFor={(page) => paths.sectionPage(section.slug, page)} label={section.name} />
    </FrontLayout>
  );
}
