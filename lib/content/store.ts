import type { Root as HastRoot } from 'hast';
import { pageOf, type PageSlice } from '../pagination';
import type { GoneStory } from './live/snapshot';
import { onwardTiers, type OnwardTier } from './onward';
import { contentStore } from './live/store';
import type { Article, ArticleSummary, Topic } from './types';

/**
 * Read-only queries over the current content, for routes. Each call reads
 * the store's current snapshot (lib/content/live/store.ts), so a story
 * published, corrected or taken down through the API shows on the next
 * render, with no restart. Fronts page through lists of positions worked out
 * once per snapshot, so no request filters the whole archive.
 */
const snapshot = () => contentStore().current();

/** Every published article, newest first. */
export function getArticles(): readonly ArticleSummary[] {
  return snapshot().articles;
}

/** The article at `/{section}/{slug}`; undefined when the slug lives in another section. */
export function getArticleInSection(section: string, slug: string): ArticleSummary | undefined {
  const article = snapshot().bySlug.get(slug);
  return article?.section === section ? article : undefined;
}

/** A story taken down through the API: its address answers 410 Gone. */
export function getGoneStory(slug: string): GoneStory | undefined {
  return snapshot().gone.get(slug);
}

export async function getArticleBody(slug: string): Promise<HastRoot> {
  const body = await contentStore().body(slug);
  if (!body) throw new Error(`No body stored for the article ${slug}`);
  return body;
}

/** An editor's draft or pending edit at `/{section}/{slug}`, for Draft Mode only. */
export function getDraftInSection(section: string, slug: string): Article | undefined {
  const draft = contentStore().draft(slug);
  return draft?.section === section ? draft : undefined;
}

function atPositions(articles: readonly ArticleSummary[], positions: readonly number[]): ArticleSummary[] {
  return positions.map((position) => articles[position]).filter((a): a is ArticleSummary => a !== undefined);
}

/** Maps only the requested page's positions to summaries. */
function pageAt(positions: readonly number[] | undefined, page: number): PageSlice<ArticleSummary> | undefined {
  const { articles } = snapshot();
  const slice = pageOf(positions ?? [], page);
  return slice ? { ...slice, items: atPositions(articles, slice.items) } : undefined;
}

/** The section's stories, newest first. */
export function getSectionArticles(section: string): readonly ArticleSummary[] {
  const current = snapshot();
  return atPositions(current.articles, current.listings.bySection[section] ?? []);
}

/** Page `page` of a section front; undefined past the last page. */
export function getSectionPage(section: string, page: number): PageSlice<ArticleSummary> | undefined {
  return pageAt(snapshot().listings.bySection[section], page);
}

export function getTopic(slug: string): Topic | undefined {
  return snapshot().topicsBySlug.get(slug);
}

export function getTopics(): readonly Topic[] {
  return snapshot().topics;
}

/** Page `page` of a topic front; undefined past the last page. */
export function getTopicPage(topicSlug: string, page: number): PageSlice<ArticleSummary> | undefined {
  return pageAt(snapshot().listings.byTopic[topicSlug], page);
}

export function getRelatedArticles(slug: string): readonly ArticleSummary[] {
  const current = snapshot();
  const slugs = current.related.get(slug) ?? [];
  return slugs.map((related) => current.bySlug.get(related)).filter((a): a is ArticleSummary => a !== undefined);
}

/** Stories at `positions` of the snapshot's newest-first list, read one at a time. */
function* storiesAt(articles: readonly ArticleSummary[], positions: readonly number[] | undefined): Generator<ArticleSummary> {
  for (const at of positions ?? []) {
    const story = articles[at];
    if (story) yield story;
  }
}

/**
 * The onward links under an article (lib/content/onward.ts): the ranked list
 * is precomputed in the snapshot; the topic and section tiers are read from
 * its listings at render time, which looks at a handful of positions.
 */
export function getOnwardTiers(article: ArticleSummary, sectionName: string): readonly OnwardTier[] {
  const current = snapshot();
  const { byTopic, bySection } = current.listings;
  return onwardTiers({
    article,
    related: getRelatedArticles(article.slug),
    sectionName,
    topicStories: (slug) => storiesAt(current.articles, byTopic[slug]),
    sectionStories: (section) => storiesAt(current.articles, bySection[section]),
    latestStories: () => current.articles,
    topicSize: (slug) => byTopic[slug]?.length ?? 0,
  });
}
