/**
 * Builds a folder of articles in a scratch copy of the project
 * (scripts/scratch-copy.ts) and serves it, leaving this project's own build
 * alone. playwright.hostile.config.ts runs it as its web server.
 *
 *   npx tsx scripts/serve-scratch.ts --content fixtures/hostile-content --port 3600 [--dir /tmp/lede-hostile-3600]
 *   npx tsx scripts/serve-scratch.ts --synthetic 240 --port 3200 [--dir /tmp/lede-e2e-archive-3200]
 *
 * `--synthetic N` builds a generated archive of N articles (fixtures/corpus)
 * instead of a folder: the end-to-end suite's paginated fronts.
 * The environment passes through to content:build, next build and next start
 * (SITE_URL, LEDE_NEWS_WINDOW_HOURS, …). The copy is deleted when the server
 * stops: on SIGTERM or SIGINT, or when a build fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchCorpus, writeBenchImages } from '../fixtures/corpus/write-corpus';
import { makeScratchCopy, scratchCommands, type ScratchCopy } from './scratch-copy';

interface ServeFlags {
  /** A folder of articles, or the size of a generated archive */
  readonly content: string | { readonly synthetic: number };
  readonly port: number;
  readonly dir?: string;
}

export function parseServeFlags(argv: readonly string[]): ServeFlags {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const folder = value('--content');
  const synthetic = value('--synthetic');
  const size = Number(synthetic);
  const port = Number(value('--port'));
  const oneSource = (folder === undefined) !== (synthetic === undefined);
  if (!oneSource || (synthetic !== undefined && (!Number.isInteger(size) || size < 1)) || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error('usage: serve-scratch.ts (--content <folder with articles/> | --synthetic <articles>) --port <n> [--dir <scratch folder>]');
  }
  const dir = value('--dir');
  return { content: folder ?? { synthetic: size }, port, ...(dir ? { dir } : {}) };
}

function run(copy: ScratchCopy, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, args, { cwd: copy.dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** The folder to build: the one named, or a generated archive in a temp folder (removed with the copy). */
async function contentFolder(content: ServeFlags['content']): Promise<{ readonly dir: string; readonly generated: boolean }> {
  if (typeof content === 'string') return { dir: content, generated: false };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lede-archive-'));
  await writeBenchCorpus(dir, content.synthetic, await writeBenchImages(path.join(dir, 'public')));
  return { dir, generated: true };
}

/**
 * Deletes folders from a process of its own (its own process group), so the
 * deletion finishes even when whoever stopped this server takes its whole
 * group down moments later, as Playwright and npm do.
 */
function removeDetached(dirs: readonly string[]): void {
  spawn('rm', ['-rf', '--', ...dirs], { detached: true, stdio: 'ignore' }).unref();
}

async function main(): Promise<void> {
  const flags = parseServeFlags(process.argv.slice(2));
  const content = await contentFolder(flags.content);
  const copy = makeScratchCopy({ contentDir: content.dir, ...(flags.dir ? { dir: flags.dir } : {}) });
  const commands = scratchCommands(copy);
  let current: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Only the process this script started, by its handle.
    if (current && current.exitCode === null && current.signalCode === null) {
      const exited = finished(current);
      current.kill('SIGTERM');
      await exited;
    }
    removeDetached([copy.dir, ...(content.generated ? [content.dir] : [])]);
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGINT', () => void stop(0));

  console.log(`serve-scratch: building ${content.dir} in ${copy.dir}`);
  for (const step of [commands.contentBuild(), commands.nextBuild()]) {
    current = run(copy, step);
    const code = await finished(current);
    if (code !== 0) return stop(code);
  }
  current = run(copy, commands.nextStart(flags.port));
  const code = await finished(current);
  await stop(code);
}

if (process.argv[1] && /serve-scratch\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
