/**
 * Validates every article and writes the content index Next renders from.
 * Runs before `next build` (prebuild): bad content stops the build here,
 * before anything is swapped in, and every error is listed at once.
 *
 *   npm run content:build              production: drafts left out
 *   npm run content:build -- --drafts  editors' preview: drafts included
 *
 * Large archives (4,000+ files) are loaded by one worker process per CPU
 * (lib/content/build-plan.ts; LEDE_BUILD_WORKERS overrides). Compiled
 * bodies are cached in .lede/cache/mdx (lib/content/compile-cache.ts;
 * LEDE_COMPILE_CACHE=0 turns it off), so a rebuild compiles only what changed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { batches, workerCount } from '../lib/content/build-plan';
import { env } from '../lib/env';
import { compileCache, type CompileCacheStats } from '../lib/content/compile-cache';
import { ContentError, formatContentErrors } from '../lib/content/errors';
import { commitIndex, defaultIndexDir, prepareStaging, textsOf, writeBodies, writeContentIndex } from '../lib/content/index-file';
import { foldLiveRecords, type Folded } from '../lib/content/live/fold';
import { Journal, type LiveRecord } from '../lib/content/live/journal';
import { RedisJournal, contentKeys } from '../lib/content/live/redis-journal';
import { redisGate } from '../lib/cluster/redis';
import { defaultContentDir, loadCorpus, loadSingleSource, newestFirst } from '../lib/content/load';
import { buildContentIndex } from '../lib/content/publish';
import type { Article } from '../lib/content/types';
import type { BatchReply, BatchRequest, WorkerSetup } from './content-build-messages';

interface Loaded {
  readonly articles: Article[];
  readonly errors: ContentError[];
  readonly cache: CompileCacheStats;
}

/** Bodies are already on disk when workers load; the index needs everything else. */
const NO_BODY: Article['body'] = { type: 'root', children: [] };

async function loadInWorkers(contentDir: string, includeDrafts: boolean, staging: string, workers: number): Promise<Loaded> {
  const names = (await readdir(path.join(contentDir, 'articles'))).filter((name) => name.endsWith('.mdx')).sort();
  const queue: BatchRequest[] = batches(names).map((batch, id) => ({ id, names: batch }));
  const articles: Article[] = [];
  const errors: ContentError[] = [];
  const cache: CompileCacheStats = { hits: 0, misses: 0, stale: 0 };
  const setup: WorkerSetup = { contentDir, includeDrafts, staging };
  const script = path.join(__dirname, 'content-build-worker.ts');

  const run = (child: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const request = queue.shift();
        if (request) child.send(request);
        else {
          child.send('exit');
          resolve();
        }
      };
      child.on('message', (reply: BatchReply) => {
        for (const article of reply.articles) articles.push({ ...article, body: NO_BODY });
        for (const error of reply.errors) errors.push(new ContentError(error));
        cache.hits += reply.cache.hits;
        cache.misses += reply.cache.misses;
        cache.stale += reply.cache.stale;
        next();
      });
      child.on('exit', (code) => (code === 0 || code === null ? undefined : reject(new Error(`content-build worker exited with ${code}`))));
      next();
    });

  // The same loader flags (tsx) as this process, so the worker runs TypeScript too.
  const children = Array.from({ length: workers }, () =>
    fork(script, [], { execArgv: process.execArgv, env: { ...process.env, LEDE_BUILD_WORKER: JSON.stringify(setup) } }),
  );
  await Promise.all(children.map(run));
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { articles: errors.length > 0 ? [] : articles.sort(newestFirst), errors, cache };
}

/**
 * Applies what was published or taken down live since `content/` was last
 * exported (lib/content/live/fold.ts says which side wins). Each live story
 * is compiled again from its source, so a rule added since it was published
 * is checked too; its errors name the record's file.
 */
async function withLiveRecords(fromGit: Article[]): Promise<{ folded?: Folded; errors: ContentError[] }> {
  const { records, where } = await liveRecords();
  const knownSlugs = new Set([...fromGit.map((article) => article.slug), ...records.map((record) => record.slug)]);
  const recompiled = new Map<string, Article>();
  const errors: ContentError[] = [];
  for (const record of records) {
    if (record.kind !== 'publish') continue;
    const file = where(record.slug);
    const loaded = await loadSingleSource({ slug: record.slug, source: record.source, file, knownSlugs });
    errors.push(...loaded.errors);
    if (loaded.article) recompiled.set(record.slug, loaded.article);
  }
  if (errors.length > 0) return { errors };
  const folded = foldLiveRecords(fromGit, records, recompiled);
  for (const note of folded.notes) console.warn(note);
  return { folded: { ...folded, articles: folded.articles.sort(newestFirst) }, errors };
}

/**
 * The live records: in the cluster's Redis when REDIS_URL is set, on this
 * disk otherwise. A Redis that does not answer is not an error: nothing is
 * folded, and the servers apply every record on top of this build when they
 * start (lib/content/live/store.ts), so no live story is lost either way.
 */
async function liveRecords(): Promise<{ records: LiveRecord[]; where: (slug: string) => string }> {
  const { redisUrl, redisPrefix } = env();
  if (!redisUrl) {
    const journal = new Journal();
    return { records: [...journal.readAll().values()], where: (slug) => path.relative(process.cwd(), journal.recordFile(slug)) };
  }
  const gate = redisGate(redisUrl);
  try {
    if (!(await gate.waitUntilReady(3000))) {
      console.warn(`Redis at ${redisUrl} does not answer: live records are not folded into this build; the servers apply them when they start.`);
      return { records: [], where: () => '' };
    }
    const journal = new RedisJournal({ gate, prefix: redisPrefix });
    await journal.refresh();
    return { records: [...journal.readAll().values()], where: (slug) => `${redisUrl} ${contentKeys(redisPrefix).records} ${slug}` };
  } finally {
    gate.client.destroy();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const includeDrafts = process.argv.includes('--drafts');
  const contentDir = defaultContentDir();
  const dir = defaultIndexDir();
  const files = (await readdir(path.join(contentDir, 'articles'))).filter((name) => name.endsWith('.mdx')).length;
  const workers = workerCount(files, os.availableParallelism(), env().buildWorkers);
  const now = new Date();

  if (workers === 0) {
    const cache = compileCache();
    const { articles, errors } = await loadCorpus({ contentDir, includeDrafts, ...(cache ? { compile: cache.compile } : {}) });
    if (errors.length > 0) return fail(errors);
    const { folded, errors: liveErrors } = await withLiveRecords(articles);
    if (!folded) return fail(liveErrors);
    const index = buildContentIndex(folded.articles, now, folded.folded);
    await writeContentIndex(dir, index, folded.articles);
    return done(index.articles.length, index.topics.length, started, 0, cache?.stats);
  }

  const staging = await prepareStaging(dir);
  const { articles, errors, cache } = await loadInWorkers(contentDir, includeDrafts, staging, workers);
  const { folded, errors: liveErrors } = errors.length > 0 ? { errors } : await withLiveRecords(articles);
  if (!folded) {
    await rm(staging, { recursive: true, force: true });
    return fail(liveErrors);
  }
  // Workers wrote the bodies of the files in content/; live versions replace some and add others.
  const fromGit = new Set(articles);
  await writeBodies(staging, folded.articles.filter((article) => !fromGit.has(article)));
  const index = buildContentIndex(folded.articles, now, folded.folded);
  await commitIndex(dir, staging, index, textsOf(folded.articles));
  done(index.articles.length, index.topics.length, started, workers, env().compileCache ? cache : undefined);
}

function fail(errors: readonly ContentError[]): void {
  console.error(formatContentErrors(errors));
  console.error('Nothing was published: fix the errors above and build again.');
  process.exitCode = 1;
}

function done(articles: number, topics: number, started: number, workers: number, cache?: CompileCacheStats): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const how = [workers > 0 ? `${workers} worker processes` : '', cache ? `compile cache: ${cache.hits} hits, ${cache.misses + cache.stale} compiled` : ''].filter(Boolean).join('; ');
  console.log(`Content index: ${articles} articles, ${topics} topics in ${seconds} s${how ? ` (${how})` : ''}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
