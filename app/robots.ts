import type { MetadataRoute } from 'next';
import { editions } from '@/lib/editions';
import { sitemapPaths } from '@/lib/seo/paths';
import { absoluteUrl } from '@/lib/urls';

/** Everything may be crawled; every edition's sitemap index and Google News sitemap are named, the default edition's first. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: editions.all.flatMap((edition) => [absoluteUrl(sitemapPaths.index(edition.prefix)), absoluteUrl(sitemapPaths.news(edition.prefix))]),
  };
}
