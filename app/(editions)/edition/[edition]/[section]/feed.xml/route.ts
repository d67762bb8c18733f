import { getSectionArticles } from '@/lib/content/store';
import { rssContentType, sectionFeed } from '@/lib/seo/feeds';
import { publicImageBytes } from '@/lib/seo/image-bytes';
import { findSection } from '@/lib/site-config';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

interface SectionFeedContext {
  readonly params: Promise<{ edition: string; section: string }>;
}

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams().flatMap(({ edition }) => editionSiteOrNotFound(edition).sections.map((section) => ({ edition, section: section.slug })));
}

export async function GET(_request: Request, { params }: SectionFeedContext): Promise<Response> {
  const { edition, section: slug } = await params;
  const site = editionSiteOrNotFound(edition);
  const section = findSection(slug, site);
  if (!section) return new Response('Not found', { status: 404 });
  const xml = sectionFeed(section, getSectionArticles(section.slug, site.prefix), { imageBytes: publicImageBytes, site });
  return new Response(xml, { headers: { 'content-type': rssContentType } });
}
