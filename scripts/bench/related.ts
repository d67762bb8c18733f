/**
 * Benchmarks related-stories ranking on synthetic archives:
 *   npx tsx scripts/bench/related.ts [sizes…]      (default 1000 10000 100000)
 * Each size runs in a fresh child process, so its peak RSS is its own. The
 * timed part is what a build does: build the index (named entities
 * included), then rank every article. Then, in the same process, what a live
 * publish does (lib/content/live/related-update.ts): a new part of a running
 * story is published and only the lists it can move are ranked again, on
 * the neighbourhood of the story in a large archive; the median of a few
 * publishes and how many lists each ranked. Prints a table and writes
 * bench-out/related.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { buildListings } from '../../lib/content/index-file';
import { updateRelated } from '../../lib/content/live/related-update';
import { buildRelatedIndex, rankRelated, type RelatedDocument } from '../../lib/related';
import { precisionAtK } from '../../lib/related/evaluate';
import { generateSyntheticCorpus } from '../../fixtures/related/synthetic';

interface BenchResult {
  readonly articles: number;
  readonly generateMs: number;
  readonly buildMs: number;
  readonly rankAllMs: number;
  /** build + rank all: the figure the targets are about */
  readonly totalMs: number;
  /** CPU time of build + rank all (user + system): steadier than wall time on a busy machine */
  readonly totalCpuMs: number;
  /** Peak resident set size of the whole child process, corpus included */
  readonly maxRssMb: number;
  /** RSS right after generating the corpus, before indexing */
  readonly corpusRssMb: number;
  readonly vocabulary: number;
  readonly postings: number;
  readonly meanListLength: number;
  /** Precision@3 against the generator's story labels */
  readonly syntheticPrecisionAt3: number;
  /** Distinct named entities found */
  readonly entities: number;
  /** A live publish of a new running-story part: median wall time, and lists ranked again per publish */
  readonly livePublishMs: number;
  readonly liveListsRanked: number;
  /** Of the whole archive, the share of lists that publish ranked again */
  readonly liveShareRanked: number;
}

const LIVE_PUBLISHES = 5;

/**
 * Publishes, one at a time, a new report of a running story (the latest
 * report's names and topics, dated now) and times updateRelated, as the
 * content store calls it after a publish.
 */
function measureLivePublish(docs: readonly RelatedDocument[], related: Map<string, string[]>): { ms: number; ranked: number } {
  const visible = docs.filter((doc) => !doc.draft && Date.parse(doc.published) <= NOW.getTime());
  // Newest first, the order the snapshot's listings count positions in.
  let archive = [...visible].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  let previous: ReadonlyMap<string, readonly string[]> = related;
  const times: number[] = [];
  const ranked: number[] = [];
  const sources = archive.filter((doc) => /[A-Z]/.test(doc.title.slice(1))).slice(0, LIVE_PUBLISHES);
  sources.forEach((source, i) => {
    const story: RelatedDocument = { ...source, slug: `live-${i}`, published: NOW.toISOString(), related: [] };
    archive = [story, ...archive];
    const listings = buildListings(archive, [...new Set(archive.map((doc) => doc.section))]);
    const t0 = performance.now();
    const update = updateRelated({ docs: archive, previous, changed: [story.slug], now: NOW, listings });
    times.push(performance.now() - t0);
    ranked.push(update.ranked.length);
    previous = update.related;
  });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { ms: median(times), ranked: median(ranked) };
}

const NOW = new Date('2025-01-01T00:00:00Z');
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function runOne(count: number): BenchResult {
  const t0 = performance.now();
  const docs = generateSyntheticCorpus({ count, seed: 42, end: NOW });
  const generateMs = performance.now() - t0;
  const corpusRssMb = mb(process.memoryUsage().rss);

  const cpu = process.cpuUsage();
  const t1 = performance.now();
  const index = buildRelatedIndex(docs);
  const t2 = performance.now();
  // What computeAllRelated does, timed in two parts: rank in the index's (publication) order.
  const related = new Map<string, string[]>();
  for (const doc of index.docs) related.set(doc.slug, rankRelated(index, doc.slug, { now: NOW, limit: 5 }).map((c) => c.slug));
  const t3 = performance.now();
  const cpuUsed = process.cpuUsage(cpu);

  const live = measureLivePublish(docs, related);
  const queries = docs.filter((doc) => !doc.draft && Date.parse(doc.published) <= NOW.getTime()).map((doc) => doc.slug);
  let listed = 0;
  for (const list of related.values()) listed += list.length;
  return {
    articles: count,
    generateMs: Math.round(generateMs),
    buildMs: Math.round(t2 - t1),
    rankAllMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t1),
    totalCpuMs: Math.round((cpuUsed.user + cpuUsed.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    corpusRssMb,
    vocabulary: index.text.vocabularySize,
    postings: index.termPostings.item.length + index.topicPostings.item.length,
    meanListLength: Number((listed / docs.length).toFixed(2)),
    syntheticPrecisionAt3: Number(precisionAtK(docs, queries, related, 3).precision.toFixed(3)),
    entities: index.entities.keys.length,
    livePublishMs: Math.round(live.ms),
    liveListsRanked: live.ranked,
    liveShareRanked: Number((live.ranked / docs.length).toFixed(4)),
  };
}

function runInChild(count: number): BenchResult {
  // The same loader flags (tsx) and this same file, in a fresh process.
  const child = spawnSync(process.execPath, [...process.execArgv, path.resolve(process.argv[1] ?? ''), '--child', String(count)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench/related: the ${count}-article run failed (exit ${child.status ?? child.signal})`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as BenchResult;
}

function printTable(results: readonly BenchResult[]): void {
  const columns: [string, (r: BenchResult) => string][] = [
    ['articles', (r) => r.articles.toLocaleString('en-GB')],
    ['build ms', (r) => String(r.buildMs)],
    ['rank all ms', (r) => String(r.rankAllMs)],
    ['total ms', (r) => String(r.totalMs)],
    ['total CPU ms', (r) => String(r.totalCpuMs)],
    ['peak RSS MB', (r) => String(r.maxRssMb)],
    ['corpus RSS MB', (r) => String(r.corpusRssMb)],
    ['vocabulary', (r) => String(r.vocabulary)],
    ['postings', (r) => String(r.postings)],
    ['mean list', (r) => String(r.meanListLength)],
    ['p@3', (r) => String(r.syntheticPrecisionAt3)],
    ['entities', (r) => String(r.entities)],
    ['live publish ms', (r) => String(r.livePublishMs)],
    ['lists ranked', (r) => String(r.liveListsRanked)],
  ];
  const rows = [columns.map(([name]) => name), ...results.map((r) => columns.map(([, cell]) => cell(r)))];
  const widths = columns.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    console.log(JSON.stringify(runOne(Number(args[1]))));
    return;
  }
  const sizes = (args.length > 0 ? args : ['1000', '10000', '100000']).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('usage: scripts/bench/related.ts [article counts…]');
  const results = sizes.map((count) => {
    const result = runInChild(count);
    console.error(`${count}: build ${result.buildMs} ms, rank all ${result.rankAllMs} ms, peak RSS ${result.maxRssMb} MB`);
    return result;
  });
  printTable(results);
  mkdirSync('bench-out', { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, results };
  writeFileSync(path.join('bench-out', 'related.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('written to bench-out/related.json');
}

main();
