/**
 * `npm run bench:load`: does Lede keep serving under load? Builds the site in
 * a scratch copy (unless --no-build), starts `next start`, then drives the article,
 * home, OG card and feed routes with autocannon (50 connections, 30 s each, on
 * loopback). Every request must get a 2xx, and the server's memory (RSS of its
 * whole process tree, from /proc) may grow by less than 20% from the warm
 * server to the end. Prints a table, writes bench-out/load.json, and exits
 * non-zero when either fails.
 *
 *   npm run bench:load
 *   npm run bench:load -- --keep, then npm run bench:load -- --no-build
 *   npm run bench:load -- --help
 *   npm run bench:load -- <url> [connections] [seconds]   one URL of a server already running
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kb, mb, ms, table } from './format';
import type { ContentIndex } from '../../lib/content/index-file';
import { judgeLoad, LOAD_USAGE, parseLoadFlags, type LoadFlags } from './load-verdict';
import { cardPaths, feedPaths } from '../../lib/seo/paths';
import { paths } from '../../lib/urls';
import { loadTest, type LoadResult } from './load-step';
import { root, startServer, type Server } from './run';
import { buildInCopy, copyDir } from './build-step';
import { makeScratchCopy, type ScratchCopy } from '../scratch-copy';

interface Route {
  readonly name: string;
  readonly path: string;
}

/** The routes a reader and a link-preview bot hit most; the reference story when it is there. */
function routesOf(index: ContentIndex): Route[] {
  const article = index.articles.find((a) => a.slug === 'nato-allies-begin-afghanistan-withdrawal') ?? index.articles[0];
  if (!article) throw new Error('The content index has no articles to load-test');
  return [
    { name: 'article', path: paths.article(article) },
    { name: 'home', path: paths.home() },
    { name: 'OG card', path: cardPaths.article(article) },
    { name: 'feed', path: feedPaths.site() },
  ];
}

/** The site (content/) built in a scratch copy, one per port so parallel runs stay apart. */
async function build(flags: LoadFlags): Promise<ScratchCopy> {
  const copy = makeScratchCopy({ contentDir: path.join(root, 'content'), dir: copyDir(`load-${flags.port}`) });
  await buildInCopy(copy, `load-${flags.port}`, { SITE_URL: `http://localhost:${flags.port}` });
  return copy;
}

/** The copy an earlier `--keep` run built. */
function keptCopy(flags: LoadFlags): ScratchCopy {
  const dir = copyDir(`load-${flags.port}`);
  if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) throw new Error(`No build in ${dir}: run once with --keep and without --no-build`);
  return { dir, indexDir: path.join(dir, '.lede', 'site'), distDir: path.join(dir, '.next'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Routes another issue has not shipped yet are reported and skipped, not failed: the list is ready for them. */
async function available(server: Server, routes: readonly Route[]): Promise<{ live: Route[]; missing: Route[] }> {
  const live: Route[] = [];
  const missing: Route[] = [];
  for (const route of routes) {
    const response = await fetch(`${server.origin}${route.path}`);
    await response.arrayBuffer();
    (response.ok ? live : missing).push(route);
  }
  return { live, missing };
}

async function drive(server: Server, routes: readonly Route[], flags: LoadFlags, seconds: number): Promise<(LoadResult & { name: string })[]> {
  const results: (LoadResult & { name: string })[] = [];
  for (const route of routes) {
    results.push({ name: route.name, ...(await loadTest(`${server.origin}${route.path}`, flags.connections, seconds, server.pid)) });
  }
  return results;
}

function printRuns(runs: readonly (LoadResult & { name: string })[]): void {
  console.log(
    `\n${table(
      ['route', 'path', 'req/s', 'p50', 'p99', 'requests', 'errors', 'timeouts', 'non-2xx', 'server CPU/req'],
      runs.map((run) => [
        run.name,
        new URL(run.url).pathname,
        run.requestsPerSecond.toFixed(0),
        ms(run.latencyMs.p50, 0),
        ms(run.latencyMs.p99, 0),
        String(run.requests),
        String(run.errors),
        String(run.timeouts),
        String(run.non2xx),
        run.serverCpuMsPerRequest === undefined ? '' : ms(run.serverCpuMsPerRequest, 2),
      ]),
    )}`,
  );
}

/** The performance issue's quick check: one URL of a server someone already started, no verdict. */
async function singleUrl([url = '', connections = '50', duration = '10']: readonly string[]): Promise<void> {
  const result = await loadTest(url, Number(connections), Number(duration));
  console.log(
    table(
      ['url', 'conns', 'req/s', 'p50', 'p90', 'p99', 'max', 'per second', 'errors', 'non-2xx'],
      [
        [
          url,
          connections,
          result.requestsPerSecond.toFixed(0),
          ms(result.latencyMs.p50, 0),
          ms(result.latencyMs.p90, 0),
          ms(result.latencyMs.p99, 0),
          ms(result.latencyMs.max, 0),
          kb(result.throughputBytesPerSecond, 0),
          String(result.errors + result.timeouts),
          String(result.non2xx),
        ],
      ],
    ),
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log(`${LOAD_USAGE}\n\nnpm run bench:load -- <url> [connections] [seconds]   load-test one URL of a running server`);
    return;
  }
  if (/^https?:\/\//.test(argv[0] ?? '')) return singleUrl(argv);

  const flags = parseLoadFlags(argv);
  if (flags.build) console.log(`Building the site in a scratch copy for http://localhost:${flags.port} …`);
  const copy = flags.build ? await build(flags) : keptCopy(flags);
  const index = JSON.parse(readFileSync(path.join(copy.indexDir, 'index.json'), 'utf8')) as ContentIndex;

  const server = await startServer(copy, flags.port, `load-server-${flags.port}`);
  try {
    const { live, missing } = await available(server, routesOf(index));
    for (const route of missing) console.log(`Skipped ${route.name} (${route.path}): not served by this build yet`);

    const rssStartBytes = server.rssBytes();
    console.log(`Warm-up: ${live.length} routes × ${flags.warmupS} s …`);
    const warmup = await drive(server, live, flags, flags.warmupS);
    const rssWarmBytes = server.rssBytes();
    console.log(`Load: ${live.length} routes × ${flags.durationS} s at ${flags.connections} connections …`);
    const runs = await drive(server, live, flags, flags.durationS);
    const rssAfterBytes = server.rssBytes();

    // The warm-up brings the server to its working size (V8 heap, caches); only the runs after it are judged.
    const verdict = judgeLoad(runs, rssWarmBytes, rssAfterBytes);
    printRuns(runs);
    for (const run of warmup.filter((r) => r.errors + r.timeouts + r.non2xx > 0)) {
      console.log(`Warm-up ${run.name}: ${run.errors} errors (${run.timeouts} timeouts), ${run.non2xx} non-2xx`);
    }
    console.log(
      `\nServer memory (RSS, process tree): ${mb(rssStartBytes)} at start, ${mb(rssWarmBytes)} warm, ${mb(rssAfterBytes)} after; growth ${(verdict.memoryGrowth * 100).toFixed(1)}%`,
    );

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      // Other jobs share these machines: the 1-minute load average says how much.
      loadAverage: os.loadavg(),
      flags,
      skipped: missing,
      memory: { rssStartBytes, rssWarmBytes, rssAfterBytes, growth: verdict.memoryGrowth },
      warmup,
      runs,
      failures: verdict.failures,
    };
    mkdirSync(path.join(root, 'bench-out'), { recursive: true });
    writeFileSync(path.join(root, 'bench-out', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('Wrote bench-out/load.json');

    if (verdict.failures.length > 0) {
      console.error(`\nFAILED:\n  ${verdict.failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    if (!flags.keep) copy.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
