import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Article, ArticleSummary, Topic } from './types';

/**
 * The content index is what `next build` and `next start` read: every article
 * validated and compiled once, by `npm run content:build`, before Next starts.
 * Summaries for the whole archive sit in one file; bodies sit one file per
 * article so a page reads only its own.
 */
export interface ContentIndex {
  readonly version: 3;
  readonly builtAt: string;
  /** Published articles, newest first */
  readonly articles: readonly ArticleSummary[];
  /**
   * Stories whose `published` time was still ahead at build time, soonest
   * first. The server releases each at its time (lib/content/live/store.ts).
   */
  readonly scheduled: readonly ArticleSummary[];
  /** Live records (lib/content/live/journal.ts) folded into this build, by slug: their recordId */
  readonly live: Readonly<Record<string, string>>;
  /** Ranked related slugs per article */
  readonly related: Readonly<Record<string, readonly string[]>>;
  /** Every topic in use, by name */
  readonly topics: readonly Topic[];
  /**
   * Positions in `articles` of each section's and each topic's stories,
   * newest first. Worked out once per build so a front reads its page of a
   * 100,000-story archive without filtering the whole archive per request.
   */
  readonly listings: Listings;
}

export interface Listings {
  /** By section slug; every configured section is present, empty or not */
  readonly bySection: Readonly<Record<string, readonly number[]>>;
  /** By topic slug */
  readonly byTopic: Readonly<Record<string, readonly number[]>>;
}

export interface StoredBody {
  readonly body: HastRoot;
}

/**
 * `.lede/site/` in the working directory. A folder fixed under `.lede/` lets
 * Next trace exactly these files into a deployment. Builds that must not
 * touch this one (benchmarks, the hostile-content e2e run) run in a scratch
 * copy of the project (scripts/scratch-copy.ts), which has its own.
 */
export function defaultIndexDir(): string {
  // turbopackIgnore: tracing a pattern over .lede/ would list every article body in every route's trace.
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.lede', 'site');
}

export function toSummary(article: Article): ArticleSummary {
  const { body: _body, bodyText: _bodyText, ...summary } = article;
  return summary;
}

export function collectTopics(articles: readonly ArticleSummary[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const article of articles) {
    for (const topic of article.topics) if (!bySlug.has(topic.slug)) bySlug.set(topic.slug, topic);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Positions of each section's and topic's stories in the newest-first list.
 * `sections` are listed even when empty so a front of a quiet section is a
 * page with no stories, not a missing key.
 */
export function buildListings(articles: readonly Pick<ArticleSummary, 'section' | 'topics'>[], sections: readonly string[]): Listings {
  const bySection: Record<string, number[]> = Object.fromEntries(sections.map((section) => [section, []]));
  const byTopic: Record<string, number[]> = {};
  articles.forEach((article, position) => {
    (bySection[article.section] ??= []).push(position);
    for (const topic of article.topics) (byTopic[topic.slug] ??= []).push(position);
  });
  return { bySection, byTopic };
}

/** Body files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const WRITE_CONCURRENCY = 32;

/** A fresh folder beside `dir` to write a new index into before it is swapped in. */
export async function prepareStaging(dir: string): Promise<string> {
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'articles'), { recursive: true });
  return staging;
}

/** One JSON file per article body, a few at a time. */
export async function writeBodies(staging: string, articles: readonly Pick<Article, 'slug' | 'body'>[]): Promise<void> {
  for (let at = 0; at < articles.length; at += WRITE_CONCURRENCY) {
    await Promise.all(
      articles.slice(at, at + WRITE_CONCURRENCY).map((article) => {
        const stored: StoredBody = { body: article.body };
        return writeFile(path.join(staging, 'articles', `${article.slug}.json`), JSON.stringify(stored));
      }),
    );
  }
}

/** Plain text of every story by slug, for ranking related stories again after a live publish. */
export const textsFile = 'texts.json';

/** Writes index.json into the staging folder and swaps it in with one rename. */
export async function commitIndex(dir: string, staging: string, index: ContentIndex, texts: Readonly<Record<string, string>>): Promise<void> {
  await writeFile(path.join(staging, 'index.json'), JSON.stringify(index));
  await writeFile(path.join(staging, textsFile), JSON.stringify(texts));
  const previous = `${dir}.previous-${process.pid}`;
  await rm(previous, { recursive: true, force: true });
  await rename(dir, previous).catch(() => undefined);
  await rename(staging, dir);
  await rm(previous, { recursive: true, force: true });
}

/**
 * Writes the index into a fresh folder and swaps it in with one rename, so a
 * reader sees the old index or the new one, never half of each.
 */
export async function writeContentIndex(dir: string, index: ContentIndex, articles: readonly Article[]): Promise<void> {
  const staging = await prepareStaging(dir);
  await writeBodies(staging, articles);
  await commitIndex(dir, staging, index, textsOf(articles));
}

export function textsOf(articles: readonly Pick<Article, 'slug' | 'bodyText'>[]): Record<string, string> {
  return Object.fromEntries(articles.map((article) => [article.slug, article.bodyText]));
}
