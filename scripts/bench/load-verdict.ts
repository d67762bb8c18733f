/**
 * What `npm run bench:load` (scripts/bench/load.ts) concludes from its runs:
 * every route must answer every request with a 2xx, and the server's memory
 * must not keep growing once it is warm. Pure, so the thresholds are tested.
 */
import { wholeNumber } from './flags';

/** Memory may grow by less than this fraction between the warm server and the end of the load runs. */
export const MAX_MEMORY_GROWTH = 0.2;

export interface RouteRun {
  readonly name: string;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

export interface LoadVerdict {
  readonly memoryGrowth: number;
  /** Empty when the run passes; otherwise one line per reason */
  readonly failures: readonly string[];
}

export function judgeLoad(runs: readonly RouteRun[], rssWarmBytes: number, rssAfterBytes: number): LoadVerdict {
  const failures: string[] = [];
  for (const run of runs) {
    if (run.requests === 0) failures.push(`${run.name}: no request completed`);
    if (run.errors > 0) failures.push(`${run.name}: ${run.errors} errors`);
    if (run.timeouts > 0) failures.push(`${run.name}: ${run.timeouts} timeouts`);
    if (run.non2xx > 0) failures.push(`${run.name}: ${run.non2xx} non-2xx responses`);
  }
  if (runs.length === 0) failures.push('no route was load-tested');
  const memoryGrowth = rssWarmBytes > 0 ? (rssAfterBytes - rssWarmBytes) / rssWarmBytes : Number.POSITIVE_INFINITY;
  if (!(memoryGrowth < MAX_MEMORY_GROWTH)) {
    failures.push(`server memory grew ${(memoryGrowth * 100).toFixed(1)}% after warm-up (limit ${MAX_MEMORY_GROWTH * 100}%)`);
  }
  return { memoryGrowth, failures };
}

export interface LoadFlags {
  readonly build: boolean;
  /** Leave the scratch copy for a later `--no-build` run */
  readonly keep: boolean;
  readonly port: number;
  readonly connections: number;
  readonly durationS: number;
  readonly warmupS: number;
}

export const LOAD_USAGE = `npm run bench:load [-- options]
  --no-build         serve the build an earlier --keep run left instead of building first
  --keep             leave the scratch copy ($TMPDIR/lede-bench/copy-load-<port>-…) for --no-build
  --port N           port for next start (default 3290)
  --connections N    concurrent connections (default 50)
  --duration S       seconds per route (default 30)
  --warmup S         seconds per route before memory is first read (default 30: a full run)`;

export function parseLoadFlags(argv: readonly string[]): LoadFlags {
  let flags: LoadFlags = { build: true, keep: false, port: 3290, connections: 50, durationS: 30, warmupS: 30 };
  const number = (flag: string, value: string | undefined) => wholeNumber(flag, value, 1);
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    switch (flag) {
      case '--no-build':
        flags = { ...flags, build: false };
        break;
      case '--keep':
        flags = { ...flags, keep: true };
        break;
      case '--port':
        flags = { ...flags, port: number(flag, value) };
        index++;
        break;
      case '--connections':
        flags = { ...flags, connections: number(flag, value) };
        index++;
        break;
      case '--duration':
        flags = { ...flags, durationS: number(flag, value) };
        index++;
        break;
      case '--warmup':
        flags = { ...flags, warmupS: number(flag, value) };
        index++;
        break;
      default:
        throw new Error(`Unknown option ${JSON.stringify(flag)}\n${LOAD_USAGE}`);
    }
  }
  return flags;
}
