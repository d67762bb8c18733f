import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../content/types';
import { formatDate } from '../format/date';
import type { ArticleCardInput, CardEdition } from '../og';
import { ogSize } from '../og/layout';
import { siteConfig, type Section, type SiteConfig } from '../site-config';

/**
 * The edition a card is drawn for (issue #14, docs/editions.md): its language,
 * direction and wordmark. Nothing for the default edition, whose cards stay
 * byte for byte what they were (and whose `?v=` hashes do not change, as the
 * keys are absent, not undefined).
 */
export function cardEdition(site: SiteConfig): CardEdition {
  if (site.prefix === '') return {};
  return { lang: site.language, dir: site.direction, brand: site.name };
}

/**
 * The article's share card: what its route draws and what its URL's version is hashed from. In another
 * edition the date is written as its pages write it (the edition's calendar, digits and order, lib/format/date.ts),
 * so the card's dateline matches the article's.
 */
export function articleCardData(article: ArticleSummary, section: Section, site: SiteConfig = siteConfig): ArticleCardInput {
  const card: ArticleCardInput = {
    kind: 'article',
    title: article.title,
    sectionName: section.name,
    published: article.published,
    imageSrc: article.image.src,
    imageAlt: article.image.alt,
  };
  if (site.prefix === '') return card;
  return { ...card, ...cardEdition(site), dateText: formatDate(article.published, site) };
}

/**
 * A short fingerprint of what a card shows, appended to its URL as `?v=`.
 * Chat apps and social networks cache a preview picture by URL for days; a
 * corrected headline must change the URL or they keep showing the old card.
 */
export function cardVersion(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 10);
}

/** What every card route answers with, for the og:image tags (lib/og renders to this; a test holds them equal). */
export const cardImage = { width: ogSize.width, height: ogSize.height, type: 'image/png' } as const;
