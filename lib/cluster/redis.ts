import { createClient } from '@redis/client';


/** Longest a reader's request waits on Redis before the server carries on without it. */
export const REDIS_COMMAND_TIMEOUT_MS = 500;
/** After a failure, how long the server stops asking, so an outage costs each request nothing. */
export const REDIS_BACKOFF_MS = 1000;

/** What Redis being out of reach looks like to a caller: publishing turns it into a 503. */
export class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`Redis at ${url} cannot be reached (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
    this.name = 'RedisUnavailableError';
  }
}

/**
 * By name, not instanceof: Next bundles this file into each route and into
 * instrumentation.ts, and the connection (kept on globalThis) throws the class
 * of whichever bundle made it first.
 */
export function isRedisUnavailable(error: unknown): error is RedisUnavailableError {
  return error instanceof Error && error.name === 'RedisUnavailableError';
}

/**
 * A connection that fails fast: commands are refused while it is down
 * rather than queued (a reader's page must not wait for Redis to return),
 * each command gives up after REDIS_COMMAND_TIMEOUT_MS, and it reconnects on
 * its own for as long as the server runs.
 */
export function connectRedis(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: REDIS_COMMAND_TIMEOUT_MS, rejectInFlight: true },
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
  });
  let lastReport = 0;
  client.on('error', (error: unknown) => {
    // Every reconnect attempt errors; one line every ten seconds says enough.
    if (Date.now() - lastReport < 10_000) return;
    lastReport = Date.now();
    console.error(`Redis at ${url}: ${error instanceof Error ? error.message : String(error)} (retrying)`);
  });
  client.connect().catch(() => undefined);
  return client;
}

export type RedisConnection = ReturnType<typeof connectRedis>;

/**
 * Calls Redis unless it failed less than REDIS_BACKOFF_MS ago: the wrapper
 * every caller goes through, so an outage is noticed once and then skipped.
 */
export class RedisGate {
  private downUntil = 0;

  constructor(
    readonly url: string,
    readonly client: RedisConnection,
  ) {}

  /** Waits up to `ms` for the first connection; false if Redis did not answer by then. */
  async waitUntilReady(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.client.isReady && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return this.client.isReady;
  }

  /** Runs `work`, or throws RedisUnavailableError without trying while Redis is known to be down. */
  async run<T>(work: (client: RedisConnection) => Promise<T>): Promise<T> {
    if (Date.now() < this.downUntil || !this.client.isReady) {
      throw new RedisUnavailableError(this.url, new Error(this.client.isReady ? 'failed a moment ago' : 'not connected'));
    }
    try {
      return await work(this.client);
    } catch (error) {
      if (isConnectionError(error)) {
        this.downUntil = Date.now() + REDIS_BACKOFF_MS;
        throw new RedisUnavailableError(this.url, error);
      }
      throw error;
    }
  }
}

/** Errors that say Redis is unreachable or too slow, as opposed to a bad command (a bug, thrown as it is). */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /timeout|closed|ECONNREFUSED|ECONNRESET|EPIPE|socket|connection|offline|not connected|LOADING|BUSY/i.test(`${error.name} ${error.message}`);
}

const key = Symbol.for('lede.redisGates');
type Holder = typeof globalThis & { [key]?: Map<string, RedisGate> };

/**
 * The process's one connection to `url`. Kept on globalThis, as the content
 * store is, because Next bundles each route separately.
 */
export function redisGate(url: string): RedisGate {
  const gates = ((globalThis as Holder)[key] ??= new Map());
  let gate = gates.get(url);
  if (!gate) {
    gate = new RedisGate(url, connectRedis(url));
    gates.set(url, gate);
  }
  return gate;
}
