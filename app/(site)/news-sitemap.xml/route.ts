import { getArticles } from '@/lib/content/store';
import { newsSitemapXml, newsWindowHours, recentArticles } from '@/lib/seo/news-sitemap';
import { sitemapContentType } from '@/lib/seo/sitemaps';

/** Cached until a publish, takedown or release expires it (docs/publishing.md): the window ends when it was drawn. */
export const dynamic = 'force-static';

export function GET(): Response {
  const recent = recentArticles(getArticles(), new Date(), newsWindowHours());
  return new Response(newsSitemapXml(recent), { headers: { 'content-type': sitemapContentType } });
}
