import { getArticles, getTopics, getTranslations } from '@/lib/content/store';
import { sitemapChunk, sitemapContentType, sitemapEntries, sitemapIdFromFile, sitemapIds, sitemapXml } from '@/lib/seo/sitemaps';
import type { SiteConfig } from '@/lib/site-config';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/** The edition's pages, with hreflang links (xhtml:link) to each story's versions in other editions. */
function entries(site: SiteConfig) {
  return sitemapEntries({ articles: getArticles(site.prefix), topics: getTopics(site.prefix), translations: getTranslations }, site);
}

export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams(): { edition: string; file: string }[] {
  return editionParams().flatMap(({ edition }) => sitemapIds(entries(editionSiteOrNotFound(edition)).length).map(({ id }) => ({ edition, file: `${id}.xml` })));
}

interface SitemapFileContext {
  readonly params: Promise<{ edition: string; file: string }>;
}

export async function GET(_request: Request, { params }: SitemapFileContext): Promise<Response> {
  const { edition, file } = await params;
  const all = entries(editionSiteOrNotFound(edition));
  const id = sitemapIdFromFile(file);
  if (id === undefined || id >= sitemapIds(all.length).length) return new Response('Not found', { status: 404 });
  return new Response(sitemapXml(sitemapChunk(all, id)), { headers: { 'content-type': sitemapContentType } });
}
