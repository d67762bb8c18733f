import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getSectionArticles } from '@/lib/content/store';
import { findSection, siteConfig } from '@/lib/site-config';

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
  return section ? { title: section.name, description: section.description } : {};
}

export default async function SectionRoute({ params }: SectionRouteProps) {
  const section = findSection((await params).section);
  if (!section) notFound();
  const articles = getSectionArticles(section.slug);
  return (
    <FrontLayout>
      <FrontHeader title={section.name} description={section.description} />
      {articles.length > 0 ? <StoryGrid articles={articles} headingLevel={2} /> : <p>No stories in this section yet.</p>}
    </FrontLayout>
  );
}
