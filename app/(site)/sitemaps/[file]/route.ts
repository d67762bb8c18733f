import { getArticles, getTopics, getTranslations } from '@/lib/content/store';
import { sitemapChunk, sitemapContentType, sitemapEntries, sitemapIdFromFile, sitemapIds, sitemapXml } from '@/lib/seo/sitemaps';

/**
 * Every page, split into files of at most 50,000 URLs: `/sitemaps/0.xml`,
 * `/sitemaps/1.xml` … The index at /sitemap.xml names them all. (Not Next's
 * `app/sitemap.ts` convention: with `generateSitemaps` it reserves
 * `/sitemap.xml` and serves nothing there.)
 */
function entries() {
  return sitemapEntries({ articles: getArticles(), topics: getTopics(), translations: getTranslations });
}

export const dynamic = 'force-static';
/** Files past the ones built appear when live publishing needs them; GET answers 404 past the last. */
export const dynamicParams = true;

export function generateStaticParams(): { file: string }[] {
  return sitemapIds(entries().length).map(({ id }) => ({ file: `${id}.xml` }));
}

interface SitemapFileContext {
  readonly params: Promise<{ file: string }>;
}

export async function GET(_request: Request, { params }: SitemapFileContext): Promise<Response> {
  const all = entries();
  const id = sitemapIdFromFile((await params).file);
  if (id === undefined || id >= sitemapIds(all.length).length) return new Response('Not found', { status: 404 });
  return new Response(sitemapXml(sitemapChunk(all, id)), { headers: { 'content-type': sitemapContentType } });
}
