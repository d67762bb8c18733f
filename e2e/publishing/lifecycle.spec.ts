import { expect, test } from '@playwright/test';
import { deleteStory, putStory, read } from '../support/publishing-api';
import { publishingOrigin } from '../support/publishing-server';
import { storyMdx, uniqueSlug } from '../support/stories';

/**
 * A story's life through the publishing API on a production server: it goes
 * live on every surface, is corrected, and is taken down, each within the 5
 * seconds the newsroom is promised, with no build and no restart.
 */
test.describe.configure({ mode: 'serial' });

const LIVE_WITHIN = { timeout: 5_000, intervals: [100, 200, 250] };
const suffix = uniqueSlug('alpine').slice(-8);
const first = storyMdx({ slug: `alpine-lakes-${suffix}`, topics: [`Meltwater ${suffix}`, 'Glaciers'] });
const second = storyMdx({
  slug: `alpine-lakes-dam-${suffix}`,
  title: `Valleys below Alpine meltwater lakes plan warning systems ${suffix}`,
  topics: [`Meltwater ${suffix}`, 'Glaciers'],
});
const firstPath = `/${first.section}/${first.slug}`;
const topicPath = `/topics/meltwater-${suffix}`;

/** Every list a published story must be on, by address. */
const surfaces = ['/', `/${first.section}`, topicPath, '/feed.xml', `/${first.section}/feed.xml`, '/sitemaps/0.xml', '/news-sitemap.xml'];

/** Signatures carry whole seconds: a request identical to an earlier one needs the next second. */
async function nextSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 10));
}

async function contains(path: string, needle: string): Promise<boolean> {
  return (await read(path)).text.includes(needle);
}

async function cardUrl(path: string): Promise<string> {
  const { text } = await read(path);
  const match = /<meta property="og:image" content="([^"]+)"/.exec(text);
  if (!match?.[1]) throw new Error(`no og:image on ${path}`);
  return match[1].replaceAll('&amp;', '&');
}

test('a story sent before it exists is a 404, and the 404 is not kept once it is published', async () => {
  expect((await read(firstPath)).status).toBe(404);
});

test('a new story goes live on its page, the fronts, the feeds, the sitemaps and a share card', async () => {
  const answer = await putStory(first.slug, first.mdx);
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  expect(answer.json).toMatchObject({ slug: first.slug, status: 'created', url: firstPath });

  await expect.poll(async () => (await read(firstPath)).status, LIVE_WITHIN).toBe(200);
  expect((await read(firstPath)).text.includes(first.title), 'the page shows the title').toBe(true);
  for (const path of surfaces) await expect.poll(() => contains(path, firstPath), { ...LIVE_WITHIN, message: path }).toBe(true);
  expect((await read('/sitemap.xml')).text.includes(`${publishingOrigin}/sitemaps/0.xml`), 'the sitemap index names the sitemap').toBe(true);

  const card = await fetch(await cardUrl(firstPath).then((url) => url.replace(/^https?:\/\/[^/]+/, publishingOrigin)));
  expect(card.status).toBe(200);
  expect(card.headers.get('content-type')).toBe('image/png');
});

test('publishing the same file again changes nothing', async () => {
  await nextSecond();
  const answer = await putStory(first.slug, first.mdx);
  expect(answer.status).toBe(200);
  expect(answer.json).toMatchObject({ status: 'unchanged' });
});

test('a related story published later enters the first story’s related list, which was not sent again', async () => {
  expect((await putStory(second.slug, second.mdx)).status).toBe(201);
  await expect.poll(() => contains(firstPath, `/${second.section}/${second.slug}`), LIVE_WITHIN).toBe(true);
});

test('a correction keeps the address and the publication time, and shows a dated notice and a new card', async () => {
  const cardBefore = await cardUrl(firstPath);
  const published = /published: (.+)/.exec(first.mdx)?.[1] ?? '';
  const correction = `An earlier version of this story gave the wrong number of lakes ${suffix}.`;
  const corrected = storyMdx({
    slug: first.slug,
    title: `Hundreds of new lakes form below Alpine glaciers ${suffix}`,
    topics: [`Meltwater ${suffix}`, 'Glaciers'],
    published: new Date(published),
    updated: new Date(),
    correction,
  });
  const answer = await putStory(first.slug, corrected.mdx);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  expect(answer.json).toMatchObject({ status: 'updated', url: firstPath });

  await expect.poll(async () => (await read(firstPath)).text.includes(corrected.title), LIVE_WITHIN).toBe(true);
  const page = (await read(firstPath)).text;
  expect(page.includes(correction), 'the correction notice').toBe(true);
  expect(page.includes('"correction":{"@type":"CorrectionComment"'), 'the correction in JSON-LD').toBe(true);
  expect(page.includes(`"datePublished":"${published}"`), 'the original publication time').toBe(true);
  await expect.poll(() => contains('/', corrected.title), LIVE_WITHIN).toBe(true);
  await expect.poll(() => contains('/feed.xml', corrected.title), LIVE_WITHIN).toBe(true);
  expect(await cardUrl(firstPath)).not.toBe(cardBefore);
});

test('a takedown answers 410 with a real page, and the story is gone from every list and cache', async ({ browser }) => {
  const answer = await deleteStory(first.slug);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  expect(answer.json).toMatchObject({ status: 'taken-down' });

  const gone = await read(firstPath);
  expect(gone.status).toBe(410);
  expect(gone.headers.get('cache-control')).toBe('no-store');
  expect(/<html lang="en"/.test(gone.text), 'the 410 page has the site layout and lang').toBe(true);
  for (const path of [...surfaces, `/${second.section}/${second.slug}`]) {
    await expect.poll(() => contains(path, firstPath), { ...LIVE_WITHIN, message: path }).toBe(false);
  }
  for (const card of ['opengraph-image', 'twitter-image']) expect([404, 410]).toContain((await read(`${firstPath}/${card}`)).status);

  // The page needs no JavaScript: a reader without it gets the whole notice.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${publishingOrigin}${firstPath}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1, name: 'This story has been removed' })).toBeVisible();
  await expect(page.getByRole('link', { name: /home page/ })).toBeVisible();
  await context.close();

  // Taking it down again changes nothing; publishing it again brings it back. (The same request signed in
  // the same second would be the same signature, refused as a replay: each waits for a fresh timestamp.)
  await nextSecond();
  expect((await deleteStory(first.slug)).status).toBe(200);
  expect((await putStory(first.slug, first.mdx)).status).toBe(201);
  await expect.poll(async () => (await read(firstPath)).status, LIVE_WITHIN).toBe(200);
  await nextSecond();
  expect((await deleteStory(first.slug)).status).toBe(200);
  expect((await deleteStory(second.slug)).status).toBe(200);
});
