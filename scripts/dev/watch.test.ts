import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Debouncer, SerialQueue, slugOfFileName, watchArticles, type Timers } from './watch';

describe('slugOfFileName', () => {
  it('takes the slug from an article file name', () => {
    expect(slugOfFileName('nato-allies-begin-afghanistan-withdrawal.mdx')).toBe('nato-allies-begin-afghanistan-withdrawal');
  });

  it('keeps a name that is not a valid slug, so the publish reports it as content:check does', () => {
    expect(slugOfFileName('Nato Allies.mdx')).toBe('Nato Allies');
  });

  it.each([
    ['another extension', 'notes.md'],
    ['a backup', 'story.mdx~'],
    ['vim swap file', '.story.mdx.swp'],
    ['vim write test', '4913'],
    ['emacs lock', '.#story.mdx'],
    ['emacs autosave', '#story.mdx#'],
    ['a hidden file', '.story.mdx'],
    ['an atomic writer temp', 'story.mdx.tmp.1234'],
    ['JetBrains safe write', 'story.mdx___jb_tmp___'],
    ['the journal temp file', '.tmp-123-abc'],
    ['no name at all', '.mdx'],
    ['a path', 'sub/story.mdx'],
  ])('ignores %s (%s)', (_what, name) => {
    expect(slugOfFileName(name)).toBeUndefined();
  });
});

/** Timers driven by hand: `advance` runs what is due, in order */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => {
      due.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue;
      due.delete(id);
      timer.run();
    }
  };
  return { timers, advance, pending: () => due.size };
}

describe('Debouncer', () => {
  it('fires once, a delay after the last touch of a burst', () => {
    const { timers, advance } = manualTimers();
    const fired: string[] = [];
    const debouncer = new Debouncer<string>(100, (key) => fired.push(key), timers);
    debouncer.touch('a');
    advance(60);
    debouncer.touch('a');
    advance(60);
    debouncer.touch('a');
    advance(99);
    expect(fired).toEqual([]);
    advance(1);
    expect(fired).toEqual(['a']);
    advance(1000);
    expect(fired).toEqual(['a']);
  });

  it('keeps a timer per key: a busy file does not hold back another', () => {
    const { timers, advance } = manualTimers();
    const fired: string[] = [];
    const debouncer = new Debouncer<string>(100, (key) => fired.push(key), timers);
    debouncer.touch('busy');
    debouncer.touch('quiet');
    advance(50);
    debouncer.touch('busy');
    advance(50);
    expect(fired).toEqual(['quiet']);
    advance(50);
    expect(fired).toEqual(['quiet', 'busy']);
  });

  it('fires again for a touch after it fired', () => {
    const { timers, advance } = manualTimers();
    const fired: string[] = [];
    const debouncer = new Debouncer<string>(100, (key) => fired.push(key), timers);
    debouncer.touch('a');
    advance(100);
    debouncer.touch('a');
    advance(100);
    expect(fired).toEqual(['a', 'a']);
  });

  it('cancel drops what is pending', () => {
    const { timers, advance, pending } = manualTimers();
    const fired: string[] = [];
    const debouncer = new Debouncer<string>(100, (key) => fired.push(key), timers);
    debouncer.touch('a');
    debouncer.touch('b');
    debouncer.cancel();
    expect(pending()).toBe(0);
    advance(200);
    expect(fired).toEqual([]);
  });
});

describe('SerialQueue', () => {
  it('runs one slug at a time, in order, and a slug asked twice while waiting once', async () => {
    const log: string[] = [];
    let active = 0;
    const queue = new SerialQueue(
      async (slug) => {
        active += 1;
        expect(active).toBe(1);
        log.push(`start ${slug}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${slug}`);
        active -= 1;
      },
      () => undefined,
    );
    queue.push('a');
    queue.push('b');
    queue.push('b');
    await queue.idle();
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('runs a slug again when it is asked for while it runs', async () => {
    const runs: string[] = [];
    const queue = new SerialQueue(
      async (slug) => {
        runs.push(slug);
        if (runs.length === 1) queue.push('a');
      },
      () => undefined,
    );
    queue.push('a');
    await queue.idle();
    await queue.idle();
    expect(runs).toEqual(['a', 'a']);
  });

  it('reports a failed run and carries on', async () => {
    const failures: string[] = [];
    const done: string[] = [];
    const queue = new SerialQueue(
      async (slug) => {
        if (slug === 'bad') throw new Error('disk full');
        done.push(slug);
      },
      (error, slug) => failures.push(`${slug}: ${(error as Error).message}`),
    );
    queue.push('bad');
    queue.push('good');
    await queue.idle();
    expect(failures).toEqual(['bad: disk full']);
    expect(done).toEqual(['good']);
  });
});

describe('watchArticles', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports a saved article written in place or renamed over, and nothing for other files', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lede-watch-'));
    const folder = dir;
    const seen: string[] = [];
    const watcher = watchArticles(folder, (slug) => seen.push(slug), { delayMs: 50 });
    // Polls rather than sleeping a fixed time: on a loaded machine events can arrive late.
    const reported = async (count: number) => {
      for (let waited = 0; seen.length < count && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    try {
      // In place, in three writes, as some editors do (Debouncer's tests pin down that a burst fires once)
      await writeFile(path.join(folder, 'story.mdx'), '---\n');
      await writeFile(path.join(folder, 'story.mdx'), '---\ntitle: x\n');
      await writeFile(path.join(folder, 'story.mdx'), '---\ntitle: x\n---\n');
      await reported(1);
      const afterInPlace = seen.length;
      expect(afterInPlace).toBeGreaterThanOrEqual(1);
      // Through a temp file renamed over the article, as vim and atomic writers do, beside files that are no articles
      await writeFile(path.join(folder, '.story.mdx.swp'), 'swap');
      await writeFile(path.join(folder, 'story.mdx.tmp.99'), 'new');
      await writeFile(path.join(folder, 'notes.txt'), 'not an article');
      await rename(path.join(folder, 'story.mdx.tmp.99'), path.join(folder, 'story.mdx'));
      await reported(afterInPlace + 1);
      expect(seen.length).toBeGreaterThan(afterInPlace);
      expect(new Set(seen)).toEqual(new Set(['story']));
    } finally {
      watcher.close();
    }
  });
});
