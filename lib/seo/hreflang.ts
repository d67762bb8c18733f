import type { ArticleSummary } from '../content/types';
import { editions } from '../editions';
import { siteConfig, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';

export interface LanguageAlternate {
  /** Google's code (`fa-AF`, not `prs`), or `x-default` */
  readonly hreflang: string;
  readonly url: string;
}

type Version = Pick<ArticleSummary, 'slug' | 'section' | 'lang' | 'published'>;

/**
 * The version a translation group started from: the earliest published (the
 * slug breaks a tie). JSON-LD names it as the work the others translate.
 */
export function originalVersion<T extends Version>(article: T, translations: readonly T[]): T {
  return [article, ...translations].reduce((first, other) => {
    const order = Date.parse(other.published) - Date.parse(first.published) || other.slug.localeCompare(first.slug);
    return order < 0 ? other : first;
  });
}

/**
 * hreflang alternates for a story with versions in other editions: every
 * version, itself included, and `x-default` for readers of none of those
 * languages: the default edition's version, or the original where the
 * default edition has none. Nothing for a story with no linked versions.
 */
export function articleAlternates(article: Version, translations: readonly Version[], site: SiteConfig = siteConfig): LanguageAlternate[] {
  if (translations.length === 0) return [];
  const all = [article, ...translations];
  const url = (version: Version) => absoluteUrl(paths.article(version), site.url);
  const fallback = all.find((version) => editions.forLang(version.lang) === editions.default) ?? originalVersion(article, translations);
  return [...all.map((version) => ({ hreflang: editions.forLang(version.lang).lang, url: url(version) })), { hreflang: 'x-default', url: url(fallback) }];
}

/** The home pages of every edition, and x-default at the default edition's. */
export function homeAlternates(site: SiteConfig = siteConfig): LanguageAlternate[] {
  const homes = editions.all.map((edition) => ({ hreflang: edition.lang, url: absoluteUrl(paths.home(edition.prefix), site.url) }));
  return [...homes, { hreflang: 'x-default', url: absoluteUrl(paths.home(editions.default.prefix), site.url) }];
}

/** Next's `alternates.languages` shape. */
export function languagesOf(alternates: readonly LanguageAlternate[]): Record<string, string> {
  return Object.fromEntries(alternates.map((alternate) => [alternate.hreflang, alternate.url]));
}
