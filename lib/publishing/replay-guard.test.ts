import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../fixtures/redis/server';
import { RedisGate, RedisUnavailableError, connectRedis } from '../cluster/redis';
import { MemoryReplayGuard, RedisReplayGuard } from './replay-guard';

describe('MemoryReplayGuard', () => {
  it('lets a signature through once', async () => {
    const guard = new MemoryReplayGuard();
    expect(await guard.firstUse('sha256=aa', 0)).toBe(true);
    expect(await guard.firstUse('sha256=aa', 1000)).toBe(false);
    expect(await guard.firstUse('sha256=bb', 1000)).toBe(true);
  });

  it('forgets a signature once its timestamp is outside the window anyway', async () => {
    const guard = new MemoryReplayGuard();
    await guard.firstUse('sha256=aa', 0);
    expect(await guard.firstUse('sha256=aa', 11 * 60 * 1000)).toBe(true);
  });
});

describe('RedisReplayGuard', () => {
  let redis: TestRedis;
  let gate: RedisGate;
  beforeAll(async () => {
    redis = await startTestRedis();
    gate = new RedisGate(redis.url, connectRedis(redis.url));
    await gate.waitUntilReady(5000);
  });
  afterAll(async () => {
    gate.client.destroy();
    await redis.remove();
  });

  it('refuses a signature a second time on any server of the cluster, and forgets it after the window', async () => {
    const first = new RedisReplayGuard(gate, 'guard:');
    const second = new RedisReplayGuard(gate, 'guard:');
    expect(await first.firstUse('sha256=cc')).toBe(true);
    expect(await second.firstUse('sha256=cc')).toBe(false);
    const ttl = await gate.client.pTTL('guard:replay:sha256=cc');
    expect(ttl).toBeGreaterThan(9 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(10 * 60 * 1000);
  });

  it('throws RedisUnavailableError rather than letting a request through unchecked', async () => {
    await redis.kill();
    try {
      await expect(new RedisReplayGuard(gate, 'guard:').firstUse('sha256=dd')).rejects.toBeInstanceOf(RedisUnavailableError);
    } finally {
      await redis.restart();
    }
  });
});
