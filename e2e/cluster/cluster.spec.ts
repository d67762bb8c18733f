import { createClient } from '@redis/client';
import { expect, test } from '@playwright/test';
import { cardPaths } from '../../lib/seo/paths';
import type { Instance } from '../../scripts/cluster';
import { startTestCluster, type TestCluster } from '../support/cluster';
import { deleteStory, putStory, read } from '../support/publishing-api';
import { storyMdx, uniqueSlug } from '../support/stories';

/**
 * Scale-out (docs/scaling.md), for real: two `next start` servers of the
 * publishing build sharing a Redis of their own, behind nginx with its
 * front cache and purge module, all started by e2e/support/cluster.ts on
 * ports of their own and stopped by it. The tests share the cluster and run
 * in order: the last two take Redis and then a server down.
 */
test.describe.configure({ mode: 'serial' });

/** The bound the issue asks for: every surface shows a change within this. */
const PROPAGATION_MS = 5000;
const reference = { section: 'world', slug: 'nato-allies-begin-afghanistan-withdrawal' };
const referencePath = `/${reference.section}/${reference.slug}`;

let cluster: TestCluster;
let starting: Promise<TestCluster> | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  starting = startTestCluster();
  cluster = await starting;
});

// After the start itself, even one that outlived beforeAll's timeout: what it started is stopped either way.
test.afterAll(async () => {
  test.setTimeout(120_000);
  const started = await starting?.catch(() => undefined);
  await started?.stop();
});

/** A figure for the report, and for the closing note of the issue: on the list reporter's output too. */
function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`${type}: ${description}`);
}

function servers(): [Instance, Instance] {
  const [a, b] = cluster.instances;
  if (!a || !b) throw new Error('The test cluster has two servers');
  return [a, b];
}

/** Polls until `check` passes, and answers how long that took; fails with `what` after `ms`. */
async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`${what}: not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Reads `path` through nginx until its front cache holds it, so a purge is what makes a change show. */
async function cachedInFront(path: string): Promise<void> {
  await within(10_000, `${path} cached by nginx`, async () => (await read(path, cluster.origin)).headers.get('x-cache-status') === 'HIT');
}

test('a publish, a correction and a takedown on one server reach the other server and the front cache within 5 s', async () => {
  const [a, b] = servers();
  const published = new Date(Date.now() - 60_000);
  const story = storyMdx({ slug: uniqueSlug('cluster'), published });
  const articlePath = `/${story.section}/${story.slug}`;
  for (const path of ['/', `/${story.section}`]) await cachedInFront(path);

  expect((await putStory(story.slug, story.mdx, { origin: a.origin })).status).toBe(201);
  const seen = [
    await within(PROPAGATION_MS, 'the story on server B', async () => (await read(articlePath, b.origin)).text.includes(story.title)),
    await within(PROPAGATION_MS, 'the story on the home page through nginx', async () => (await read('/', cluster.origin)).text.includes(articlePath)),
    await within(PROPAGATION_MS, 'the story on its section front through nginx', async () => (await read(`/${story.section}`, cluster.origin)).text.includes(articlePath)),
  ];
  await cachedInFront(articlePath);

  const corrected = storyMdx({ slug: story.slug, title: `${story.title}, corrected`, published, updated: new Date(), correction: 'An earlier version gave the wrong number of lakes.' });
  const correction = await putStory(story.slug, corrected.mdx, { origin: b.origin });
  expect(correction.status, JSON.stringify(correction.json)).toBe(200);
  seen.push(
    await within(PROPAGATION_MS, 'the correction on server A', async () => (await read(articlePath, a.origin)).text.includes(corrected.title)),
    await within(PROPAGATION_MS, 'the correction through nginx', async () => (await read(articlePath, cluster.origin)).text.includes(corrected.title)),
  );
  await cachedInFront(articlePath);

  expect((await deleteStory(story.slug, { origin: a.origin })).status).toBe(200);
  seen.push(
    await within(PROPAGATION_MS, 'the takedown on server B', async () => (await read(articlePath, b.origin)).status === 410),
    await within(PROPAGATION_MS, 'the takedown through nginx', async () => (await read(articlePath, cluster.origin)).status === 410),
    await within(PROPAGATION_MS, 'the home page without the story through nginx', async () => !(await read('/', cluster.origin)).text.includes(articlePath)),
  );
  note('propagation (ms)', seen.join(', '));
});

/** A Dari story: its pages are drawn by the edition routes under /edition/fa-af and cached by nginx under /fa-af. */
function dariStory(): string {
  return [
    '---',
    'title: "دریاچه‌های یخچالی در کوه‌های آلپ سریع‌تر از پیش‌بینی بزرگ می‌شوند"',
    'teaser: "پژوهشگران صدها دریاچهٔ تازه را شمردند و هشدار دادند که برخی می‌توانند دره‌ها را زیر آب ببرند."',
    `published: ${new Date(Date.now() - 60_000).toISOString()}`,
    'section: climate',
    'topics:',
    '  - name: "تغییرات اقلیمی"',
    '    slug: climate-change',
    'authors: [Lede staff]',
    'sources: [Reuters]',
    'image:',
    '  src: /images/articles/cop26-glasgow-climate-pact.jpg',
    '  alt: "تصویر یک یخچال کوهستانی بالای یک دریاچهٔ فیروزه‌ای"',
    '  credit: "گرافیک Lede"',
    'lang: fa-AF',
    '---',
    '',
    'دریاچه‌های آب ذوب‌شده در پای یخچال‌های در حال عقب‌نشینی آلپ سریع‌تر از آنچه مدل‌ها پیش‌بینی کرده بودند شکل می‌گیرند.',
    '',
  ].join('\n');
}

test('a story of the Dari edition reaches the edition’s fronts through the front cache within 5 s', async () => {
  const [a] = servers();
  const slug = uniqueSlug('cluster-dari');
  await cachedInFront('/fa-af');
  const answer = await putStory(slug, dariStory(), { origin: a.origin });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  const seen = [
    await within(PROPAGATION_MS, 'the Dari story on the Dari home page through nginx', async () => (await read('/fa-af', cluster.origin)).text.includes(`/fa-af/climate/${slug}`)),
    await within(PROPAGATION_MS, 'the Dari story through nginx', async () => (await read(`/fa-af/climate/${slug}`, cluster.origin)).status === 200),
  ];
  note('edition propagation (ms)', seen.join(', '));
});

test('a server joining with Redis already full serves cached pages without drawing them again', async () => {
  const [a] = servers();
  const pages = ['/', `/${reference.section}`, referencePath, cardPaths.article(reference), '/feed.xml'];
  // Drawn once by server A (pages first asked for here are drawn now), so Redis holds them.
  for (const path of pages) await within(10_000, `${path} cached in Redis`, async () => (await read(path, a.origin)).headers.get('x-nextjs-cache') === 'HIT');

  const late = await cluster.startInstance();
  try {
    for (const path of pages) {
      const answer = await read(path, late.origin);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('x-nextjs-cache'), `${path} on the new server`).toBe('HIT');
    }
  } finally {
    await late.stop();
  }
});

/** Used memory and key count, from the cluster's own Redis. */
async function redisUsage(url: string): Promise<{ bytes: number; keys: number }> {
  const client = createClient({ url });
  await client.connect();
  try {
    const info = await client.info('memory');
    return { bytes: Number(/used_memory:(\d+)/.exec(info)?.[1]), keys: await client.dbSize() };
  } finally {
    client.destroy();
  }
}

/** Less than one stored page (a cached article is ~40 KB): a made-up address must add nothing. */
const MEMORY_BOUND_BYTES = 256 * 1024;

test('1,000 made-up addresses leave Redis with no new key and under 256 KB more memory', async () => {
  const [a, b] = servers();
  const origins = [a.origin, b.origin, cluster.origin];
  const shapes = (n: string) => [`/world/made-up-${n}`, `/climate/made-up-${n}/opengraph-image`, `/topics/made-up-${n}`, `/made-up-${n}`, `/world/page/${900 + (Number.parseInt(n, 16) % 99)}`];
  // Next keeps its own not-found page once (`/_not-found`), shared by every 404: drawn before counting.
  for (const origin of origins) await (await fetch(`${origin}/world/made-up-warm-up`)).arrayBuffer();
  const before = await redisUsage(cluster.redis.url);
  const statuses = new Map<number, number>();
  for (let batch = 0; batch < 50; batch++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const n = uniqueSlug('x').slice(-8);
        const path = shapes(n)[i % 5] ?? '/';
        const response = await fetch(`${origins[(batch + i) % 3]}${path}`);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
    );
  }
  const after = await redisUsage(cluster.redis.url);
  expect([...statuses.keys()].every((status) => status === 404), JSON.stringify([...statuses])).toBe(true);
  expect(after.keys).toBeLessThanOrEqual(before.keys);
  expect(after.bytes - before.bytes).toBeLessThan(MEMORY_BOUND_BYTES);
  note('redis growth (bytes)', String(after.bytes - before.bytes));
});

test('with Redis down readers get pages and no 5xx, publishing answers 503, and everything recovers when Redis is back', async () => {
  const [a, b] = servers();
  const pages = ['/', `/${reference.section}`, referencePath, '/feed.xml', '/sitemap.xml', '/topics/nato', cardPaths.article({ section: 'climate', slug: 'cop26-glasgow-climate-pact' })];
  const story = storyMdx({ slug: uniqueSlug('outage') });
  await cluster.redis.kill();
  try {
    for (const origin of [a.origin, b.origin, cluster.origin]) {
      for (const path of pages) {
        const answer = await read(path, origin);
        expect(answer.status, `${origin}${path}`).toBe(200);
      }
      // Past nginx's cache: the cookie of a preview session sends the request to a server.
      const uncached = await fetch(`${origin}/`, { headers: { cookie: '__prerender_bypass=not-a-session' } });
      expect(uncached.status, `${origin}/ uncached`).toBe(200);
    }
    const refused = await putStory(story.slug, story.mdx, { origin: a.origin });
    expect(refused.status).toBe(503);
    expect(JSON.stringify(refused.json)).toMatch(/nothing was published or taken down: Redis at redis:\/\/127\.0\.0\.1:\d+ cannot be reached/);
    expect((await deleteStory(reference.slug, { origin: b.origin })).status).toBe(503);
  } finally {
    await cluster.redis.restart();
  }
  expect((await read(referencePath, a.origin)).status, 'the takedown refused during the outage did not happen').toBe(200);

  // No server is restarted: their connections come back by themselves.
  let attempt = 0;
  await within(15_000, 'publishing accepted again', async () => {
    const retry = storyMdx({ slug: story.slug, body: `Attempt ${++attempt}.` });
    return (await putStory(story.slug, retry.mdx, { origin: a.origin })).status === 201;
  });
  await within(PROPAGATION_MS, 'the story on server B after the outage', async () => (await read(`/${story.section}/${story.slug}`, b.origin)).status === 200);
  await within(PROPAGATION_MS, 'the story on the home page through nginx after the outage', async () => (await read('/', cluster.origin)).text.includes(`/${story.section}/${story.slug}`));
});

test('nginx keeps serving with zero failed requests while a server is killed under load', async () => {
  const [, b] = servers();
  const pages = ['/', `/${reference.section}`, referencePath, '/topics/nato', '/feed.xml'];
  const until = Date.now() + 8000;
  const failures: string[] = [];
  let served = 0;
  const reader = async (n: number) => {
    for (let i = n; Date.now() < until; i++) {
      const path = pages[i % pages.length] ?? '/';
      // Every other request bypasses nginx's cache, so both servers really carry load when one dies.
      const headers: Record<string, string> = n % 2 === 0 ? { cookie: '__prerender_bypass=not-a-session' } : {};
      try {
        const response = await fetch(`${cluster.origin}${path}`, { headers });
        await response.arrayBuffer();
        if (response.status === 200) served++;
        else failures.push(`${response.status} ${path}`);
      } catch (error) {
        failures.push(`${path}: ${String(error)}`);
      }
    }
  };
  const load = Promise.all(Array.from({ length: 16 }, (_, n) => reader(n)));
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await b.stop('SIGKILL');
  await load;
  expect(failures).toEqual([]);
  expect(served).toBeGreaterThan(100);
  note('requests served', String(served));
});
