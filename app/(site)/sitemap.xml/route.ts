import { getArticles, getTopics } from '@/lib/content/store';
import { sitemapContentType, sitemapIndexUrls, sitemapIndexXml, sitemapUrlCount } from '@/lib/seo/sitemaps';

/**
 * The sitemap index: every file app/sitemaps/[file] serves (a new one per
 * 50,000 URLs) and the Google News sitemap. Counts the URLs without
 * building them: it is drawn again after every publish.
 */
export const dynamic = 'force-static';

export function GET(): Response {
  const total = sitemapUrlCount({ articles: getArticles(), topics: getTopics() });
  return new Response(sitemapIndexXml(sitemapIndexUrls(total)), { headers: { 'content-type': sitemapContentType } });
}
