import { env } from '../env';
import { redisGate, type RedisGate } from '../cluster/redis';
import { SIGNATURE_WINDOW_SECONDS } from './signature';

/**
 * Signatures already used, so each signed request works once. The signed
 * text is `<timestamp>.<body>` (the wire format), which names neither
 * the method nor the slug: without this, anyone who saw one signed DELETE in
 * a log could replay it against any other story for five minutes. A
 * signature older than the window is refused by its timestamp anyway, so
 * entries are dropped after it and the set stays small.
 */
export interface ReplayGuard {
  /** True the first time `signature` is offered within the window, false after. */
  firstUse(signature: string, nowMs: number): Promise<boolean>;
}

/** How long a used signature is remembered: both sides of the window, so clock skew cannot reopen it. */
const REMEMBER_MS = 2 * SIGNATURE_WINDOW_SECONDS * 1000;

/** For one server: a map in memory. */
export class MemoryReplayGuard implements ReplayGuard {
  private readonly seen = new Map<string, number>();

  async firstUse(signature: string, nowMs: number): Promise<boolean> {
    this.prune(nowMs);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, nowMs + REMEMBER_MS);
    return true;
  }

  private prune(nowMs: number): void {
    for (const [signature, expires] of this.seen) {
      if (expires > nowMs) break;
      this.seen.delete(signature);
    }
  }
}

/**
 * For a cluster: one key per signature in Redis, set only if absent and
 * expiring with the window, so a request replayed to another server behind
 * the load balancer is refused too. Throws RedisUnavailableError when Redis
 * is down (the API answers 503: better than accepting a replay).
 */
export class RedisReplayGuard implements ReplayGuard {
  constructor(
    private readonly gate: RedisGate,
    private readonly prefix: string,
  ) {}

  async firstUse(signature: string): Promise<boolean> {
    const stored = await this.gate.run((client) => client.set(`${this.prefix}replay:${signature}`, '1', { condition: 'NX', expiration: { type: 'PX', value: REMEMBER_MS } }));
    return stored === 'OK';
  }
}

const key = Symbol.for('lede.replayGuard');
type Holder = typeof globalThis & { [key]?: ReplayGuard };

/** The guard of this server process: shared through Redis when the server is part of a cluster. */
export function replayGuard(): ReplayGuard {
  const holder = globalThis as Holder;
  const { redisUrl, redisPrefix } = env();
  holder[key] ??= redisUrl ? new RedisReplayGuard(redisGate(redisUrl), redisPrefix) : new MemoryReplayGuard();
  return holder[key];
}
