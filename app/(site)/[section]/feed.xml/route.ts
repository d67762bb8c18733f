import { getSectionArticles } from '@/lib/content/store';
import { rssContentType, sectionFeed } from '@/lib/seo/feeds';
import { publicImageBytes } from '@/lib/seo/image-bytes';
import { findSection, siteConfig } from '@/lib/site-config';

interface SectionFeedContext {
  readonly params: Promise<{ section: string }>;
}

export const dynamic = 'force-static';
/** One feed per configured section; any other `/x/feed.xml` is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return siteConfig.sections.map((section) => ({ section: section.slug }));
}

export async function GET(_request: Request, { params }: SectionFeedContext): Promise<Response> {
  const section = findSection((await params).section);
  if (!section) return new Response('Not found', { status: 404 });
  const xml = sectionFeed(section, getSectionArticles(section.slug), { imageBytes: publicImageBytes });
  return new Response(xml, { headers: { 'content-type': rssContentType } });
}
