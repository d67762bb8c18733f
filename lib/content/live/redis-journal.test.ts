import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTempSite, liveStoryMdx, projectPublicDir, type LiveStoryOptions, type TempSite } from '../../../fixtures/live/stories';
import { startTestRedis, type TestRedis } from '../../../fixtures/redis/server';
import { RedisGate, RedisUnavailableError, connectRedis } from '../../cluster/redis';
import { loadSingleSource } from '../load';
import type { Article } from '../types';
import { RedisJournal } from './redis-journal';
import { DiskContentStore } from './store';

const NOW = new Date('2024-06-01T12:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 3600_000);

const base: Record<string, LiveStoryOptions> = {
  'alpine-glaciers-retreat': { published: daysAgo(2), title: 'Alpine glaciers retreat' },
  'nato-summit-opens': { published: daysAgo(3), section: 'world', topics: ['NATO'], title: 'NATO summit opens' },
};

async function compile(slug: string, options: LiveStoryOptions): Promise<Article> {
  const { article, errors } = await loadSingleSource({ slug, source: liveStoryMdx(slug, options), file: `content/articles/${slug}.mdx`, knownSlugs: new Set(), publicDir: projectPublicDir() });
  if (!article) throw new Error(errors.map((e) => e.message).join('\n'));
  return article;
}

let redis: TestRedis;
let articles: Article[];
beforeAll(async () => {
  redis = await startTestRedis();
  articles = await Promise.all(Object.entries(base).map(([slug, options]) => compile(slug, options)));
});
afterAll(() => redis.remove());

let site: TempSite;
let prefix = 0;
const gates: RedisGate[] = [];

/** A server of the cluster: its own connection, journal and store, on the one Redis and the same build. */
async function server(options: { copyFile?: string } = {}): Promise<{ store: DiskContentStore; journal: RedisJournal; gate: RedisGate }> {
  const gate = new RedisGate(redis.url, connectRedis(redis.url));
  gates.push(gate);
  await gate.waitUntilReady(5000);
  const journal = new RedisJournal({ gate, prefix: `test${prefix}:`, ...options });
  return { store: new DiskContentStore({ indexDir: site.indexDir, journal, clock: () => site.now, publicDir: projectPublicDir() }), journal, gate };
}

beforeEach(async () => {
  prefix++;
  site = await createTempSite(articles, NOW);
});
afterEach(async () => {
  for (const gate of gates.splice(0)) gate.client.destroy();
  await site.remove();
});

const story = (slug: string, title: string) => liveStoryMdx(slug, { published: new Date(NOW.getTime() - 60_000), title });

describe('RedisJournal: one content store for every server', () => {
  it('shows a story published on one server on another once it catches up, and a takedown the same way', async () => {
    const a = await server();
    const b = await server();
    expect((await a.store.publish('glacier-lakes-grow', story('glacier-lakes-grow', 'Glacier lakes grow'))).status).toBe('created');
    expect(b.store.current().bySlug.has('glacier-lakes-grow')).toBe(false);
    await b.store.refresh();
    expect(b.store.current().bySlug.get('glacier-lakes-grow')?.title).toBe('Glacier lakes grow');
    expect((await b.store.body('glacier-lakes-grow'))?.children.length).toBeGreaterThan(0);

    expect((await b.store.takeDown('alpine-glaciers-retreat')).status).toBe('taken-down');
    await a.store.refresh();
    expect(a.store.current().bySlug.has('alpine-glaciers-retreat')).toBe(false);
    expect(a.store.current().gone.has('alpine-glaciers-retreat')).toBe(true);
  });

  it('a server that starts later reads every record, in the order they were made', async () => {
    const a = await server();
    await a.store.publish('glacier-lakes-grow', story('glacier-lakes-grow', 'First version'));
    site.now = new Date(NOW.getTime() + 1000);
    await a.store.publish('glacier-lakes-grow', story('glacier-lakes-grow', 'Corrected version'));
    await a.store.takeDown('nato-summit-opens');
    const late = await server();
    await late.store.refresh();
    expect(late.store.current().bySlug.get('glacier-lakes-grow')?.title).toBe('Corrected version');
    expect(late.store.current().gone.has('nato-summit-opens')).toBe(true);
  });

  it('two servers writing at once both land: the one that lost the race reads again and retries', async () => {
    const a = await server();
    const b = await server();
    const [first, second] = await Promise.all([
      a.store.publish('glacier-lakes-grow', story('glacier-lakes-grow', 'From A')),
      b.store.publish('heat-records-fall', story('heat-records-fall', 'From B')),
    ]);
    expect([first.status, second.status]).toEqual(['created', 'created']);
    await Promise.all([a.store.refresh(), b.store.refresh()]);
    for (const { store } of [a, b]) expect(['glacier-lakes-grow', 'heat-records-fall'].every((slug) => store.current().bySlug.has(slug))).toBe(true);
  });

  it('keeps a draft where every server can preview it, and drops it when the story goes live', async () => {
    const a = await server();
    const b = await server();
    await a.store.publish('draft-story', liveStoryMdx('draft-story', { published: NOW, draft: true, title: 'Not yet' }));
    await b.store.refresh();
    expect(b.store.draft('draft-story')?.title).toBe('Not yet');
    await b.store.publish('draft-story', story('draft-story', 'Now live'));
    await a.store.refresh();
    expect(a.store.draft('draft-story')).toBeUndefined();
    expect(a.store.current().bySlug.get('draft-story')?.title).toBe('Now live');
  });
});

describe('RedisJournal: Redis down', () => {
  it('keeps serving the state in hand, refuses to publish with RedisUnavailableError, and catches up when Redis is back', async () => {
    const copyFile = path.join(site.root, 'copy.json');
    const a = await server({ copyFile });
    await a.store.publish('glacier-lakes-grow', story('glacier-lakes-grow', 'Before the outage'));
    await a.store.takeDown('nato-summit-opens');
    expect(existsSync(copyFile)).toBe(true);

    await redis.kill();
    try {
      expect(a.store.current().bySlug.get('glacier-lakes-grow')?.title).toBe('Before the outage');
      await expect(a.store.publish('heat-records-fall', story('heat-records-fall', 'During'))).rejects.toBeInstanceOf(RedisUnavailableError);
      await expect(a.store.refresh()).rejects.toBeInstanceOf(RedisUnavailableError);
      // A server starting during the outage has the last copy: the story taken down stays down.
      const starting = new DiskContentStore({ indexDir: site.indexDir, journal: new RedisJournal({ gate: a.gate, prefix: `test${prefix}:`, copyFile }), clock: () => site.now, publicDir: projectPublicDir() });
      expect(starting.current().gone.has('nato-summit-opens')).toBe(true);
      expect(starting.current().bySlug.has('glacier-lakes-grow')).toBe(true);
    } finally {
      await redis.restart();
    }
    await a.gate.waitUntilReady(5000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await a.store.publish('heat-records-fall', story('heat-records-fall', 'After'))).status).toBe('created');
    const b = await server();
    await b.store.refresh();
    expect(b.store.current().bySlug.get('glacier-lakes-grow')?.title).toBe('Before the outage');
    expect(b.store.current().bySlug.has('heat-records-fall')).toBe(true);
  });
});
