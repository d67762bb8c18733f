import { getArticles, getIndexBuiltAt } from '@/lib/content/store';
import { newsSitemapXml, newsWindowHours, recentArticles } from '@/lib/seo/news-sitemap';
import { sitemapContentType } from '@/lib/seo/sitemaps';

/** Built with the site: the window ends when the content index was built. */
export const dynamic = 'force-static';

export function GET(): Response {
  const recent = recentArticles(getArticles(), getIndexBuiltAt(), newsWindowHours());
  return new Response(newsSitemapXml(recent), { headers: { 'content-type': sitemapContentType } });
}
