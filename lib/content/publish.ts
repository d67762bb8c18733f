import { computeAllRelated } from '../related';
import { siteConfig } from '../site-config';
import { buildListings, collectTopics, toSummary, type ContentIndex } from './index-file';
import type { Article } from './types';

/**
 * What readers may see at `now`: drafts are already gone; a story scheduled
 * for later is kept apart and released by the server at its time.
 */
export function publishable(articles: readonly Article[], now: Date): Article[] {
  return articles.filter((article) => Date.parse(article.published) <= now.getTime());
}

/** Builds the index the site renders from. Pure: same articles and clock, same index. */
export function buildContentIndex(articles: readonly Article[], now: Date, folded: Readonly<Record<string, string>> = {}): ContentIndex {
  const live = publishable(articles, now);
  const scheduled = articles.filter((article) => Date.parse(article.published) > now.getTime()).reverse();
  const related = computeAllRelated(live, { now, limit: 5 });
  const summaries = live.map(toSummary);
  return {
    version: 3,
    builtAt: now.toISOString(),
    articles: summaries,
    scheduled: scheduled.map(toSummary),
    live: folded,
    related: Object.fromEntries(live.map((article) => [article.slug, related.get(article.slug) ?? []])),
    topics: collectTopics(summaries),
    listings: buildListings(summaries, siteConfig.sections.map((section) => section.slug)),
  };
}
