/**
 * `npm run dev`: builds the content index with drafts, starts `next dev`, and
 * shows an edited article without a restart.
 *
 *   npm run dev               http://localhost:3000
 *   npm run dev -- -p 3710    every argument goes to next dev
 *
 * Next watches code, not content: articles are data read from the index at
 * run time (lib/content/live/store.ts). So this process watches
 * `content/articles/` itself and publishes each saved file into a journal of
 * the dev server's own, `.lede/dev-live` (emptied at every start; the server
 * gets it as LEDE_LIVE_DIR), through the same store and validation as the
 * publishing API. The server notices the journal's new generation on its
 * next request. The real live records in `.lede/live` are never written.
 * Errors are printed here in content:check's words and written to
 * `.lede/dev-live/errors.json`, which the article and 404 pages show in
 * development only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { defaultIndexDir } from '../lib/content/index-file';
import { DevErrors } from '../lib/content/live/dev-errors';
import { Journal } from '../lib/content/live/journal';
import { DiskContentStore } from '../lib/content/live/store';
import { defaultContentDir } from '../lib/content/load';
import { recheckAfter, syncArticle } from './dev/sync';
import { SerialQueue, slugOfFileName, watchArticles } from './dev/watch';

/** The dev server's journal: relative to the project, so two checkouts never share one */
const DEV_LIVE_DIR = path.join('.lede', 'dev-live');

function exitCode(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1;
}

/** The slug of the most recently modified article file */
function newestArticle(dir: string): string | undefined {
  let newest: { slug: string; mtimeMs: number } | undefined;
  for (const name of readdirSync(dir)) {
    const slug = slugOfFileName(name);
    if (slug === undefined) continue;
    const { mtimeMs } = statSync(path.join(dir, name));
    if (!newest || mtimeMs > newest.mtimeMs) newest = { slug, mtimeMs };
  }
  return newest?.slug;
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(exitCode(code, signal))));
}

async function main(): Promise<void> {
  const root = process.cwd();
  const devLive = path.resolve(root, DEV_LIVE_DIR);
  const articlesDir = path.join(defaultContentDir(), 'articles');
  let child: ChildProcess | undefined;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      // A terminal's Ctrl-C reaches the whole group anyway; `kill <this pid>` reaches only us, so pass it on.
      if (child && child.exitCode === null) child.kill(signal);
    });
  }

  rmSync(devLive, { recursive: true, force: true });
  const errors = new DevErrors(devLive);
  const journal = new Journal(devLive);

  // Watching starts before the build, so a save during it is not missed; syncs wait for the store.
  let resolveStore: (store: DiskContentStore) => void = () => undefined;
  const storeReady = new Promise<DiskContentStore>((resolve) => (resolveStore = resolve));
  const queue = new SerialQueue(
    async (slug) => {
      const store = await storeReady;
      const outcome = await syncArticle(slug, {
        store,
        errors,
        articlesDir,
        out: (text) => console.log(text),
        err: (text) => console.error(text),
      });
      for (const other of recheckAfter(slug, outcome, errors.slugs())) queue.push(other);
    },
    (error, slug) => console.error(`content: could not update ${slug}:`, error),
  );
  const watcher = watchArticles(articlesDir, (slug) => queue.push(slug), {
    onError: (error) => console.error(`content: watching ${articlesDir} failed, restart npm run dev to see edits:`, error),
  });

  // The same build the old `predev` ran; it folds in the real live records as a production build would.
  child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'content-build.ts'), '--drafts'], { stdio: 'inherit' });
  const built = await finished(child);
  if (stopping || built !== 0) {
    watcher.close();
    if (!stopping) console.error('npm run dev: the content build failed; fix the errors above and start again.');
    process.exit(built === 0 ? 130 : built);
  }
  resolveStore(new DiskContentStore({ indexDir: defaultIndexDir(), journal, includeDrafts: true }));
  // The first validation in a process is several times slower than the next (module set-up, JIT): sync the
  // newest article now, as if saved, so the editor's first real save does not pay for it. It is unchanged
  // unless edited during the build, and then this sync is what it needs anyway.
  const newest = newestArticle(articlesDir);
  if (newest) queue.push(newest);

  // Next's own CLI, run by this Node: no PATH or npx needed.
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  child = spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, LEDE_LIVE_DIR: devLive },
  });
  const code = await finished(child);
  watcher.close();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
