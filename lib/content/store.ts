import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { pageOf, type PageSlice } from '../pagination';
import { defaultIndexDir, type ContentIndex, type StoredBody } from './index-file';
import type { ArticleSummary, Topic } from './types';

/**
 * Read-only queries over the content index, for routes. The index is read
 * once per server process (a 100,000-article archive is about 80 MB of JSON,
 * parsed in about a second); bodies are read per article on demand. Fronts
 * page through lists of positions the content build worked out, so no
 * request filters the whole archive.
 */
interface Store {
  readonly index: ContentIndex;
  readonly bySlug: ReadonlyMap<string, ArticleSummary>;
  readonly topicsBySlug: ReadonlyMap<string, Topic>;
}

let store: Store | undefined;

function load(): Store {
  if (store) return store;
  const dir = defaultIndexDir();
  let index: ContentIndex;
  try {
    index = JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, 'index.json'), 'utf8')) as ContentIndex;
  } catch (error) {
    throw new Error(`No content index in ${dir}: run \`npm run content:build\` first (npm run build does it for you).`, { cause: error });
  }
  if (index.version !== 2) throw new Error(`The content index in ${dir} is version ${String(index.version)}, not 2: run \`npm run content:build\` again.`);
  store = {
    index,
    bySlug: new Map(index.articles.map((article) => [article.slug, article])),
    topicsBySlug: new Map(index.topics.map((topic) => [topic.slug, topic])),
  };
  return store;
}

/** Every published article, newest first. */
export function getArticles(): readonly ArticleSummary[] {
  return load().index.articles;
}

function getArticle(slug: string): ArticleSummary | undefined {
  return load().bySlug.get(slug);
}

/** The article at `/{section}/{slug}`; undefined when the slug lives in another section. */
export function getArticleInSection(section: string, slug: string): ArticleSummary | undefined {
  const article = getArticle(slug);
  return article?.section === section ? article : undefined;
}

export async function getArticleBody(slug: string): Promise<HastRoot> {
  // Not traced by the bundler (a pattern over every body would put 100,000 files in each route's trace);
  // next.config.js includes the bodies in the article route's standalone output instead.
  const file = path.join(/* turbopackIgnore: true */ defaultIndexDir(), 'articles', `${slug}.json`);
  const stored = JSON.parse(await readFile(/* turbopackIgnore: true */ file, 'utf8')) as StoredBody;
  return stored.body;
}

function atPositions(positions: readonly number[]): ArticleSummary[] {
  const { articles } = load().index;
  return positions.map((position) => articles[position]).filter((a): a is ArticleSummary => a !== undefined);
}

/** Maps only the requested page's positions to summaries. */
function pageAt(positions: readonly number[], page: number): PageSlice<ArticleSummary> | undefined {
  const slice = pageOf(positions, page);
  return slice ? { ...slice, items: atPositions(slice.items) } : undefined;
}

/** The section's stories, newest first. */
export function getSectionArticles(section: string): readonly ArticleSummary[] {
  return atPositions(load().index.listings.bySection[section] ?? []);
}

/** Page `page` of a section front; undefined past the last page. */
export function getSectionPage(section: string, page: number): PageSlice<ArticleSummary> | undefined {
  return pageAt(load().index.listings.bySection[section] ?? [], page);
}

export function getTopic(slug: string): Topic | undefined {
  return load().topicsBySlug.get(slug);
}

export function getTopics(): readonly Topic[] {
  return load().index.topics;
}

/** Page `page` of a topic front; undefined past the last page. */
export function getTopicPage(topicSlug: string, page: number): PageSlice<ArticleSummary> | undefined {
  return pageAt(load().index.listings.byTopic[topicSlug] ?? [], page);
}

export function getRelatedArticles(slug: string): readonly ArticleSummary[] {
  const slugs = load().index.related[slug] ?? [];
  return slugs.map((related) => getArticle(related)).filter((a): a is ArticleSummary => a !== undefined);
}

/** When the content index was built: "now" for anything computed at build time, such as the news sitemap's window. */
export function getIndexBuiltAt(): Date {
  return new Date(load().index.builtAt);
}
