import { expect, test } from '@playwright/test';
import { pageAssets } from '../../scripts/bench/html-assets';
import { paths } from '../../lib/urls';
import { articleBySlug, contentIndex, referenceSlug } from '../support/content';

/**
 * What a CDN in front of `next start` is told (issue #6): pages cacheable at
 * the edge for a short time with stale-while-revalidate, hashed assets
 * forever, never a year-long 404. See config/cache-headers.js for why.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- config/cache-headers.js is CommonJS, read by next.config.js
const { cachePolicies } = require('../../config/cache-headers.js') as { cachePolicies: { article: string; front: string; publicImage: string } };

const reference = articleBySlug(referenceSlug);
const topic = contentIndex.topics[0];

test('articles are cached at the edge for minutes and served stale while revalidating', async ({ request }) => {
  const response = await request.get(paths.article(reference));
  expect(response.status()).toBe(200);
  const header = response.headers()['cache-control'] ?? '';
  expect(header).toBe(cachePolicies.article);
  expect(header).toMatch(/s-maxage=\d+/);
  expect(header).toMatch(/stale-while-revalidate=\d+/);
});

test('fronts are cached for a shorter time than articles', async ({ request }) => {
  const fronts = [paths.home(), paths.section(reference.section), ...(topic ? [paths.topic(topic.slug)] : [])];
  for (const front of fronts) {
    const response = await request.get(front);
    expect(response.status(), front).toBe(200);
    expect(response.headers()['cache-control'], front).toBe(cachePolicies.front);
  }
});

test('a 404 is never cached for a year', async ({ request }) => {
  const response = await request.get(`/${reference.section}/no-such-story-anywhere`);
  expect(response.status()).toBe(404);
  expect(response.headers()['cache-control'] ?? '').not.toContain('31536000');
});

test('hashed assets are immutable for a year; optimised and public images are cached too', async ({ request }) => {
  const html = await (await request.get(paths.article(reference))).text();
  const assets = pageAssets(html);
  const script = assets.scripts.find((s) => s.src?.startsWith('/_next/static/'))?.src;
  expect(script).toBeDefined();
  const hashed = await request.get(script ?? '');
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const optimised = assets.images.find((i) => i.src?.startsWith('/_next/image'))?.src;
  expect(optimised).toBeDefined();
  const image = await request.get(optimised ?? '', { headers: { accept: 'image/webp,*/*' } });
  expect(image.status()).toBe(200);
  expect(image.headers()['cache-control']).toMatch(/^public, max-age=[1-9]\d*/);

  const original = await request.get(reference.image.src);
  expect(original.headers()['cache-control']).toBe(cachePolicies.publicImage);
});
