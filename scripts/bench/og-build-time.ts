/**
 * What the share cards add to `next build`: the same project built cold with
 * and without its card routes (every `opengraph-image.*` and `twitter-image.*`
 * under app/), alternating, in scratch copies (scripts/scratch-copy.ts), so
 * the working tree (shared with other builds) is never touched. Used by
 * `npx tsx scripts/bench/og.ts --build-time`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeScratchCopy, scratchCommands, type ScratchCopy } from '../scratch-copy';
import { median } from './stats';

/** Counts CPU time of the whole tree: `next build`'s workers are reaped children. */
const timeBin = '/usr/bin/time';

const isCardRoute = (name: string): boolean => /^(opengraph-image|twitter-image)\.(tsx?|jsx?)$/.test(name);

function cardRoutes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cardRoutes(full);
    return isCardRoute(entry.name) ? [full] : [];
  });
}

function copyProject(withCards: boolean): { copy: ScratchCopy; removed: number } {
  const copy = makeScratchCopy({ contentDir: 'content' });
  const routes = withCards ? [] : cardRoutes(path.join(copy.dir, 'app'));
  for (const file of routes) rmSync(file);
  return { copy, removed: routes.length };
}

interface Run {
  readonly wallMs: number;
  /** User + system CPU of the build and its workers; undefined without /usr/bin/time */
  readonly cpuMs?: number;
}

function run(dir: string, args: readonly string[], log: string): Promise<Run> {
  const cpuFile = `${log}.cpu`;
  const useTime = existsSync(timeBin);
  const [command, commandArgs] = useTime ? [timeBin, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]] : [process.execPath, [...args]];
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: dir, env, stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args.join(' ')} failed in ${dir} (exit ${code})`));
      if (!useTime) return resolve({ wallMs });
      // The last line is "<user s> <system s>".
      const [user = Number.NaN, system = Number.NaN] = (readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      resolve({ wallMs, cpuMs: (user + system) * 1000 });
    });
  });
}

export interface BuildTimeResult {
  readonly runs: number;
  readonly cardRoutes: number;
  readonly withCards: readonly Run[];
  readonly withoutCards: readonly Run[];
  readonly medianWithMs: number;
  readonly medianWithoutMs: number;
  readonly addedWallMs: number;
  readonly addedCpuMs?: number;
}

/** Cold `next build` (its cache deleted each time), alternating with and without cards, `runs` times each. */
export async function measureCardBuildTime(runs: number, onProgress: (line: string) => void = () => undefined): Promise<BuildTimeResult> {
  const results: { with: Run[]; without: Run[] } = { with: [], without: [] };
  const withCards = copyProject(true);
  const withoutCards = copyProject(false);
  try {
    for (const { copy } of [withCards, withoutCards]) await run(copy.dir, scratchCommands(copy).contentBuild(), path.join(copy.dir, 'content-build.log'));
    for (let i = 0; i < runs; i += 1) {
      for (const [label, { copy }, list] of [['with', withCards, results.with], ['without', withoutCards, results.without]] as const) {
        rmSync(copy.distDir, { recursive: true, force: true });
        const result = await run(copy.dir, scratchCommands(copy).nextBuild(), path.join(copy.dir, `build-${i}`));
        list.push(result);
        onProgress(`  next build ${label} cards, run ${i + 1}/${runs}: ${(result.wallMs / 1000).toFixed(1)} s wall${result.cpuMs === undefined ? '' : `, ${(result.cpuMs / 1000).toFixed(1)} s CPU`}`);
      }
    }
  } finally {
    // The copies are several hundred MB with their build output; nothing in them is needed afterwards.
    withCards.copy.remove();
    withoutCards.copy.remove();
  }
  const cpu = (list: readonly Run[]): number[] => list.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  const medianWithMs = median(results.with.map((r) => r.wallMs));
  const medianWithoutMs = median(results.without.map((r) => r.wallMs));
  const cpuWith = cpu(results.with);
  const cpuWithout = cpu(results.without);
  return {
    runs,
    cardRoutes: withoutCards.removed,
    withCards: results.with,
    withoutCards: results.without,
    medianWithMs,
    medianWithoutMs,
    addedWallMs: medianWithMs - medianWithoutMs,
    ...(cpuWith.length === runs && cpuWithout.length === runs ? { addedCpuMs: median(cpuWith) - median(cpuWithout) } : {}),
  };
}
