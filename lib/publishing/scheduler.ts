import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ContentStore } from '../content/live/store';

/** How often the server looks for a scheduled story that is due: well inside the minute the issue allows. */
export const RELEASE_CHECK_MS = 1000;

const key = Symbol.for('lede.releaseToken');
type Holder = typeof globalThis & { [key]?: string };

/**
 * A secret only this server process knows. The scheduler sends it to
 * /api/schedule on the loopback address, because Next expires cached pages
 * (revalidatePath) only inside a request; nothing outside the process can
 * release a story early with it.
 */
export function releaseToken(): string {
  const holder = globalThis as Holder;
  holder[key] ??= randomBytes(32).toString('hex');
  return holder[key];
}

export function isReleaseToken(candidate: string | null): boolean {
  const expected = Buffer.from(releaseToken());
  const given = Buffer.from(candidate ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface SchedulerOptions {
  readonly store: () => ContentStore;
  /** Asks the server to release what is due (a loopback request) */
  readonly fire: () => Promise<void>;
  readonly intervalMs?: number;
}

/**
 * Checks once a second whether a scheduled story is due and, if so, fires a
 * release: no reader's request is needed for a story to go live on time.
 * Returns a function that stops it.
 */
export function startScheduler(options: SchedulerOptions): () => void {
  let busy = false;
  const tick = () => {
    if (busy) return;
    if (!options.store().due()) return;
    busy = true;
    options
      .fire()
      .catch((error: unknown) => console.error('Scheduled release failed; trying again in a moment:', error))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? RELEASE_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
