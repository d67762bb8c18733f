import { computeAllRelated } from '../related';
import { editions } from '../editions';
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
  const related = relatedByEdition(live, now);
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

/** Ranked within each edition: a related story never crosses editions (translations are linked apart). */
function relatedByEdition(live: readonly Article[], now: Date): Map<string, string[]> {
  const groups = new Map<string, Article[]>();
  for (const article of live) {
    const key = editions.forLang(article.lang).prefix;
    const group = groups.get(key);
    if (group) group.push(article);
    else groups.set(key, [article]);
  }
  const related = new Map<string, string[]>();
  for (const group of groups.values()) for (const [slug, list] of computeAllRelated(group, { now, limit: 5 })) related.set(slug, list);
  return related;
}
