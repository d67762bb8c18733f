import type { ArticleSummary, Topic } from '../content/types';
import { siteConfig, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';
import { articleAlternates, languagesOf } from './hreflang';
import { sitemapPaths } from './paths';
import { escapeXml } from './xml';

/** What every sitemap file and the index are served as. */
export const sitemapContentType = 'application/xml; charset=utf-8';

/** The sitemap protocol's limit per file (and Google's). */
export const maxUrlsPerSitemap = 50_000;

/** One `<url>`; the same shape as Next's `MetadataRoute.Sitemap` items. */
export interface SitemapEntry {
  readonly url: string;
  /** ISO 8601 */
  readonly lastModified?: string;
  /** Absolute URLs of pictures on the page (Google's image sitemap extension) */
  readonly images?: string[];
  /** The page in other languages (hreflang → URL), written as `xhtml:link`; Next's shape */
  readonly alternates?: { readonly languages: Readonly<Record<string, string>> };
}

interface SitemapContent {
  readonly articles: readonly ArticleSummary[];
  readonly topics: readonly Topic[];
  /** A story's linked versions in other editions (lib/content/store.ts getTranslations) */
  readonly translations?: (article: ArticleSummary) => readonly ArticleSummary[];
}

const lastChange = (article: ArticleSummary): string => article.updated ?? article.published;

/** The latest change per front, in one pass over the archive (a filter per topic would be topics × articles). */
function latestChanges(articles: readonly ArticleSummary[]): { all: number; bySection: Map<string, number>; byTopic: Map<string, number> } {
  let all = Number.NEGATIVE_INFINITY;
  const bySection = new Map<string, number>();
  const byTopic = new Map<string, number>();
  const keep = (map: Map<string, number>, key: string, time: number) => {
    if ((map.get(key) ?? Number.NEGATIVE_INFINITY) < time) map.set(key, time);
  };
  for (const article of articles) {
    const time = Date.parse(lastChange(article));
    if (time > all) all = time;
    keep(bySection, article.section, time);
    for (const topic of article.topics) keep(byTopic, topic.slug, time);
  }
  return { all, bySection, byTopic };
}

/** A front's lastModified, or nothing for a front with no stories. */
const modified = (time: number | undefined): { lastModified?: string } => (time !== undefined && Number.isFinite(time) ? { lastModified: new Date(time).toISOString() } : {});

/**
 * Every page a search engine should know: home, sections, topics, then every
 * published article. A front "changes" when one of its stories does.
 */
export function sitemapEntries(content: SitemapContent, site: SiteConfig = siteConfig): SitemapEntry[] {
  const { articles } = content;
  const url = (path: string): string => absoluteUrl(path, site.url);
  const latest = latestChanges(articles);
  return [
    { url: url(paths.home(site.prefix)), ...modified(latest.all) },
    ...site.sections.map((section) => ({ url: url(paths.section(section.slug, site.prefix)), ...modified(latest.bySection.get(section.slug)) })),
    ...content.topics.map((topic) => ({ url: url(paths.topic(topic.slug, site.prefix)), ...modified(latest.byTopic.get(topic.slug)) })),
    ...articles.map((article) => ({
      url: url(paths.article(article)),
      lastModified: new Date(lastChange(article)).toISOString(),
      images: [url(article.image.src)],
      ...alternatesOf(article, content, site),
    })),
  ];
}

function alternatesOf(article: ArticleSummary, content: SitemapContent, site: SiteConfig): Pick<SitemapEntry, 'alternates'> {
  const alternates = articleAlternates(article, content.translations?.(article) ?? [], site);
  return alternates.length > 0 ? { alternates: { languages: languagesOf(alternates) } } : {};
}

/** How many URLs sitemapEntries lists, without building them: home, sections, topics, articles. */
export function sitemapUrlCount(content: { readonly articles: { readonly length: number }; readonly topics: { readonly length: number } }, site: SiteConfig = siteConfig): number {
  return 1 + site.sections.length + content.topics.length + content.articles.length;
}

/** How many sitemap files `total` URLs need: always at least one, so the home page is listed even on an empty site. */
export function sitemapCount(total: number, size: number = maxUrlsPerSitemap): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Sitemap size must be a positive integer, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The ids of the sitemap files: 0, 1, … */
export function sitemapIds(total: number, size: number = maxUrlsPerSitemap): { id: number }[] {
  return Array.from({ length: sitemapCount(total, size) }, (_, id) => ({ id }));
}

/** The entries of sitemap `id`; an id past the end is an error, never a silently empty file. */
export function sitemapChunk<T>(entries: readonly T[], id: number, size: number = maxUrlsPerSitemap): T[] {
  if (!Number.isInteger(id) || id < 0 || id >= sitemapCount(entries.length, size)) {
    throw new Error(`No sitemap ${id}: ${entries.length} URLs make ${sitemapCount(entries.length, size)} sitemap(s) of ${size}`);
  }
  return entries.slice(id * size, (id + 1) * size);
}

/** Absolute URLs of every sitemap file app/sitemaps/[file] serves. */
export function sitemapUrls(total: number, site: SiteConfig = siteConfig, size: number = maxUrlsPerSitemap): string[] {
  return sitemapIds(total, size).map(({ id }) => absoluteUrl(sitemapPaths.chunk(id, site.prefix), site.url));
}

/** What the sitemap index lists: every sitemap file, then the Google News sitemap. */
export function sitemapIndexUrls(total: number, site: SiteConfig = siteConfig, size: number = maxUrlsPerSitemap): string[] {
  return [...sitemapUrls(total, site, size), absoluteUrl(sitemapPaths.news(site.prefix), site.url)];
}

/**
 * The id in a sitemap file's name (`3.xml` → 3), or nothing for any other
 * name: no sign, no leading zero, so each file has exactly one address.
 */
export function sitemapIdFromFile(file: string): number | undefined {
  const match = /^(0|[1-9][0-9]{0,8})\.xml$/.exec(file);
  return match ? Number(match[1]) : undefined;
}

/**
 * One sitemap file, written as Next 16 writes `app/sitemap.ts` output
 * (resolveSitemap), so moving the files off that convention changed no byte
 * of them; unlike Next, every value is escaped.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const hasImages = entries.some((entry) => (entry.images?.length ?? 0) > 0);
  const items = entries.map((entry) => {
    let item = `<url>\n<loc>${escapeXml(entry.url)}</loc>\n`;
    for (const [hreflang, href] of Object.entries(entry.alternates?.languages ?? {})) item += `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}" />\n`;
    for (const image of entry.images ?? []) item += `<image:image>\n<image:loc>${escapeXml(image)}</image:loc>\n</image:image>\n`;
    if (entry.lastModified) item += `<lastmod>${escapeXml(entry.lastModified)}</lastmod>\n`;
    return `${item}</url>\n`;
  });
  const imageNamespace = hasImages ? ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"' : '';
  // Next writes xmlns:image, then xmlns:xhtml; the same order keeps the bytes Next's.
  const xhtmlNamespace = entries.some((entry) => Object.keys(entry.alternates?.languages ?? {}).length > 0) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${imageNamespace}${xhtmlNamespace}>\n${items.join('')}</urlset>\n`;
}

/** The sitemap index at /sitemap.xml (sitemaps.org protocol): one `<sitemap>` per file. */
export function sitemapIndexXml(urls: readonly string[]): string {
  const items = urls.map((url) => `<sitemap>\n<loc>${escapeXml(url)}</loc>\n</sitemap>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('')}</sitemapindex>\n`;
}
