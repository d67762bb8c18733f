import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FrontHeader } from '@/components/front/FrontHeader';
import { FrontLayout } from '@/components/front/FrontLayout';
import { Pagination } from '@/components/front/Pagination';
import { StoryGrid } from '@/components/teaser/StoryGrid';
import { getSectionPage } from '@/lib/content/store';
import { parsePageParam } from '@/lib/pagination';
import { findSection } from '@/lib/site-config';
import { paths } from '@/lib/urls';

interface SectionPageRouteProps {
  readonly params: Promise<{ section: string; page: string }>;
}

/**
 * Older pages of a section front (`/world/page/2` …). None is rendered at
 * build time: each renders on its first request and is cached from then on.
 * Pages past the end, and anything that is not a page number, are 404s.
 */
export function generateStaticParams(): { section: string; page: string }[] {
  return [];
}

/**
 * Page 1 lives at the front's own URL only, so `/world/page/1` is a 404 like
 * any other address that is not a page. (A redirect from here would be
 * cached by Next and then sent with its Location header twice.)
 */
function resolve(raw: { section: string; page: string }) {
  const section = findSection(raw.section);
  const page = parsePageParam(raw.page);
  if (!section || page === undefined || page === 1) return undefined;
  const front = getSectionPage(section.slug, page);
  return front ? { section, front } : undefined;
}

export async function generateMetadata({ params }: SectionPageRouteProps): Promise<Metadata> {
  const found = resolve(await params);
  if (!found) return {};
  const { section, front } = found;
  return { title: `${section.name}: page ${front.page} of ${front.pageCount}`, description: section.description };
}

export default async function SectionPageRoute({ params }: SectionPageRouteProps) {
  const found = resolve(await params);
  if (!found) notFound();
  const { section, front } = found;
  return (
    <FrontLayout>
      <FrontHeader title={section.name} description={`Page ${front.page} of ${front.pageCount}`} />
      <StoryGrid articles={front.items} headingLevel={2} />
      <Pagination page={front.page} pageCount={front.pageCount} hrefFor={(page) => paths.sectionPage(section.slug, page)} label={section.name} />
    </FrontLayout>
  );
}
