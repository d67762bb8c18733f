/**
 * Benchmarks related-stories ranking on synthetic archives:
 *   npx tsx scripts/bench/related.ts [sizes…]      (default 1000 10000 100000)
 * Each size runs in a fresh child process, so its peak RSS is its own. The
 * timed part is what a build does: build the index, then rank every article.
 * Prints a table and writes bench-out/related.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { buildRelatedIndex, rankRelated } from '../../lib/related';
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
