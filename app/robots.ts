import type { MetadataRoute } from 'next';
import { sitemapPaths } from '@/lib/seo/paths';
import { absoluteUrl } from '@/lib/urls';

/** Everything may be crawled; the sitemap index names every sitemap file, and the news sitemap is named for Google News. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapPaths.index()), absoluteUrl(sitemapPaths.news())],
  };
}
