import type {
  BreadcrumbList,
  CorrectionComment,
  Graph,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  QuantitativeValue,
  WebSite,
} from 'schema-dts';
import type { ArticleSummary } from '../content/types';
import { siteConfig, type Section, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';
import { articleCardData, cardImage, cardVersion } from './cards';
import { originalVersion } from './hreflang';
import { cardPaths } from './paths';
import { truncateOnWordBoundary } from '../format/truncate';

/**
 * Every JSON-LD block is built here, typed with schema-dts, and leaves only
 * through serializeJsonLd, which makes it safe to put inside a <script>.
 */

/** Google shows at most this many characters of a NewsArticle headline. */
export const maxHeadlineLength = 110;

type Leaf<T> = Exclude<T, string>;

/**
 * JSON text that can sit inside `<script type="application/ld+json">` as is.
 * Only serializeJsonLd makes one, so a component taking it cannot be handed
 * raw JSON by mistake.
 */
export type SafeJsonLd = string & { readonly __brand: 'SafeJsonLd' };

/**
 * `<` and `>` would let a headline like `</script><script>…` close the tag or
 * open a comment (`<!--`); `&` could start an entity in other contexts; U+2028
 * and U+2029 end lines in older JavaScript parsers. As `\uXXXX` escapes they
 * are the same JSON string, so the data a crawler reads does not change.
 */
export function serializeJsonLd(data: Graph): SafeJsonLd {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ) as SafeJsonLd;
}

const pixels = (value: number): QuantitativeValue => ({ '@type': 'QuantitativeValue', value, unitCode: 'E37' });

function homeUrl(site: SiteConfig): string {
  return absoluteUrl(paths.home(site.prefix), site.url);
}

function organizationId(site: SiteConfig): string {
  return `${homeUrl(site)}#organization`;
}

function organizationJsonLd(site: SiteConfig = siteConfig): Leaf<NewsMediaOrganization> {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site),
    name: site.name,
    url: homeUrl(site),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.publisherLogo.src, site.url),
      width: pixels(site.publisherLogo.width),
      height: pixels(site.publisherLogo.height),
    },
  };
}

function webSiteJsonLd(site: SiteConfig = siteConfig): Leaf<WebSite> {
  return {
    '@type': 'WebSite',
    '@id': `${homeUrl(site)}#website`,
    name: site.name,
    url: homeUrl(site),
    description: site.tagline,
    inLanguage: site.language,
    publisher: { '@id': organizationId(site) },
  };
}

/** Google and schema.org read a correction as a dated comment on the story; `updated` is when it was made. */
function correctionJsonLd(article: ArticleSummary): CorrectionComment | undefined {
  if (article.correction === undefined || article.updated === undefined) return undefined;
  return { '@type': 'CorrectionComment', text: article.correction, datePublished: article.updated };
}

function newsArticleJsonLd(article: ArticleSummary, section: Section, site: SiteConfig = siteConfig, translations: readonly ArticleSummary[] = []): Leaf<NewsArticle> {
  const url = absoluteUrl(paths.article(article), site.url);
  const card = articleCardData(article, section, site);
  const hero: ImageObject = {
    '@type': 'ImageObject',
    url: absoluteUrl(article.image.src, site.url),
    width: pixels(article.image.width),
    height: pixels(article.image.height),
    creditText: article.image.credit,
    ...(article.image.caption ? { caption: article.image.caption } : {}),
  };
  const shareCard: ImageObject = {
    '@type': 'ImageObject',
    url: `${absoluteUrl(cardPaths.article(article), site.url)}?v=${cardVersion(card)}`,
    width: pixels(cardImage.width),
    height: pixels(cardImage.height),
  };
  const authors: Person[] = article.authors.map((name) => ({ '@type': 'Person', name }));
  const correction = correctionJsonLd(article);
  return {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: truncateOnWordBoundary(article.title, maxHeadlineLength),
    description: article.teaser,
    image: [hero, shareCard],
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    author: authors,
    publisher: organizationJsonLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: section.name,
    keywords: article.topics.map((topic) => topic.name),
    inLanguage: article.lang,
    isAccessibleForFree: true,
    ...(correction ? { correction } : {}),
    ...translationLinks(article, translations, site),
  };
}

/**
 * A story with versions in other editions names the work they share: the
 * original (the earliest version) lists its translations in `workTranslation`,
 * every other version points to it with `translationOfWork`.
 */
function translationLinks(article: ArticleSummary, translations: readonly ArticleSummary[], site: SiteConfig): Partial<NewsArticle> {
  if (translations.length === 0) return {};
  const id = (version: ArticleSummary) => ({ '@id': `${absoluteUrl(paths.article(version), site.url)}#article` });
  const original = originalVersion(article, translations);
  return original === article ? { workTranslation: translations.map(id) } : { translationOfWork: id(original) };
}

function breadcrumbJsonLd(article: ArticleSummary, section: Section, site: SiteConfig = siteConfig): BreadcrumbList {
  const crumbs = [
    { name: site.name, url: homeUrl(site) },
    { name: section.name, url: absoluteUrl(paths.section(section.slug, site.prefix), site.url) },
    { name: article.title, url: absoluteUrl(paths.article(article), site.url) },
  ];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** The article page's one JSON-LD block: the story and where it sits on the site. */
export function articleJsonLd(article: ArticleSummary, section: Section, site: SiteConfig = siteConfig, translations: readonly ArticleSummary[] = []): Graph {
  return {
    '@context': 'https://schema.org',
    '@graph': [newsArticleJsonLd(article, section, site, translations), breadcrumbJsonLd(article, section, site)],
  };
}

/** The home page's JSON-LD: the site and the newsroom behind it. */
export function homeJsonLd(site: SiteConfig = siteConfig): Graph {
  return { '@context': 'https://schema.org', '@graph': [webSiteJsonLd(site), organizationJsonLd(site)] };
}
