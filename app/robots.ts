import type { MetadataRoute } from 'next';
import { getArticles, getTopics } from '@/lib/content/store';
import { sitemapPaths } from '@/lib/seo/paths';
import { sitemapEntries, sitemapUrls } from '@/lib/seo/sitemaps';
import { absoluteUrl } from '@/lib/urls';

/** Everything may be crawled; the sitemaps say where everything is. */
export default function robots(): MetadataRoute.Robots {
  const total = sitemapEntries({ articles: getArticles(), topics: getTopics() }).length;
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [...sitemapUrls(total), absoluteUrl(sitemapPaths.news())],
  };
}
