/**
 * Builds synthetic archives of the requested sizes exactly as `npm run
 * build` does (content:build, then next build), each in its own instance
 * (`LEDE_INSTANCE=bench-<n>`: `.lede/bench-<n>`, `.next-bench-<n>`), and
 * records wall time and the peak memory of each phase's process tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchCorpus, writeBenchImages } from '../../fixtures/corpus/write-corpus';
import { prerenderCount } from '../../lib/content/prerender';
import { commands, forgetBenchTypes, mustSucceed, root, timed, type Timed } from './run';

export interface BuildResult {
  readonly articles: number;
  /** Published (drafts and future stories left out by the content build) */
  readonly published: number;
  readonly prerendered: number;
  readonly instance: string;
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

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

/** Each benchmark build has its own compile cache, so its first content build is cold. */
export function compileCacheDir(instance: string): string {
  return path.join(root, '.lede', `cache-${instance}`);
}

export async function cleanInstance(instance: string): Promise<void> {
  await rm(path.join(root, `.next-${instance}`), { recursive: true, force: true });
  await rm(path.join(root, '.lede', instance), { recursive: true, force: true });
  await rm(compileCacheDir(instance), { recursive: true, force: true });
}

export interface BuildOptions {
  readonly size: number;
  readonly instance: string;
  readonly port: number;
  readonly prerender?: number;
  /** Reuse an archive already written by an earlier step */
  readonly reuseCorpus?: boolean;
  /** Keep the content index an earlier run built (`--reuse-index`): only next build is timed */
  readonly reuseIndex?: boolean;
}

export async function buildArchive(options: BuildOptions): Promise<BuildResult> {
  const { size, instance } = options;
  const contentDir = corpusDir(size);
  const t0 = performance.now();
  const indexFile = path.join(root, '.lede', instance, 'index.json');
  const reuseIndex = options.reuseIndex === true && existsSync(indexFile);
  if (!reuseIndex && (!options.reuseCorpus || !existsSync(path.join(contentDir, 'articles')))) {
    const images = await writeBenchImages(path.join(root, 'public'));
    await writeBenchCorpus(contentDir, size, images);
  }
  const generateMs = performance.now() - t0;
  if (reuseIndex) await rm(path.join(root, `.next-${instance}`), { recursive: true, force: true });
  else await cleanInstance(instance);

  const env: Record<string, string> = {
    LEDE_INSTANCE: instance,
    LEDE_CONTENT_DIR: contentDir,
    LEDE_COMPILE_CACHE_DIR: compileCacheDir(instance),
    SITE_URL: `http://localhost:${options.port}`,
    ...(options.prerender !== undefined ? { LEDE_PRERENDER_COUNT: String(options.prerender) } : {}),
  };
  const [contentCmd, contentArgs] = commands.contentBuild();
  const skipped: Timed = { wallMs: Number.NaN, peakRssBytes: 0, exitCode: 0, logFile: '' };
  const content: Timed = reuseIndex ? skipped : await mustSucceed(timed(`build-${size}-content`, contentCmd, contentArgs, env), `content:build of ${size} articles`);
  const [nextCmd, nextArgs] = commands.nextBuild();
  const next: Timed = await mustSucceed(timed(`build-${size}-next`, nextCmd, nextArgs, env), `next build of ${size} articles`).finally(forgetBenchTypes);
  const warm: Timed = reuseIndex ? skipped : await mustSucceed(timed(`build-${size}-content-warm`, contentCmd, contentArgs, env), `second content:build of ${size} articles`);

  const published = (JSON.parse(readFileSync(indexFile, 'utf8')) as { articles: unknown[] }).articles.length;
  const totalMs = (reuseIndex ? 0 : content.wallMs) + next.wallMs;
  return {
    articles: size,
    published,
    prerendered: Math.min(published, options.prerender ?? prerenderCount()),
    instance,
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
    distDirBytes: dirBytes(path.join(root, `.next-${instance}`)),
  };
}
