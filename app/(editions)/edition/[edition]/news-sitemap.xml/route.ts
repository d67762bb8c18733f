import { getArticles } from '@/lib/content/store';
import { newsSitemapXml, newsWindowHours, recentArticles } from '@/lib/seo/news-sitemap';
import { sitemapContentType } from '@/lib/seo/sitemaps';
import { editionParams, editionSiteOrNotFound } from '@/app/_views/edition-params';

/** The edition's Google News sitemap: its stories of the last two days, with its language. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return editionParams();
}

export async function GET(_request: Request, { params }: { readonly params: Promise<{ edition: string }> }): Promise<Response> {
  const site = editionSiteOrNotFound((await params).edition);
  const recent = recentArticles(getArticles(site.prefix), new Date(), newsWindowHours());
  return new Response(newsSitemapXml(recent, site), { headers: { 'content-type': sitemapContentType } });
}
