import { contentStore } from '../content/live/store';
import { env } from '../env';
import { purgeAfterExpiry } from '../publishing/purge';
import { redisGate } from './redis';

/** How long a starting server waits for Redis before it serves from its last copy. */
export const STARTUP_WAIT_MS = 5000;

/**
 * Run once as a server starts (instrumentation.ts): front caches are purged
 * after every expiry, and in a cluster the content store has read Redis
 * before the first reader arrives. If Redis does not answer, the server
 * starts anyway from its last copy of the store (RedisJournal's copy file)
 * and catches up when Redis is back.
 */
export async function joinCluster(): Promise<void> {
  const { redisUrl, purgeUrls } = env();
  purgeAfterExpiry(purgeUrls);
  if (!redisUrl) return;
  const store = contentStore();
  if (!(await redisGate(redisUrl).waitUntilReady(STARTUP_WAIT_MS))) {
    console.error(`Redis at ${redisUrl} did not answer within ${STARTUP_WAIT_MS / 1000} s: serving the last copy of the content store until it does.`);
    return;
  }
  try {
    await store.refresh();
  } catch (error) {
    console.error('Could not read the content store from Redis yet:', error);
  }
}
