import type { MetadataRoute } from 'next';
import { getArticles, getTopics } from '@/lib/content/store';
import { sitemapChunk, sitemapEntries, sitemapIds } from '@/lib/seo/sitemaps';

/**
 * Every page, split into files of at most 50,000 URLs. With
 * `generateSitemaps` Next 16 serves them at `/sitemap/<id>.xml` (0, 1, …),
 * and nothing at `/sitemap.xml` (a route there is a build error: Next
 * reserves the address for this file). robots.txt lists every file.
 */
function entries() {
  return sitemapEntries({ articles: getArticles(), topics: getTopics() });
}

export function generateSitemaps() {
  return sitemapIds(entries().length);
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapChunk(entries(), Number(await id));
}
