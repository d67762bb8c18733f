import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { defaultIndexDir, type ContentIndex, type StoredBody } from './index-file';
import type { ArticleSummary, Topic } from './types';

/**
 * Read-only queries over the content index, for routes. The index is read
 * once per server process; bodies are read per article on demand.
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
    index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as ContentIndex;
  } catch (error) {
    throw new Error(`No content index in ${dir}: run \`npm run content:build\` first (npm run build does it for you).`, { cause: error });
  }
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

export function getArticle(slug: string): ArticleSummary | undefined {
  return load().bySlug.get(slug);
}

/** The article at `/{section}/{slug}`; undefined when the slug lives in another section. */
export function getArticleInSection(section: string, slug: string): ArticleSummary | undefined {
  const article = getArticle(slug);
  return article?.section === section ? article : undefined;
}

export async function getArticleBody(slug: string): Promise<HastRoot> {
  const file = path.join(defaultIndexDir(), 'articles', `${slug}.json`);
  const stored = JSON.parse(await readFile(file, 'utf8')) as StoredBody;
  return stored.body;
}

export function getSectionArticles(section: string): readonly ArticleSummary[] {
  return getArticles().filter((article) => article.section === section);
}

export function getTopic(slug: string): Topic | undefined {
  return load().topicsBySlug.get(slug);
}

export function getTopics(): readonly Topic[] {
  return load().index.topics;
}

/** The topic's stories, newest first. */
export function getTopicArticles(topicSlug: string): readonly ArticleSummary[] {
  return getArticles().filter((article) => article.topics.some((topic) => topic.slug === topicSlug));
}

export function getRelatedArticles(slug: string): readonly ArticleSummary[] {
  const slugs = load().index.related[slug] ?? [];
  return slugs.map((related) => getArticle(related)).filter((a): a is ArticleSummary => a !== undefined);
}
