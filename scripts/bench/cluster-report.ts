/**
 * `npm run bench:cluster`'s flags, set-ups and comparison: pure, so they
 * are tested; scripts/bench/cluster.ts starts the processes and drives them.
 */
import { parseArgs } from 'node:util';
import { wholeNumber } from './flags';

/** The three ways of serving compared, each on its own Redis (REDIS_URL set). */
export const SETUPS = [
  { id: 'a', label: '1 instance, no front cache', instances: 1, nginx: false, cache: false },
  { id: 'b', label: '2 instances behind nginx, no cache', instances: 2, nginx: true, cache: false },
  { id: 'c', label: '2 instances behind nginx front cache', instances: 2, nginx: true, cache: true },
] as const;
export type Setup = (typeof SETUPS)[number];
export type SetupId = Setup['id'];

export const PAGES = ['article', 'home'] as const;
export type Page = (typeof PAGES)[number];

/** p99 target through the front cache (issue #12) */
export const P99_TARGET_MS = 50;

export interface ClusterFlags {
  readonly build: boolean;
  readonly keep: boolean;
  readonly durationS: number;
  readonly warmupS: number;
  readonly connections: number;
  readonly pages: readonly Page[];
  readonly setups: readonly SetupId[];
  /** nginx's port; the instances take the next ones */
  readonly port: number;
  readonly redisPort: number;
  readonly out: string;
}

export const DEFAULT_CLUSTER_FLAGS: ClusterFlags = {
  build: true,
  keep: false,
  durationS: 15,
  warmupS: 5,
  connections: 50,
  pages: ['article', 'home'],
  setups: ['a', 'b', 'c'],
  port: 3230,
  redisPort: 3239,
  out: 'bench-out/cluster.json',
};

export const CLUSTER_USAGE = `npm run bench:cluster -- [flags]
  --no-build         serve the copy a --keep run built, else this project's own build (npm run build)
  --keep             keep the scratch copy it built
  --duration s       seconds measured per page and set-up (default 15)
  --warmup s         seconds of load before each measurement, not counted (default 5)
  --connections n    concurrent connections (default 50)
  --pages list       article,home (default both)
  --setups list      a,b,c (default all): ${SETUPS.map((s) => `${s.id} = ${s.label}`).join('; ')}
  --port n           nginx's port; instances on the next ones (default 3230)
  --redis-port n     the benchmark's own Redis (default 3239)
  --out file         JSON output (default bench-out/cluster.json)`;

function list<T extends string>(flag: string, raw: string, allowed: readonly T[]): T[] {
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!(allowed as readonly string[]).includes(name)) throw new Error(`${flag}: unknown ${JSON.stringify(name)} (one of ${allowed.join(', ')})`);
  if (names.length === 0) throw new Error(`${flag} needs at least one of ${allowed.join(', ')}`);
  return names as T[];
}

/** Node's own parser: the flags' names and kinds, with unknown flags refused. */
export function parseClusterFlags(argv: readonly string[]): ClusterFlags {
  let parsed: ReturnType<typeof parseClusterArgs>;
  try {
    parsed = parseClusterArgs(argv);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${CLUSTER_USAGE}`, { cause: error });
  }
  const { values } = parsed;
  const d = DEFAULT_CLUSTER_FLAGS;
  const positive = (flag: string, value: string | undefined, fallback: number, least = 1) => (value === undefined ? fallback : wholeNumber(flag, value, least));
  return {
    build: !values['no-build'],
    keep: values.keep ?? false,
    durationS: positive('--duration', values.duration, d.durationS),
    warmupS: positive('--warmup', values.warmup, d.warmupS, 0),
    connections: positive('--connections', values.connections, d.connections),
    pages: values.pages === undefined ? d.pages : list('--pages', values.pages, PAGES),
    setups: values.setups === undefined ? d.setups : list('--setups', values.setups, SETUPS.map((s) => s.id)),
    port: positive('--port', values.port, d.port),
    redisPort: positive('--redis-port', values['redis-port'], d.redisPort),
    out: values.out ?? d.out,
  };
}

function parseClusterArgs(argv: readonly string[]) {
  const text = { type: 'string' } as const;
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      'no-build': { type: 'boolean' },
      keep: { type: 'boolean' },
      duration: text,
      warmup: text,
      connections: text,
      pages: text,
      setups: text,
      port: text,
      'redis-port': text,
      out: text,
    },
  });
}

/** One page under load in one set-up. */
export interface ClusterRun {
  readonly setup: SetupId;
  readonly page: Page;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  /** utime + stime of every server process (instances, nginx, Redis, with their children) over the run, per request */
  readonly serverCpuMsPerRequest: number;
}

export interface Compared extends ClusterRun {
  /** Throughput relative to set-up a on the same page */
  readonly throughputVsA?: number;
  readonly cpuPerRequestVsA?: number;
}

export function compare<T extends ClusterRun>(runs: readonly T[]): (T & Compared)[] {
  return runs.map((run) => {
    const a = runs.find((other) => other.setup === 'a' && other.page === run.page);
    if (!a || a.requestsPerSecond <= 0) return run;
    return { ...run, throughputVsA: run.requestsPerSecond / a.requestsPerSecond, cpuPerRequestVsA: a.serverCpuMsPerRequest > 0 ? run.serverCpuMsPerRequest / a.serverCpuMsPerRequest : Number.NaN };
  });
}

export interface ClusterVerdict {
  readonly met: boolean;
  readonly misses: readonly string[];
}

/** Through the front cache (set-up c): p99 under the target and every request a 2xx. */
export function judgeCluster(runs: readonly ClusterRun[]): ClusterVerdict {
  const cached = runs.filter((run) => run.setup === 'c');
  if (cached.length === 0) return { met: false, misses: ['set-up c (the front cache) was not measured'] };
  const misses = cached.flatMap((run) => [
    ...(run.p99Ms >= P99_TARGET_MS ? [`${run.page}: p99 ${run.p99Ms} ms ≥ ${P99_TARGET_MS} ms`] : []),
    ...(run.errors + run.non2xx > 0 ? [`${run.page}: ${run.errors} errors, ${run.non2xx} non-2xx`] : []),
  ]);
  return { met: misses.length === 0, misses };
}

/** `2.31×`, or a dash for set-up a itself and figures not measured. */
export function ratio(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '-' : `${value.toFixed(2)}×`;
}
