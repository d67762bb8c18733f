import { SIGNATURE_WINDOW_SECONDS } from './signature';

/**
 * Signatures already used, so each signed request works once. The signed
 * text is `<timestamp>.<body>` (the wire format), which names neither
 * the method nor the slug: without this, anyone who saw one signed DELETE in
 * a log could replay it against any other story for five minutes. A
 * signature older than the window is refused by its timestamp anyway, so
 * entries are dropped after it and the set stays small.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time `signature` is offered within the window, false after. */
  firstUse(signature: string, nowMs: number): boolean {
    this.prune(nowMs);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, nowMs + 2 * SIGNATURE_WINDOW_SECONDS * 1000);
    return true;
  }

  private prune(nowMs: number): void {
    for (const [signature, expires] of this.seen) {
      if (expires > nowMs) break;
      this.seen.delete(signature);
    }
  }
}

const key = Symbol.for('lede.replayGuard');
type Holder = typeof globalThis & { [key]?: ReplayGuard };

/** The guard of this server process. */
export function replayGuard(): ReplayGuard {
  const holder = globalThis as Holder;
  holder[key] ??= new ReplayGuard();
  return holder[key];
}
