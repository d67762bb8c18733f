/**
 * Checks `npm run dev` end to end and measures how long a save takes to show:
 * runs scripts/dev.ts in a scratch copy of the project (scripts/scratch-copy.ts)
 * with a copy of the articles, edits them the ways editors do, and polls the
 * dev server until each change is visible. Prints the timings and fails when
 * any change takes longer than the issue allows (2 s) or does not show.
 *
 *   npm run test:dev                 port 3711, 5 edits
 *   npm run test:dev -- --port 3712 --rounds 10
 *
 * Not part of `npm test`: a dev server's first compile alone takes tens of
 * seconds on two cores. Nothing in this project's own tree is touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeScratchCopy } from '../scratch-copy';

const LIMIT_MS = 2000;
const SLUG = 'ingenuity-first-flight-mars';
const SECTION = 'science';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number`);
  return value;
}

interface Page {
  readonly status: number;
  readonly html: string;
}

async function get(origin: string, pathname: string): Promise<Page> {
  try {
    const response = await fetch(`${origin}${pathname}`, { redirect: 'manual' });
    return { status: response.status, html: await response.text() };
  } catch {
    return { status: 0, html: '' };
  }
}

/** Milliseconds from now until `pathname` answers as `ready` says, polling back to back; throws after `timeoutMs`. */
async function until(origin: string, pathname: string, ready: (page: Page) => boolean, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const page = await get(origin, pathname);
    const elapsed = performance.now() - started;
    if (ready(page)) return elapsed;
    if (elapsed > timeoutMs) throw new Error(`${pathname} did not change within ${timeoutMs} ms (last answer ${page.status})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const headline = (page: Page) => /<h1[^>]*>([^<]*)<\/h1>/.exec(page.html)?.[1];
const hasAlert = (page: Page) => page.html.includes('role="alert"');

async function main(): Promise<void> {
  const port = flag('--port', 3711);
  const rounds = flag('--rounds', 5);
  const root = process.cwd();
  const origin = `http://127.0.0.1:${port}`;

  // The articles are copied, not linked: edits in place must not reach this project's own files.
  const content = mkdtempSync(path.join(os.tmpdir(), 'lede-dev-check-content-'));
  cpSync(path.join(root, 'content', 'articles'), path.join(content, 'articles'), { recursive: true });
  const copy = makeScratchCopy({ contentDir: content });
  const articles = path.join(copy.dir, 'content', 'articles');
  const file = (slug: string) => path.join(articles, `${slug}.mdx`);
  const original = readFileSync(file(SLUG), 'utf8');
  let output = '';

  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  // Its own process group, so a failed check can stop the whole tree it started, and nothing else.
  const dev: ChildProcess = spawn(process.execPath, [tsx, path.join(root, 'scripts', 'dev.ts'), '-p', String(port)], {
    cwd: copy.dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.argv.includes('--verbose')) process.stderr.write(chunk);
  };
  dev.stdout?.on('data', collect);
  dev.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => dev.once('exit', (code) => resolve(code)));
  const cleanUp = () => {
    // The whole group this check started, even after its leader exited: nothing of it may outlive the check.
    if (dev.pid !== undefined) {
      try {
        process.kill(-dev.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // Retried: the dev server's last cache writes can still land in .next/ as it exits.
    rmSync(copy.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    rmSync(content, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  /** Waits for dev.ts to print a line about a change after `mark`: its commit is on disk by then */
  const logged = async (mark: number, timeoutMs: number): Promise<boolean> => {
    const started = performance.now();
    while (!/^content: |^\d+ content errors? in /m.test(output.slice(mark))) {
      if (performance.now() - started > timeoutMs) return false;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return true;
  };

  const timings: { readonly what: string; readonly ms: number }[] = [];
  /**
   * Saves, then asks once, as soon as dev.ts says the change is committed: the time a reader reloading at
   * that moment waits. Polling back to back instead keeps both shared cores rendering (slowing the watcher
   * too) and adds up to one render of slack. When that one answer is not the new one, or nothing is printed
   * (deleting a file that never showed), it polls, and the time includes the polling.
   */
  const measure = async (what: string, change: () => void, pathname: string, ready: (page: Page) => boolean, options: { readonly printed?: boolean } = {}) => {
    const mark = output.length;
    const started = performance.now();
    change();
    let committedAt: number | undefined;
    if (options.printed !== false && (await logged(mark, 10_000))) committedAt = performance.now() - started;
    const once = committedAt === undefined ? undefined : await get(origin, pathname);
    if (once === undefined || !ready(once)) await until(origin, pathname, ready);
    const ms = performance.now() - started;
    timings.push({ what, ms });
    const detail = committedAt === undefined ? 'polled' : `committed at ${committedAt.toFixed(0)} ms${once && ready(once) ? '' : ', then polled'}`;
    console.log(`${what.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms  (${detail})`);
  };
  const article = `/${SECTION}/${SLUG}`;

  try {
    const start = performance.now();
    await until(origin, article, (page) => page.status === 200, 240_000);
    console.log(`dev server up and the article compiled in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    // What one render of the article costs right now, with nothing changed: the floor under every timing below
    // (React's development build, and whatever else shares the cores).
    const renders: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const begun = performance.now();
      await get(origin, article);
      renders.push(performance.now() - begun);
    }
    renders.sort((a, b) => a - b);
    console.log(`one render of the unchanged article: median ${(renders[2] ?? 0).toFixed(0)} ms (load average ${os.loadavg()[0]?.toFixed(1)})`);
    for (let round = 1; round <= rounds; round += 1) {
      const title = `Ingenuity edit number ${round}`;
      const text = original.replace(/^title: .*$/m, `title: ${title}`);
      const inPlace = round % 2 === 1;
      await measure(
        `edit the title (${inPlace ? 'written in place' : 'temp file renamed over'})`,
        () => {
          if (inPlace) writeFileSync(file(SLUG), text);
          else {
            writeFileSync(`${file(SLUG)}.tmp-${round}`, text);
            renameSync(`${file(SLUG)}.tmp-${round}`, file(SLUG));
          }
        },
        article,
        (page) => headline(page) === title,
      );
    }

    // next dev compiles a route on its first visit, which takes seconds: a throwaway story is added, broken and
    // deleted once, so the 404 and 410 pages are compiled and the timings after are what a session feels like.
    const warmUp = `/${SECTION}/dev-check-warm-up`;
    const firstVisit = performance.now();
    writeFileSync(file('dev-check-warm-up'), original);
    await until(origin, warmUp, (page) => page.status === 200, 60_000);
    writeFileSync(file('dev-check-warm-up'), original.replace(/^section: science$/m, 'section: weather'));
    await until(origin, `/${SECTION}/no-such-story`, (page) => page.status === 404 && hasAlert(page), 60_000);
    rmSync(file('dev-check-warm-up'));
    await until(origin, warmUp, (page) => page.status === 410, 60_000);
    console.log(`first add, error and delete of the session (next dev compiling the 404 and 410 pages): ${((performance.now() - firstVisit) / 1000).toFixed(1)} s`);

    await measure('an error shows on the page', () => writeFileSync(file(SLUG), original.replace(/^section: science$/m, 'section: weather')), article, (page) => hasAlert(page) && page.html.includes('found &quot;weather&quot;'));
    const line = original.split('\n').indexOf('section: science') + 1;
    const terminal = `content/articles/${SLUG}.mdx:${line} section: expected one of the sections: world, economy, climate, science, culture, sport, found "weather"`;
    if (!output.includes(terminal)) throw new Error(`the terminal did not show: ${terminal}`);
    await measure('fixed: the error goes', () => writeFileSync(file(SLUG), original), article, (page) => !hasAlert(page) && headline(page) === 'Ingenuity makes the first powered flight on another planet');

    const fresh = original.replace(/^title: .*$/m, 'title: A story written during the session');
    await measure('a new file shows at its address', () => writeFileSync(file('dev-check-new-story'), fresh), `/${SECTION}/dev-check-new-story`, (page) => page.status === 200 && headline(page) === 'A story written during the session');
    await measure('a new invalid file: 404 with its errors', () => writeFileSync(file('dev-check-bad-story'), original.replace(/^section: science$/m, 'section: weather')), `/${SECTION}/dev-check-bad-story`, (page) => page.status === 404 && hasAlert(page) && page.html.includes('dev-check-bad-story.mdx'));
    await measure('a deleted file answers 410', () => rmSync(file('dev-check-new-story')), `/${SECTION}/dev-check-new-story`, (page) => page.status === 410);
    await measure('a deleted invalid file: its errors go', () => rmSync(file('dev-check-bad-story')), `/${SECTION}/dev-check-bad-story`, (page) => page.status === 404 && !hasAlert(page), { printed: false });
    await measure('a draft stays visible', () => writeFileSync(file(SLUG), original.replace(/^title: .*$/m, 'title: Now a draft').replace(/^section: science$/m, 'section: science\ndraft: true')), article, (page) => headline(page) === 'Now a draft');

    const liveRecords = path.join(copy.dir, '.lede', 'live', 'records');
    if (existsSync(liveRecords) && readdirSync(liveRecords).length > 0) throw new Error('dev edits reached the real live records in .lede/live');

    // SIGTERM to the top process only: dev.ts must pass it on and take next dev down with it.
    if (dev.pid !== undefined) process.kill(dev.pid, 'SIGTERM');
    const code = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000))]);
    if (code === 'hung') throw new Error('npm run dev did not stop within 15 s of SIGTERM');
    const after = await get(origin, '/');
    if (after.status !== 0) throw new Error('the dev server still answers after npm run dev stopped');
    console.log(`stopped on SIGTERM with exit code ${String(code)}; the dev server is gone`);

    const edits = timings.filter((t) => t.what.startsWith('edit')).map((t) => t.ms).sort((a, b) => a - b);
    const median = edits[Math.floor(edits.length / 2)] ?? 0;
    const worst = Math.max(...timings.map((t) => t.ms));
    console.log(`save to visible: median ${median.toFixed(0)} ms over ${edits.length} title edits; slowest change of all ${worst.toFixed(0)} ms (limit ${LIMIT_MS} ms; load average ${os.loadavg()[0]?.toFixed(1)})`);
    if (worst > LIMIT_MS) throw new Error(`a change took ${worst.toFixed(0)} ms to show, over ${LIMIT_MS} ms`);
  } catch (error) {
    console.error(output.split('\n').slice(-40).join('\n'));
    throw error;
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
