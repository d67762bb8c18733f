import type { ArticleSummary } from '../content/types';
import { env } from '../env';
import { HOUR_MS } from '../time';
import { siteConfig, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';
import { escapeXml } from './xml';

/** Google's limit per news sitemap. */
const maxNewsUrls = 1000;

/**
 * LEDE_NEWS_WINDOW_HOURS (lib/env.ts), default 48: a demo of the 2021 sample
 * corpus needs a wider window.
 */
export function newsWindowHours(): number {
  return env().newsWindowHours;
}

/** Stories first published in the `hours` before `now`, newest first, at most Google's limit. */
export function recentArticles(articles: readonly ArticleSummary[], now: Date, hours: number): ArticleSummary[] {
  const end = now.getTime();
  const start = end - hours * HOUR_MS;
  return articles
    .filter((article) => {
      const published = Date.parse(article.published);
      return published >= start && published <= end;
    })
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
    .slice(0, maxNewsUrls);
}

/** Google News wants an ISO 639 code ("de", not "de-AT"), with Chinese the exception it spells out. */
export function newsLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower;
  return lower.split('-')[0] ?? lower;
}

/** A Google News sitemap (`news:news` with publication name and language, date and title). */
export function newsSitemapXml(articles: readonly ArticleSummary[], site: SiteConfig = siteConfig): string {
  const items = articles.map(
    (article) => `<url>
<loc>${escapeXml(absoluteUrl(paths.article(article), site.url))}</loc>
<news:news>
<news:publication>
<news:name>${escapeXml(site.name)}</news:name>
<news:language>${escapeXml(newsLanguage(article.lang))}</news:language>
</news:publication>
<news:publication_date>${escapeXml(article.published)}</news:publication_date>
<news:title>${escapeXml(article.title)}</news:title>
</news:news>
</url>
`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items.join('')}</urlset>
`;
}
