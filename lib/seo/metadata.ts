import type { Metadata } from 'next';
import type { ArticleSummary } from '../content/types';
import { frontPagePath, type FrontPage } from '../fronts';
import { siteConfig, type Section, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';
import { articleCardData, cardImage, cardVersion } from './cards';
import { homeCopy, type FrontCopy } from './front-copy';
import { articleAlternates, homeAlternates, languagesOf } from './hreflang';
import { cardPaths, feedPaths } from './paths';

/**
 * Every head tag of every page is built here, from data, as a Next `Metadata`
 * object; routes only call these in `generateMetadata`. Link-preview bots read
 * the raw HTML and stop at the head, so everything they need is in it: absolute
 * URLs on the configured origin, the card with its size, type and alt text,
 * and the article's dates, section, topics and authors.
 */

/** og:locale wants `en_GB`, not the BCP 47 `en-GB`. */
export function ogLocale(tag: string): string {
  return tag.replace(/-/g, '_');
}

/** Google may show a large picture in results; without this it may only show a thumbnail. */
const robots: Metadata['robots'] = { index: true, follow: true, 'max-image-preview': 'large' };

interface FeedLink {
  readonly url: string;
  readonly title: string;
}

/** The site feed everywhere; the section's own feed first where there is a section. */
function feedAlternates(site: SiteConfig, section?: Section): { 'application/rss+xml': FeedLink[] } {
  const links: FeedLink[] = [];
  if (section) links.push({ url: absoluteUrl(feedPaths.section(section.slug, site.prefix), site.url), title: `${site.name}: ${section.name}` });
  links.push({ url: absoluteUrl(feedPaths.site(site.prefix), site.url), title: site.name });
  return { 'application/rss+xml': links };
}

interface CardImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly type: string;
}

function cardImageAt(path: string, version: string, alt: string, site: SiteConfig): CardImage {
  return { url: `${absoluteUrl(path, site.url)}?v=${version}`, ...cardImage, alt };
}

function twitterTags(site: SiteConfig, title: string, description: string, image: CardImage): Metadata['twitter'] {
  return {
    card: 'summary_large_image',
    ...(site.twitterSite ? { site: site.twitterSite } : {}),
    title,
    description,
    images: [image],
  };
}

/** Defaults for the root layout: what a page without its own metadata (the 404) falls back to. */
export function rootMetadata(site: SiteConfig = siteConfig): Metadata {
  return {
    metadataBase: new URL(site.url),
    // Pages give absolute titles ("Headline | Section | Lede"); the template
    // gives the rest the same " | Lede" ending.
    title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
    description: site.tagline,
    alternates: { types: feedAlternates(site) },
  };
}

export function articleMetadata(article: ArticleSummary, section: Section, site: SiteConfig = siteConfig, translations: readonly ArticleSummary[] = []): Metadata {
  const languages = articleAlternates(article, translations, site);
  const url = absoluteUrl(paths.article(article), site.url);
  const card = articleCardData(article, section, site);
  const version = cardVersion(card);
  // The card's pixels have no alt; the hero picture's alt says what is on it, and the headline is og:title.
  const ogImage = cardImageAt(cardPaths.article(article), version, article.image.alt, site);
  const twitterImage = cardImageAt(cardPaths.articleTwitter(article), version, article.image.alt, site);
  const locale = article.lang === site.language ? site.locale : article.lang;
  return {
    title: { absolute: `${article.title} | ${section.name} | ${site.name}` },
    description: article.teaser,
    authors: article.authors.map((name) => ({ name })),
    alternates: { canonical: url, types: feedAlternates(site, section), ...(languages.length > 0 ? { languages: languagesOf(languages) } : {}) },
    robots,
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.teaser,
      url,
      siteName: site.name,
      locale: ogLocale(locale),
      images: [ogImage],
      publishedTime: article.published,
      modifiedTime: article.updated ?? article.published,
      section: section.name,
      tags: article.topics.map((topic) => topic.name),
      authors: [...article.authors],
    },
    twitter: twitterTags(site, article.title, article.teaser, twitterImage),
  };
}

interface FrontTags {
  readonly copy: FrontCopy;
  readonly pageTitle: string;
  /** og:title and twitter:title */
  readonly shareTitle: string;
  readonly path: string;
  readonly cardPath: string;
  readonly section?: Section;
  /** hreflang alternates (the home pages of every edition) */
  readonly languages?: Record<string, string>;
}

/** Home, section and topic fronts: the same tags with og:type website. */
function frontMetadata({ copy, pageTitle, shareTitle, path, cardPath, section, languages }: FrontTags, site: SiteConfig): Metadata {
  const url = absoluteUrl(path, site.url);
  // The front cards are words only: the alt text is those words.
  const label = copy.kicker ? `${site.name} ${copy.kicker.toLocaleLowerCase(site.locale)}` : site.name;
  const alt = `${label}: ${copy.title}. ${copy.description}`;
  const image = cardImageAt(cardPath, cardVersion(copy), alt, site);
  return {
    title: { absolute: pageTitle },
    description: copy.description,
    alternates: { canonical: url, types: feedAlternates(site, section), ...(languages ? { languages } : {}) },
    robots,
    openGraph: {
      type: 'website',
      title: shareTitle,
      description: copy.description,
      url,
      siteName: site.name,
      locale: ogLocale(site.locale),
      images: [image],
    },
    twitter: twitterTags(site, shareTitle, copy.description, image),
  };
}

export function homeMetadata(site: SiteConfig = siteConfig): Metadata {
  const pageTitle = `${site.name}: ${site.tagline}`;
  return frontMetadata({ copy: homeCopy(site), pageTitle, shareTitle: pageTitle, path: paths.home(site.prefix), cardPath: cardPaths.home(site.prefix), languages: languagesOf(homeAlternates(site)) }, site);
}

/**
 * Every page of a section or topic front. Page 2 and on are pages of their
 * own: canonical to themselves (not to page 1, whose stories they do not
 * show), with the front's card and words and the page number in the titles.
 */
export function frontPageMetadata(front: FrontPage, site: SiteConfig = siteConfig): Metadata {
  const { page, pageCount } = front.stories;
  const position = page > 1 ? `: page ${page} of ${pageCount}` : '';
  return frontMetadata(
    {
      copy: front.copy,
      pageTitle: `${front.name}${position} | ${site.name}`,
      shareTitle: `${front.copy.title}${position}`,
      path: frontPagePath(front, page),
      cardPath: front.kind === 'section' ? cardPaths.section(front.slug, front.prefix) : cardPaths.topic(front.slug, front.prefix),
      ...(front.section ? { section: front.section } : {}),
    },
    site,
  );
}

/**
 * The neighbours of a front page as absolute URLs, for `<link rel="prev|next">`
 * (Next's Metadata has no field for them; components/front renders the tags).
 */
export function frontPageLinks(front: FrontPage, site: SiteConfig = siteConfig): { readonly prev?: string; readonly next?: string } {
  const { page, pageCount } = front.stories;
  return {
    ...(page > 1 ? { prev: absoluteUrl(frontPagePath(front, page - 1), site.url) } : {}),
    ...(page < pageCount ? { next: absoluteUrl(frontPagePath(front, page + 1), site.url) } : {}),
  };
}
