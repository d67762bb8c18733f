import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../content/types';
import type { ArticleCardInput } from '../og';
import { ogSize } from '../og/layout';
import type { Section } from '../site-config';

/** The article's share card: what its route draws and what its URL's version is hashed from. */
export function articleCardData(article: ArticleSummary, section: Section): ArticleCardInput {
  return {
    kind: 'article',
    title: article.title,
    sectionName: section.name,
    published: article.published,
    imageSrc: article.image.src,
    imageAlt: article.image.alt,
  };
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
