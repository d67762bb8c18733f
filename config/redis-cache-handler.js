// @ts-check
/**
 * Next's page cache in Redis, shared by every server of a cluster
 * (docs/scaling.md). Selected by REDIS_URL (config/cache-handler.js). Small
 * and owned here, after Next's examples/cache-handler-redis: the maintained
 * packages need Node 22 or pin an old client (docs/scaling.md says which).
 *
 * - Entries: one key each, `<prefix>next:<build id>:<cache key>`, JSON with
 *   Buffers and Maps spelled out, and a TTL, so Redis's volatile-lru may
 *   evict them under maxmemory. A 404 is never stored (as on disk,
 *   config/isr-cache-handler.js): made-up URLs add nothing.
 * - Tag expiries (what revalidatePath writes): a hash of tag → times, a
 *   generation counter, and a short log of recent expiries, so a server
 *   catches up with one small read. Next checks a page's tags against this
 *   process's tag manifest; each read here brings that manifest up to date
 *   first, so a publish on one server expires the page on all of them.
 * - The content store (lib/content/live/redis-journal.ts): each read also
 *   fetches the content generation and catches the store up before Next
 *   draws the page; a page drawn while another server published is not
 *   stored, or a page from the old state could outlive the expiry.
 *
 * Redis down: reads miss (the page is drawn afresh from the state in hand)
 * and writes are dropped, after at most REDIS_TIMEOUT_MS; no reader gets an
 * error from the cache.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { createClient } = require('@redis/client');
const { areTagsExpired, tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external');
const { isNotFound } = require('./not-found-entry');
const { fromJson, toJson } = require('./cache-json');
const { afterTagsExpired, contentSync } = require('./process-hooks');

const REDIS_TIMEOUT_MS = 500;
/** Longest an entry lives without being read again or expired; pages with revalidate: false would otherwise stay forever. */
const MAX_TTL_SECONDS = 7 * 24 * 3600;
/** Recent tag expiries kept in the log; a server further behind reads the whole hash instead. */
const TAG_LOG_LENGTH = 2000;
/** Reads waiting for their write, by key: bounded, since a read that finds a fresh page is never followed by a write. */
const MAX_PENDING = 5000;

/** KEYS: hash, log, generation. ARGV[1]: the log line; then tag, value pairs. */
const EXPIRE_TAGS = `
local g = redis.call('INCR', KEYS[3])
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('ZADD', KEYS[2], g, g .. ' ' .. ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', g - ${TAG_LOG_LENGTH})
return g
`;

/** KEYS: entry, tag generation, content generation. ARGV: json, ttl, tag generation seen, content generation seen. */
const SET_IF_UNCHANGED = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[3] then return 0 end
if ARGV[4] ~= '' and (redis.call('GET', KEYS[3]) or '0') ~= ARGV[4] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
`;

const clientKey = Symbol.for('lede.redisCacheClient');

/** Shared by the handlers of one process: Next may read with one request's handler and write with another's. */
function pendingWrites() {
  const holder = /** @type {Record<symbol, Map<string, { tags: string, content: string }> | undefined>} */ (/** @type {unknown} */ (globalThis));
  const key = Symbol.for('lede.redisPendingWrites');
  holder[key] ??= new Map();
  return holder[key];
}

/** One fail-fast connection per process, as lib/cluster/redis.ts makes for the content store. */
function connection(/** @type {string} */ url) {
  const holder = /** @type {Record<symbol, ReturnType<typeof createClient> | undefined>} */ (/** @type {unknown} */ (globalThis));
  let client = holder[clientKey];
  if (!client) {
    client = createClient({
      url,
      disableOfflineQueue: true,
      commandOptions: { timeout: REDIS_TIMEOUT_MS, rejectInFlight: true },
      socket: { connectTimeout: 2000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2000) },
    });
    let reported = 0;
    client.on('error', (/** @type {Error} */ error) => {
      if (Date.now() - reported < 10_000) return;
      reported = Date.now();
      console.error(`Page cache: Redis at ${url}: ${error.message} (pages are drawn afresh until it is back)`);
    });
    client.connect().catch(() => undefined);
    holder[clientKey] = client;
  }
  return client;
}

/** @type {Map<string, string>} Next makes a handler per request; the build's id is read once. */
const buildIds = new Map();

/** Entries are kept per build: a deploy starts with a cache of its own, and the old build's entries age out. */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  const dir = serverDistDir ?? '.next/server';
  let id = buildIds.get(dir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(dir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      id = 'unknown';
    }
    buildIds.set(dir, id);
  }
  return id;
}

/** @typedef {{ expired?: number, stale?: number }} TagTimes */

/** Takes the later of each time, so an expiry read late never undoes a newer one. */
function mergeTag(/** @type {string} */ tag, /** @type {TagTimes} */ times) {
  const entry = tagsManifest.get(tag) ?? {};
  const merged = { ...entry };
  if (typeof times.expired === 'number' && (entry.expired ?? 0) < times.expired) merged.expired = times.expired;
  if (typeof times.stale === 'number' && (entry.stale ?? 0) < times.stale) merged.stale = times.stale;
  tagsManifest.set(tag, merged);
}

class RedisCache {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    const url = /** @type {string} */ (process.env.REDIS_URL);
    const prefix = process.env.LEDE_REDIS_PREFIX?.trim() || 'lede:';
    this.client = connection(url);
    this.entryPrefix = `${prefix}next:${buildIdOf(ctx.serverDistDir)}:`;
    this.tagKeys = { hash: `${prefix}next:tags`, log: `${prefix}next:tags:log`, generation: `${prefix}next:tags:generation` };
    /** @type {Map<string, { tags: string, content: string }>} what each read saw, for the write that may follow it */
    this.pending = pendingWrites();
  }

  /** @returns {{ seen: number, reading: Promise<void> | undefined }} the process's tag catch-up state, shared by every instance of this class */
  get tagState() {
    const holder = /** @type {Record<symbol, { seen: number, reading: Promise<void> | undefined } | undefined>} */ (/** @type {unknown} */ (globalThis));
    const key = Symbol.for('lede.redisTagState');
    holder[key] ??= { seen: -1, reading: undefined };
    return holder[key];
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} ctx
   */
  async get(key, ctx) {
    const hook = contentSync();
    /** @type {(string | null)[]} */
    let found;
    try {
      found = await this.client.mGet([this.entryPrefix + key, this.tagKeys.generation, hook?.generationKey ?? this.tagKeys.generation]);
    } catch {
      return null;
    }
    const [raw, tagGeneration, contentGeneration] = found;
    try {
      // Content first: a page drawn because its tag expired must be drawn from the state that expired it.
      if (hook) await hook.catchUp(contentGeneration ?? null);
      await this.catchUpTags(Number(tagGeneration ?? 0));
    } catch {
      // Redis went away between the two reads: draw from what is in hand.
    }
    this.remember(key, { tags: tagGeneration ?? '0', content: hook ? hook.generation() : '' });
    if (!raw) return null;
    const entry = fromJson(raw);
    const headerTags = entry.value?.headers?.['x-next-cache-tags'];
    const tags = [...(typeof headerTags === 'string' ? headerTags.split(',') : []), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
    // As Next's own file-system cache does: an expired tag makes the entry a miss, drawn again before anyone sees it.
    if (areTagsExpired(tags, entry.lastModified)) return null;
    return entry;
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {{ cacheControl?: { revalidate?: number | false, expire?: number }, tags?: string[] }} ctx
   */
  async set(key, data, ctx) {
    const seen = this.pending.get(key);
    this.pending.delete(key);
    if (isNotFound(data)) {
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    try {
      if (data == null) {
        await this.client.del(this.entryPrefix + key);
        return;
      }
      const json = toJson({ lastModified: Date.now(), value: data, cacheControl: ctx.cacheControl });
      const hook = contentSync();
      const content = seen?.content ?? (hook ? hook.generation() : '');
      await this.client.eval(SET_IF_UNCHANGED, {
        keys: [this.entryPrefix + key, this.tagKeys.generation, hook?.generationKey ?? this.tagKeys.generation],
        arguments: [json, String(ttlSeconds(ctx.cacheControl)), seen?.tags ?? String(this.tagState.seen), hook ? content : ''],
      });
    } catch {
      // Not stored: the next reader draws the page again.
    }
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    /** @type {[string, TagTimes][]} */
    const changes = list.map((tag) => [tag, durations ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) } : { expired: now }]);
    for (const [tag, times] of changes) mergeTag(tag, times);
    try {
      await this.client.eval(EXPIRE_TAGS, {
        keys: [this.tagKeys.hash, this.tagKeys.log, this.tagKeys.generation],
        arguments: [JSON.stringify(changes), ...changes.flatMap(([tag, times]) => [tag, JSON.stringify(times)])],
      });
    } catch (error) {
      console.error(`Page cache: could not tell the other servers that ${list.length} pages changed (${/** @type {Error} */ (error).message}); they refresh when their copies expire.`);
    }
    await afterTagsExpired(list);
  }

  resetRequestCache() {}

  /** Brings this process's tag manifest up to `generation`: the recent log when it covers the gap, the whole hash otherwise. */
  catchUpTags(/** @type {number} */ generation) {
    const state = this.tagState;
    if (generation === state.seen) return Promise.resolve();
    state.reading ??= this.readTags(generation, state.seen).finally(() => {
      state.reading = undefined;
    });
    return state.reading;
  }

  async readTags(/** @type {number} */ generation, /** @type {number} */ seen) {
    if (seen >= 0 && generation > seen) {
      const lines = await this.client.zRangeByScore(this.tagKeys.log, seen + 1, generation);
      if (lines.length === generation - seen) {
        for (const line of lines) for (const [tag, times] of JSON.parse(line.slice(line.indexOf(' ') + 1))) mergeTag(tag, times);
        this.tagState.seen = generation;
        return;
      }
    }
    const [now, all] = /** @type {[string | null, Record<string, string>]} */ (/** @type {unknown} */ (await this.client.multi().get(this.tagKeys.generation).hGetAll(this.tagKeys.hash).exec()));
    for (const [tag, times] of Object.entries(all)) mergeTag(tag, JSON.parse(times));
    this.tagState.seen = Number(now ?? 0);
  }

  remember(/** @type {string} */ key, /** @type {{ tags: string, content: string }} */ seen) {
    this.pending.delete(key);
    this.pending.set(key, seen);
    if (this.pending.size > MAX_PENDING) this.pending.delete(/** @type {string} */ (this.pending.keys().next().value));
  }
}

/** @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl */
function ttlSeconds(cacheControl) {
  const expire = cacheControl?.expire;
  return Math.max(60, Math.min(typeof expire === 'number' && expire > 0 ? expire : MAX_TTL_SECONDS, MAX_TTL_SECONDS));
}

module.exports = RedisCache;
module.exports.ttlSeconds = ttlSeconds;
