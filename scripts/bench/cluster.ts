/**
 * `npm run bench:cluster`: what scaling out buys (issue #12). One build,
 * one Redis of the benchmark's own, then a cached article and the home page
 * under load (autocannon, 50 connections) in three set-ups:
 *
 *   a  1 instance, hit directly (the single `next start` of docs/performance.md)
 *   b  2 instances behind nginx as a pure load balancer
 *   c  2 instances behind nginx with its front cache (what serve:cluster runs)
 *
 * For each: throughput, p50, p99, errors, and server CPU per request (utime
 * + stime of the instances, nginx and Redis, with their children, from
 * /proc). Prints a table, writes bench-out/cluster.json. The load generator
 * runs on the same machine and shares its cores with the servers.
 *
 *   npm run bench:cluster
 *   npm run bench:cluster -- --no-build --duration 20 --setups a,c
 *   npm run bench:cluster -- --help
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentIndex } from '../../lib/content/index-file';
import { paths } from '../../lib/urls';
import { startCluster, startInstance, startRedis, type RedisServer } from '../cluster';
import { makeScratchCopy } from '../scratch-copy';
import { buildInCopy, copyDir } from './build-step';
import { CLUSTER_USAGE, compare, judgeCluster, P99_TARGET_MS, parseClusterFlags, ratio, SETUPS, type ClusterFlags, type ClusterRun, type Page, type Setup } from './cluster-report';
import { ms, table } from './format';
import { loadTest } from './load-step';
import { treeCpuMs } from './proc-tree';
import { root } from './run';

const REFERENCE_SLUG = 'nato-allies-begin-afghanistan-withdrawal';
const log = (line: string) => console.log(`[bench:cluster] ${line}`);

/** The built folder to serve: a fresh scratch copy, or with --no-build a kept one, else the project's own build. */
async function builtFolder(flags: ClusterFlags): Promise<{ dir: string; remove(): void }> {
  const scratch = copyDir('cluster');
  if (flags.build) {
    log(`building the site in ${scratch}`);
    const copy = makeScratchCopy({ contentDir: path.join(root, 'content'), dir: scratch });
    await buildInCopy(copy, 'cluster', { SITE_URL: `http://localhost:${flags.port}` });
    return { dir: copy.dir, remove: () => (flags.keep ? undefined : copy.remove()) };
  }
  for (const dir of [scratch, root]) {
    if (existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(path.join(dir, '.lede', 'site', 'index.json'))) {
      log(`--no-build: serving the build in ${dir}`);
      return { dir, remove: () => undefined };
    }
  }
  throw new Error(`--no-build: no build in ${scratch} (a --keep run) or in ${root} (npm run build)`);
}

function pagePaths(dir: string): Record<Page, string> {
  const index = JSON.parse(readFileSync(path.join(dir, '.lede', 'site', 'index.json'), 'utf8')) as ContentIndex;
  const article = index.articles.find((a) => a.slug === REFERENCE_SLUG) ?? index.articles[0];
  if (!article) throw new Error('the content index has no articles');
  return { article: paths.article(article), home: paths.home() };
}

interface Served {
  readonly origin: string;
  readonly pids: readonly number[];
  stop(): Promise<unknown>;
}

async function serve(setup: Setup, dir: string, flags: ClusterFlags, redis: RedisServer, scratch: string): Promise<Served> {
  const env = { REDIS_URL: redis.url, SITE_URL: `http://localhost:${flags.port}` };
  if (!setup.nginx) {
    const instance = await startInstance({ cwd: dir, port: flags.port + 1, env });
    return { origin: instance.origin, pids: [instance.pid, redis.pid], stop: () => instance.stop() };
  }
  const cluster = await startCluster({
    cwd: dir,
    instances: setup.instances,
    firstPort: flags.port + 1,
    port: flags.port,
    nginxDir: path.join(scratch, `nginx-${setup.id}`),
    cache: setup.cache,
    redis: { url: redis.url, dir: path.join(scratch, 'redis') },
    env,
    log,
  });
  return { origin: cluster.origin, pids: [...cluster.pids(), redis.pid], stop: () => cluster.stop() };
}

/** A run with the X-Cache-Status nginx gave the page after the warm-up (set-up c: HIT) */
type MeasuredRun = ClusterRun & { readonly cacheStatus?: string };

const cpuOf = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + treeCpuMs(pid), 0);

async function measure(setup: Setup, served: Served, page: Page, pagePath: string, flags: ClusterFlags): Promise<MeasuredRun> {
  const url = `${served.origin}${pagePath}`;
  if (flags.warmupS > 0) await loadTest(url, flags.connections, flags.warmupS);
  const check = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  await check.arrayBuffer();
  const cacheStatus = check.headers.get('x-cache-status') ?? undefined;
  const before = cpuOf(served.pids);
  const result = await loadTest(url, flags.connections, flags.durationS);
  const cpuMs = cpuOf(served.pids) - before;
  return {
    setup: setup.id,
    page,
    requests: result.requests,
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.latencyMs.p50,
    p99Ms: result.latencyMs.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCpuMsPerRequest: cpuMs / Math.max(1, result.requests),
    ...(cacheStatus ? { cacheStatus } : {}),
  };
}

export interface ClusterBenchResult {
  readonly runs: readonly MeasuredRun[];
  readonly verdict: ReturnType<typeof judgeCluster>;
}

export async function measureCluster(flags: ClusterFlags): Promise<ClusterBenchResult> {
  const built = await builtFolder(flags);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'lede-bench-cluster-'));
  const pages = pagePaths(built.dir);
  const runs: MeasuredRun[] = [];
  let redis: RedisServer | undefined;
  try {
    redis = await startRedis({ port: flags.redisPort, dir: path.join(scratch, 'redis') });
    log(`Redis ${redis.url} (pid ${redis.pid}), the instances' REDIS_URL in every set-up`);
    for (const setup of SETUPS.filter((s) => flags.setups.includes(s.id))) {
      log(`set-up ${setup.id}: ${setup.label}`);
      const served = await serve(setup, built.dir, flags, redis, scratch);
      try {
        for (const page of flags.pages) {
          log(`  ${page} ${pages[page]}: ${flags.warmupS} s warm-up, then ${flags.durationS} s at ${flags.connections} connections`);
          runs.push(await measure(setup, served, page, pages[page], flags));
        }
      } finally {
        await served.stop();
      }
    }
  } finally {
    await redis?.stop();
    rmSync(scratch, { recursive: true, force: true });
    built.remove();
  }
  return { runs, verdict: judgeCluster(runs) };
}

export function printCluster(result: ClusterBenchResult, flags: ClusterFlags): void {
  const label = (id: string) => `${id}: ${SETUPS.find((s) => s.id === id)?.label ?? id}`;
  console.log(`\nScale-out (autocannon, ${flags.connections} connections, ${flags.durationS} s after ${flags.warmupS} s warm-up, gzip; ${os.cpus().length} CPUs shared by the servers AND the load generator)`);
  console.log(
    table(
      ['set-up', 'page', 'req/s', 'p50', 'p99', 'errors', 'non-2xx', 'server CPU/req', 'req/s vs a', 'CPU/req vs a', 'cache'],
      compare(result.runs).map((run) => [
        label(run.setup),
        run.page,
        run.requestsPerSecond.toFixed(0),
        ms(run.p50Ms, 0),
        ms(run.p99Ms, 0),
        String(run.errors),
        String(run.non2xx),
        ms(run.serverCpuMsPerRequest, 2),
        run.setup === 'a' ? '-' : ratio(run.throughputVsA),
        run.setup === 'a' ? '-' : ratio(run.cpuPerRequestVsA),
        run.cacheStatus ?? '-',
      ]),
    ),
  );
  console.log('server CPU/req: utime + stime of the instances, nginx and Redis (with their children) over the run, divided by the requests served');
  console.log(`target: p99 < ${P99_TARGET_MS} ms through the front cache: ${result.verdict.met ? 'met' : `NOT met (${result.verdict.misses.join('; ')})`}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return console.log(CLUSTER_USAGE);
  const flags = parseClusterFlags(process.argv.slice(2));
  const loadAverageStart = os.loadavg();
  const result = await measureCluster(flags);
  printCluster(result, flags);
  const out = path.resolve(root, flags.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    note: 'the load generator (autocannon) runs on the same machine and shares its cores with the servers',
    loadAverage: { start: loadAverageStart, end: os.loadavg() },
    flags,
    setups: SETUPS,
    runs: compare(result.runs),
    verdict: result.verdict,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${path.relative(root, out)}; load average ${loadAverageStart.map((l) => l.toFixed(2)).join(' ')} → ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!result.verdict.met) process.exitCode = 1;
}

if (process.argv[1] && /bench[/\\]cluster\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
