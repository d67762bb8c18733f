import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../fixtures/redis/server';

/** redis-cache-handler.js is plain CommonJS, loaded by Next at run time: required here, with the surface Next uses. */
interface Entry {
  lastModified: number;
  value: { kind: string; html?: string; rscData?: Buffer; segmentData?: Map<string, Buffer>; headers?: Record<string, string>; status?: number } | null;
}
interface CacheHandler {
  get(key: string, ctx: { kind: string; tags?: string[]; softTags?: string[] }): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: { cacheControl?: { revalidate?: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}
type CacheHandlerClass = (new (ctx: Record<string, unknown>) => CacheHandler) & { ttlSeconds(cacheControl: unknown): number };

const require = createRequire(__filename);
const { toJson, fromJson } = require('./cache-json.js') as { toJson(entry: unknown): string; fromJson(text: string): unknown };
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external') as { tagsManifest: Map<string, { expired?: number }> };

let redis: TestRedis;
let RedisCache: CacheHandlerClass;
let reader: ReturnType<typeof createClient>;
let distDir: string;
const PREFIX = 'cachetest:';

beforeAll(async () => {
  redis = await startTestRedis();
  process.env.REDIS_URL = redis.url;
  process.env.LEDE_REDIS_PREFIX = PREFIX;
  RedisCache = require('./redis-cache-handler.js') as CacheHandlerClass;
  reader = createClient({ url: redis.url });
  reader.on('error', () => undefined);
  await reader.connect();
  distDir = mkdtempSync(path.join(os.tmpdir(), 'lede-redis-cache-'));
  mkdirSync(path.join(distDir, 'server'));
  writeFileSync(path.join(distDir, 'BUILD_ID'), 'build-one');
});
afterAll(async () => {
  reader.destroy();
  (globalThis as Record<symbol, { destroy(): void } | undefined>)[Symbol.for('lede.redisCacheClient')]?.destroy();
  delete process.env.REDIS_URL;
  delete process.env.LEDE_REDIS_PREFIX;
  rmSync(distDir, { recursive: true, force: true });
  await redis.remove();
});

const handler = () => new RedisCache({ serverDistDir: path.join(distDir, 'server') });
const page = (status: number, tags = '_N_T_/layout,_N_T_/world/a-story') => ({
  kind: 'APP_PAGE',
  html: '<p>a story</p>',
  rscData: Buffer.from([0, 1, 2, 255]),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags },
  status,
  postponed: undefined,
});
const ctx = { cacheControl: { revalidate: false as const, expire: undefined } };
const pageCtx = { kind: 'APP_PAGE' };
let n = 0;
let key: string;
/** The handler's own connection, once it is up (it connects in the background, as in a server). */
async function handlerConnected(): Promise<void> {
  handler();
  const client = () => (globalThis as Record<symbol, { isReady: boolean } | undefined>)[Symbol.for('lede.redisCacheClient')];
  for (let tries = 0; tries < 100 && !client()?.isReady; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
}

beforeEach(async () => {
  key = `/route-cache/APP_PAGE/x/$/world/story-${++n}`;
  await handlerConnected();
});

describe('cache entries as text', () => {
  it('keeps Buffers, typed arrays and Maps through the round trip', () => {
    const entry = { lastModified: 5, value: { rscData: Buffer.from('héllo'), bytes: new Uint8Array([9, 8]), segmentData: new Map([['a', Buffer.from('b')]]), status: 200 } };
    const back = fromJson(toJson(entry)) as { value: { rscData: Buffer; bytes: Buffer; segmentData: Map<string, Buffer> } };
    expect(back.value.rscData.toString()).toBe('héllo');
    expect([...back.value.bytes]).toEqual([9, 8]);
    expect(back.value.segmentData.get('a')?.toString()).toBe('b');
  });
});

describe('the Redis cache handler', () => {
  it('stores a page under the build id with a TTL, and another server reads it as it was', async () => {
    await handler().get(key, pageCtx);
    await handler().set(key, page(200), ctx);
    const ttl = await reader.ttl(`${PREFIX}next:build-one:${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(7 * 24 * 3600);
    const entry = await handler().get(key, pageCtx);
    expect(entry?.value?.html).toBe('<p>a story</p>');
    expect([...(entry?.value?.rscData ?? [])]).toEqual([0, 1, 2, 255]);
    expect(entry?.value?.segmentData?.get('/_tree')?.toString()).toBe('tree');
  });

  it('never stores a 404, so made-up addresses add no key', async () => {
    const before = await reader.dbSize();
    for (let i = 0; i < 20; i++) {
      const made = `/route-cache/APP_PAGE/x/$/world/made-up-${i}`;
      await handler().get(made, pageCtx);
      await handler().set(made, page(404), ctx);
    }
    expect(await reader.dbSize()).toBe(before);
  });

  it('treats a page whose tag another server expired as a miss', async () => {
    await handler().get(key, pageCtx);
    await handler().set(key, page(200, `_N_T_/layout,_N_T_/world/story-${n}`), ctx);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Another server's expiry: written to Redis, then forgotten here, as if this process never saw it.
    await handler().revalidateTag(`_N_T_/world/story-${n}`);
    tagsManifest.delete(`_N_T_/world/story-${n}`);
    (globalThis as Record<symbol, { seen: number }>)[Symbol.for('lede.redisTagState')]!.seen -= 1;
    expect(await handler().get(key, pageCtx)).toBeNull();
    expect(tagsManifest.get(`_N_T_/world/story-${n}`)?.expired).toBeGreaterThan(0);
  });

  it('does not store a page drawn while the content changed under it', async () => {
    let generation = '1';
    const hook = { generationKey: `${PREFIX}content:generation`, generation: () => generation, catchUp: async () => undefined };
    (globalThis as Record<symbol, unknown>)[Symbol.for('lede.contentSync')] = hook;
    try {
      await reader.set(hook.generationKey, '1');
      await handler().get(key, pageCtx);
      // Another server publishes while this page is being drawn.
      await reader.set(hook.generationKey, '2');
      generation = '2';
      await handler().set(key, page(200), ctx);
      expect(await reader.exists(`${PREFIX}next:build-one:${key}`)).toBe(0);
      // Drawn again from the new state, it is stored.
      await handler().get(key, pageCtx);
      await handler().set(key, page(200), ctx);
      expect(await reader.exists(`${PREFIX}next:build-one:${key}`)).toBe(1);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('lede.contentSync')];
    }
  });

  it('gives up quickly when Redis is down: a miss, and writes dropped', async () => {
    await redis.kill();
    try {
      const started = Date.now();
      expect(await handler().get(key, pageCtx)).toBeNull();
      await handler().set(key, page(200), ctx);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await redis.restart();
    }
  });

  it('bounds every TTL to a week', () => {
    expect(RedisCache.ttlSeconds({ revalidate: false })).toBe(7 * 24 * 3600);
    expect(RedisCache.ttlSeconds({ revalidate: 60, expire: 31_536_000 })).toBe(7 * 24 * 3600);
    expect(RedisCache.ttlSeconds({ revalidate: 60, expire: 600 })).toBe(600);
  });
});
