import { getArticles, getTopics } from '@/lib/content/store';
import { sitemapContentType, sitemapIndexUrls, sitemapIndexXml, sitemapUrlCount } from '@/lib/seo/sitemaps';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/** The edition's sitemap index: its sitemap files and its Google News sitemap. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams();
}

export async function GET(_request: Request, { params }: { readonly params: Promise<{ edition: string }> }): Promise<Response> {
  const site = editionSiteOrNotFound((await params).edition);
  const total = sitemapUrlCount({ articles: getArticles(site.prefix), topics: getTopics(site.prefix) }, site);
  return new Response(sitemapIndexXml(sitemapIndexUrls(total, site)), { headers: { 'content-type': sitemapContentType } });
}
