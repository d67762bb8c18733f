import type { Root as HastRoot } from 'hast';
import { pageOf, type PageSlice } from '../pagination';
import { editions } from '../editions';
import type { EditionStrings } from '../editions/types';
import type { EditionView, GoneStory } from './live/snapshot';
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

const empty: EditionView = {
  articles: [],
  topics: [],
  topicsBySlug: new Map(),
  listings: { bySection: {}, byTopic: {} },
  pages: { isSection: () => false, hasArticle: () => false, isTopic: () => false, sectionPageCount: () => 0, topicPageCount: () => 0 },
};

/** The edition at `prefix` ('' is the default edition): its stories and lists only. */
const view = (prefix: string): EditionView => snapshot().editions.get(prefix) ?? empty;

const inEdition = (article: ArticleSummary, prefix: string) => editions.forLang(article.lang).prefix === prefix;

/** Every published article of the edition, newest first. */
export function getArticles(prefix = ''): readonly ArticleSummary[] {
  return view(prefix).articles;
}

/** The article at `/{prefix}/{section}/{slug}`; undefined when the slug lives in another section or edition. */
export function getArticleInSection(section: string, slug: string, prefix = ''): ArticleSummary | undefined {
  const article = snapshot().bySlug.get(slug);
  return article?.section === section && inEdition(article, prefix) ? article : undefined;
}

/**
 * The story's versions in other editions, by its `translations`. Only links
 * both sides make count: the content check refuses a one-way link, and a
 * live publish of one side alone must not pair it with a story that does not
 * name it back.
 */
export function getTranslations(article: ArticleSummary): readonly ArticleSummary[] {
  const { bySlug } = snapshot();
  return (article.translations ?? [])
    .map((slug) => bySlug.get(slug))
    .filter((other): other is ArticleSummary => other !== undefined && (other.translations ?? []).includes(article.slug) && !inEdition(other, editions.forLang(article.lang).prefix));
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
function pageAt(positions: readonly number[] | undefined, page: number, prefix: string): PageSlice<ArticleSummary> | undefined {
  const { articles } = view(prefix);
  const slice = pageOf(positions ?? [], page);
  return slice ? { ...slice, items: atPositions(articles, slice.items) } : undefined;
}

/** The section's stories, newest first. */
export function getSectionArticles(section: string, prefix = ''): readonly ArticleSummary[] {
  const current = view(prefix);
  return atPositions(current.articles, current.listings.bySection[section] ?? []);
}

/** Page `page` of a section front; undefined past the last page. */
export function getSectionPage(section: string, page: number, prefix = ''): PageSlice<ArticleSummary> | undefined {
  return pageAt(view(prefix).listings.bySection[section], page, prefix);
}

export function getTopic(slug: string, prefix = ''): Topic | undefined {
  return view(prefix).topicsBySlug.get(slug);
}

export function getTopics(prefix = ''): readonly Topic[] {
  return view(prefix).topics;
}

/** Page `page` of a topic front; undefined past the last page. */
export function getTopicPage(topicSlug: string, page: number, prefix = ''): PageSlice<ArticleSummary> | undefined {
  return pageAt(view(prefix).listings.byTopic[topicSlug], page, prefix);
}

/** The ranked related stories, from the story's own edition only (ranking is per edition too: lib/content/publish.ts). */
export function getRelatedArticles(slug: string): readonly ArticleSummary[] {
  const current = snapshot();
  const own = current.bySlug.get(slug);
  const slugs = current.related.get(slug) ?? [];
  return slugs
    .map((related) => current.bySlug.get(related))
    .filter((a): a is ArticleSummary => a !== undefined && (own === undefined || inEdition(a, editions.forLang(own.lang).prefix)));
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
export function getOnwardTiers(article: ArticleSummary, sectionName: string, strings?: EditionStrings): readonly OnwardTier[] {
  const current = view(editions.forLang(article.lang).prefix);
  const { byTopic, bySection } = current.listings;
  return onwardTiers({
    article,
    related: getRelatedArticles(article.slug),
    sectionName,
    topicStories: (slug) => storiesAt(current.articles, byTopic[slug]),
    sectionStories: (section) => storiesAt(current.articles, bySection[section]),
    latestStories: () => current.articles,
    topicSize: (slug) => byTopic[slug]?.length ?? 0,
    ...(strings ? { strings } : {}),
  });
}
