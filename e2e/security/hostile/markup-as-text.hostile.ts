import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { splitFrontmatter } from '../../../lib/content/frontmatter';
import { frontmatterSchema } from '../../../lib/content/schema';
import { slugify } from '../../../lib/content/slug';
import { cardPaths, feedPaths, sitemapPaths } from '../../../lib/seo/paths';
import { paths } from '../../../lib/urls';

/**
 * Runs against the build of fixtures/hostile-content (npm run
 * test:hostile, playwright.hostile.config.ts). Its one hostile article is
 * valid content whose title, teaser, topics, authors, sources, image texts
 * and component props all look like markup. Everywhere they surface they
 * must be text: shown literally, never parsed into elements, never run.
 *
 * The expectations come from the fixture file itself, read here, not from
 * the built index (which does not exist until the web server has built it).
 */
const fixture = path.join(process.cwd(), 'fixtures/hostile-content/articles/markup-in-every-field.mdx');
const split = splitFrontmatter(readFileSync(fixture, 'utf8'));
if ('error' in split) throw new Error(`${fixture}: ${split.error}`);
const hostile = frontmatterSchema.parse(split.data);
const article = { section: hostile.section, slug: path.basename(fixture, '.mdx') };
const articlePath = paths.article(article);
// The fixture writes every topic as a plain name (no { name, slug } entries).
const boldTopic = hostile.topics.flatMap((topic) => (typeof topic === 'string' ? [topic] : [])).find((topic) => topic.startsWith('<b>'));
if (!boldTopic) throw new Error('the fixture must have a topic written as <b>…</b>');

/** The only scripts a Lede page has: Next's chunks and bootstrap, and JSON-LD data blocks. */
const expectedScript = /^(?:src:\/_next\/static\/|json-ld:|inline:(?:self\.__next_f\.push\(|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|\(globalThis\["TURBOPACK"\]))/;

/** Fails the test if any script the page was not built with runs (alert, confirm or prompt). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** What the parsed document holds that markup in the content could have injected. */
function injectedElements(page: Page) {
  return page.evaluate(() => {
    const scripts = [...document.scripts].map((script) =>
      script.src ? `src:${new URL(script.src).pathname}` : script.type === 'application/ld+json' ? `json-ld:` : `inline:${script.text.trim().slice(0, 60)}`,
    );
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    const bold = [...document.querySelectorAll('b')].map((element) => element.outerHTML);
    const strays = [...document.querySelectorAll('iframe, object, embed, base, evil, img[src="x"], a[href^="javascript:" i]')].map((element) => element.outerHTML);
    return { scripts, handlers, bold, strays };
  });
}

async function expectNoInjection(page: Page) {
  const found = await injectedElements(page);
  expect(found.scripts.filter((script) => !expectedScript.test(script))).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.bold).toEqual([]);
  expect(found.strays).toEqual([]);
}

const metaContent = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

test('the article page shows every field as text and runs none of it', async ({ page }) => {
  const dialogs = recordDialogs(page);
  expect((await page.goto(articlePath))?.status()).toBe(200);
  await page.waitForLoadState('networkidle');

  await expect(page.locator('h1')).toHaveText(hostile.title);
  await expect(page.getByText(hostile.teaser, { exact: true })).toBeVisible();
  const hero = page.locator('main figure').first();
  await expect(hero.locator('img')).toHaveAttribute('alt', hostile.image.alt);
  await expect(hero.locator('figcaption')).toContainText(hostile.image.caption ?? '');
  await expect(hero.locator('figcaption')).toContainText(hostile.image.credit);
  await expect(page.getByRole('link', { name: boldTopic, exact: true })).toHaveAttribute('href', paths.topic(slugify(boldTopic)));
  for (const author of hostile.authors) await expect(page.locator('main')).toContainText(author);
  await expect(page.locator('main')).toContainText('</blockquote><script>alert(8)</script>');
  await expect(page.locator('main')).toContainText('<script>alert(9)</script> facts');
  await expect(page.locator('main')).toContainText('</a><script>alert(10)</script>');

  await expectNoInjection(page);
  expect(dialogs).toEqual([]);
});

test('head tags and JSON-LD carry the fields as text', async ({ page }) => {
  const dialogs = recordDialogs(page);
  await page.goto(articlePath);

  expect(await page.title()).toContain(hostile.title);
  expect(await metaContent(page, 'description')).toBe(hostile.teaser);
  expect(await metaContent(page, 'og:title')).toContain(hostile.title);
  expect(await metaContent(page, 'og:description')).toBe(hostile.teaser);
  expect(await metaContent(page, 'twitter:title')).toContain(hostile.title);
  expect(await page.locator('head title')).toHaveCount(1);

  const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(graphs.length).toBeGreaterThan(0);
  // Inside the data block, < and > are \u escapes, so no `</script>` can end it early.
  for (const graph of graphs) expect(graph).not.toMatch(/[<>]/);
  const nodes = graphs.flatMap((graph) => (JSON.parse(graph) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []);
  const news = nodes.find((node) => node['@type'] === 'NewsArticle');
  expect(news?.headline).toBe(hostile.title);
  expect(news?.description).toBe(hostile.teaser);
  expect(JSON.stringify(news)).toContain(JSON.stringify(hostile.authors[0]));

  await expectNoInjection(page);
  expect(dialogs).toEqual([]);
});

test('the raw HTML never carries the markup unescaped', async ({ request }) => {
  const html = await (await request.get(articlePath)).text();
  for (const raw of ['<script>alert(', '<b>bold</b>', '<b>Bold</b>', '<img src=x', '<i>wd</i>', '</figcaption><script>', 'href="javascript:']) {
    expect(html, raw).not.toContain(raw);
  }
});

test('fronts and the topic page list the story as text', async ({ page }) => {
  const dialogs = recordDialogs(page);
  for (const front of [paths.home(), paths.section(hostile.section), paths.topic(slugify(boldTopic))]) {
    expect((await page.goto(front))?.status(), front).toBe(200);
    await expect(page.getByRole('link', { name: hostile.title }).first()).toBeVisible();
    await expectNoInjection(page);
  }
  // The topic's own page is titled with the topic's name, literally.
  await expect(page.locator('h1')).toContainText(boldTopic);
  expect(await page.title()).toContain(boldTopic);
  expect(dialogs).toEqual([]);
});

test('feeds and the news sitemap carry the fields as XML text', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, parseTagValue: false });
  for (const feed of [feedPaths.site(), feedPaths.section(hostile.section)]) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    // Text sits in CDATA sections; the `]]>` in the title and teaser must not end one early.
    const xml = await response.text();
    const items = [(parser.parse(xml) as { rss: { channel: { item: unknown } } }).rss.channel.item].flat() as Record<string, unknown>[];
    const item = items.find((candidate) => String(candidate.link).endsWith(articlePath));
    expect(item?.title, feed).toBe(hostile.title);
    expect(item?.description, feed).toBe(hostile.teaser);
    // Nothing in the item parsed as an element of its own.
    expect(Object.keys(item ?? {}).filter((key) => /^(?:script|b|img|i|a|evil)$/i.test(key))).toEqual([]);
  }

  // playwright.hostile.config.ts widens the news window so the 2021 fixture is listed.
  const sitemap = await request.get(sitemapPaths.news());
  expect(sitemap.status()).toBe(200);
  const news = parser.parse(await sitemap.text()) as { urlset: { url: unknown } };
  const entries = [news.urlset.url].flat() as { loc: string; 'news:news': { 'news:title': string } }[];
  const entry = entries.find((candidate) => candidate.loc.endsWith(articlePath));
  expect(entry?.['news:news']['news:title']).toBe(hostile.title);
  expect(Object.keys(entry?.['news:news'] ?? {}).filter((key) => !key.startsWith('news:'))).toEqual([]);
});

test('share cards render for the hostile article and its topic', async ({ request }) => {
  for (const card of [cardPaths.article(article), cardPaths.articleTwitter(article), cardPaths.topic(slugify(boldTopic))]) {
    const response = await request.get(card);
    expect(response.status(), card).toBe(200);
    expect(response.headers()['content-type'], card).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString('latin1'), card).toBe('PNG');
  }
});
