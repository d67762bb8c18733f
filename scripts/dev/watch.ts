import { watch, type FSWatcher } from 'node:fs';

/**
 * Which saves in `content/articles/` name an article, and when to act on
 * them. Editors save in bursts: vim and many others write a temp file and
 * rename it over the article (a `rename` event, often two), others truncate
 * and write (one or more `change` events), and a `git checkout` touches
 * dozens of files at once. Every event only marks its slug; the slug is
 * synced once it has been quiet for the debounce delay, and then the file on
 * disk decides what happened (there: published; gone: removed).
 */

/** Long enough to swallow one save's burst of events, short enough not to be felt */
export const DEBOUNCE_MS = 100;

/**
 * The slug a name in the articles folder stands for, or undefined for
 * anything that is not an article: other extensions, and the dot-files and
 * `#…#` files editors and tools keep beside the real one (vim's `.x.mdx.swp`,
 * emacs' `.#x.mdx` lock and `#x.mdx#` autosave, the journal's own `.tmp-…`).
 * A name that is not a valid slug (`Nato.mdx`) still counts: the publish
 * reports it with content:check's words.
 */
export function slugOfFileName(name: string): string | undefined {
  if (!name.endsWith('.mdx') || name.startsWith('.') || name.startsWith('#') || name.includes('/') || name.includes('\\')) return undefined;
  const slug = name.slice(0, -'.mdx'.length);
  return slug === '' ? undefined : slug;
}

/** The timer calls a debouncer makes, so tests can drive time by hand */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Calls `fire(key)` once a key has had no `touch` for `delayMs`; each key has its own timer. */
export class Debouncer<K> {
  private readonly pending = new Map<K, unknown>();

  constructor(
    private readonly delayMs: number,
    private readonly fire: (key: K) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  touch(key: K): void {
    const previous = this.pending.get(key);
    if (previous !== undefined) this.timers.clearTimeout(previous);
    this.pending.set(
      key,
      this.timers.setTimeout(() => {
        this.pending.delete(key);
        this.fire(key);
      }, this.delayMs),
    );
  }

  /** Drops every pending key without firing it */
  cancel(): void {
    for (const handle of this.pending.values()) this.timers.clearTimeout(handle);
    this.pending.clear();
  }
}

/**
 * Runs `work` for one slug at a time, in the order asked. A slug asked for
 * again while it waits runs once; asked for while it runs, it runs again
 * afterwards, so the last save is always the one that counts.
 */
export class SerialQueue {
  private readonly waiting = new Set<string>();
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly work: (slug: string) => Promise<void>,
    /** A failed run is reported here and the queue carries on: one bad save must not stop the watcher */
    private readonly onError: (error: unknown, slug: string) => void,
  ) {}

  push(slug: string): void {
    if (this.waiting.has(slug)) return;
    this.waiting.add(slug);
    this.tail = this.tail.then(async () => {
      this.waiting.delete(slug);
      try {
        await this.work(slug);
      } catch (error) {
        this.onError(error, slug);
      }
    });
  }

  /** Resolves once everything asked for so far has run */
  idle(): Promise<void> {
    return this.tail;
  }
}

export interface ArticleWatcher {
  close(): void;
}

/**
 * Watches one folder (not recursively: articles live flat in it) and calls
 * `changed(slug)` a debounce delay after the last event for that article.
 */
export function watchArticles(dir: string, changed: (slug: string) => void, options: { readonly delayMs?: number; readonly onError?: (error: Error) => void } = {}): ArticleWatcher {
  const debouncer = new Debouncer<string>(options.delayMs ?? DEBOUNCE_MS, changed);
  const watcher: FSWatcher = watch(dir, { persistent: true }, (_event, name) => {
    // Linux, macOS and Windows all give the name; the docs allow none, and then there is nothing to go on.
    const slug = name === null ? undefined : slugOfFileName(name.toString());
    if (slug !== undefined) debouncer.touch(slug);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close: () => {
      debouncer.cancel();
      watcher.close();
    },
  };
}
