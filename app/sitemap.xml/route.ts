import { getArticles, getTopics } from '@/lib/content/store';
import { sitemapContentType, sitemapEntries, sitemapIndexUrls, sitemapIndexXml } from '@/lib/seo/sitemaps';

/**
 * The sitemap index: every file app/sitemaps/[file] serves (a new one per
 * 50,000 URLs) and the Google News sitemap. Built with the site.
 */
export const dynamic = 'force-static';

export function GET(): Response {
  const total = sitemapEntries({ articles: getArticles(), topics: getTopics() }).length;
  return new Response(sitemapIndexXml(sitemapIndexUrls(total)), { headers: { 'content-type': sitemapContentType } });
}
