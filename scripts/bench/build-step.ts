/**
 * Builds synthetic archives of the requested sizes exactly as `npm run
 * build` does (content:build, then next build), each in its own scratch copy
 * of the project ($TMPDIR/lede-bench/copy-<name>-<checkout>, scripts/scratch-copy.ts),
 * and records wall time and the peak memory of each phase's process tree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchCorpus, writeBenchImages } from '../../fixtures/corpus/write-corpus';
import { prerenderCount } from '../../lib/content/prerender';
import { makeScratchCopy, scratchCommands, type ScratchCopy } from '../scratch-copy';
import { mustSucceed, root, timed, type Timed } from './run';

export interface BuildResult {
  readonly articles: number;
  /** Published (drafts and future stories left out by the content build) */
  readonly published: number;
  readonly prerendered: number;
  /** The build's name: `bench-<size>`, `bench-site`, `bench-archive` */
  readonly name: string;
  readonly generateMs: number;
  /** Cold: nothing in the compile cache */
  readonly contentBuildMs: number;
  readonly contentBuildPeakRssBytes: number;
  /** The same content:build again with the compile cache filled: a rebuild after publishing */
  readonly contentBuildWarmMs: number;
  readonly nextBuildMs: number;
  readonly nextBuildPeakRssBytes: number;
  /** content:build + next build: what `npm run build` costs */
  readonly totalMs: number;
  readonly peakRssBytes: number;
  readonly msPerArticle: number;
  readonly indexJsonBytes: number;
  readonly distDirBytes: number;
}

/**
 * Outside the project: Next's file tracing walks the project folder, and a
 * 100,000-file archive inside it slows every build on the machine.
 */
export function corpusDir(size: number): string {
  return path.join(os.tmpdir(), 'lede-bench', String(size));
}

/**
 * A fixed folder per build name and checkout, so `--keep` leaves it where
 * `--reuse-index` finds it, and benchmarks of two checkouts on one machine
 * do not build into each other's copies.
 */
export function copyDir(name: string): string {
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 8);
  return path.join(os.tmpdir(), 'lede-bench', `copy-${name}-${checkout}`);
}

export function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

export async function removeCopy(name: string): Promise<void> {
  await rm(copyDir(name), { recursive: true, force: true });
}

export interface BuildOptions {
  readonly size: number;
  readonly name: string;
  readonly port: number;
  readonly prerender?: number;
  /** Reuse an archive already written by an earlier step */
  readonly reuseCorpus?: boolean;
  /** Keep the content index an earlier run built (`--reuse-index`, after `--keep`): only next build is timed */
  readonly reuseIndex?: boolean;
}

const skipped: Timed = { wallMs: Number.NaN, peakRssBytes: 0, exitCode: 0, logFile: '' };

/** What `npm run build` does, in the copy: content:build (unless its index is reused), then next build. */
export async function buildInCopy(copy: ScratchCopy, name: string, env: Readonly<Record<string, string>>, reuseIndex = false): Promise<{ content: Timed; next: Timed }> {
  const commands = scratchCommands(copy);
  const content = reuseIndex ? skipped : await mustSucceed(timed(`${name}-content`, copy.dir, commands.contentBuild(), env), `content:build of ${name}`);
  const next = await mustSucceed(timed(`${name}-next`, copy.dir, commands.nextBuild(), env), `next build of ${name}`);
  return { content, next };
}

export async function buildArchive(options: BuildOptions): Promise<{ result: BuildResult; copy: ScratchCopy }> {
  const { size, name } = options;
  const contentDir = corpusDir(size);
  const t0 = performance.now();
  const reuseIndex = options.reuseIndex === true && existsSync(path.join(copyDir(name), '.lede', 'site', 'index.json'));
  const haveCorpus = existsSync(path.join(contentDir, 'articles'));
  // next/image optimises only files under public/: the pictures go in the archive's public/, which the copy links in.
  const publicDir = path.join(contentDir, 'public');
  if (!haveCorpus || (!reuseIndex && !options.reuseCorpus)) await writeBenchCorpus(contentDir, size, await writeBenchImages(publicDir));
  const generateMs = performance.now() - t0;
  const copy = makeScratchCopy({ contentDir, dir: copyDir(name), keepIndex: reuseIndex });

  const env: Record<string, string> = {
    SITE_URL: `http://localhost:${options.port}`,
    ...(options.prerender !== undefined ? { LEDE_PRERENDER_COUNT: String(options.prerender) } : {}),
  };
  const { content, next } = await buildInCopy(copy, `build-${name}`, env, reuseIndex);
  const warm = reuseIndex
    ? skipped
    : await mustSucceed(timed(`build-${name}-content-warm`, copy.dir, scratchCommands(copy).contentBuild(), env), `second content:build of ${name}`);

  const indexFile = path.join(copy.indexDir, 'index.json');
  const published = (JSON.parse(readFileSync(indexFile, 'utf8')) as { articles: unknown[] }).articles.length;
  const totalMs = (reuseIndex ? 0 : content.wallMs) + next.wallMs;
  const result: BuildResult = {
    articles: size,
    published,
    prerendered: Math.min(published, options.prerender ?? prerenderCount()),
    name,
    generateMs,
    contentBuildMs: content.wallMs,
    contentBuildPeakRssBytes: content.peakRssBytes,
    contentBuildWarmMs: warm.wallMs,
    nextBuildMs: next.wallMs,
    nextBuildPeakRssBytes: next.peakRssBytes,
    totalMs,
    peakRssBytes: Math.max(content.peakRssBytes, next.peakRssBytes),
    msPerArticle: totalMs / size,
    indexJsonBytes: statSync(indexFile).size,
    distDirBytes: dirBytes(copy.distDir),
  };
  return { result, copy };
}
