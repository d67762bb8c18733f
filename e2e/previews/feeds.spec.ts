import { statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Parser from 'rss-parser';
import type { ArticleSummary } from '../../lib/content/types';
import { feedItemLimit, imageMimeType } from '../../lib/seo/feeds';
import { feedPaths } from '../../lib/seo/paths';
import { absoluteUrl, paths } from '../../lib/urls';
import { articles } from '../support/content';
import { siteUnderTest } from './bot';

interface EnclosureItem {
  enclosure?: { url: string; type?: string; length?: string };
}

const parser = new Parser<Record<string, unknown>, EnclosureItem>();

async function fetchFeed(request: APIRequestContext, feedPath: string) {
  const response = await request.get(feedPath);
  expect(response.status(), feedPath).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/rss\+xml\b/);
  return parser.parseString(await response.text());
}

const lastChange = (article: ArticleSummary) => Date.parse(article.updated ?? article.published);

async function expectFeedOf(request: APIRequestContext, feedPath: string, pagePath: string, expected: readonly ArticleSummary[]) {
  const feed = await fetchFeed(request, feedPath);
  expect(feed.link).toBe(absoluteUrl(pagePath, siteUnderTest.url));
  const newest = [...expected].sort((a, b) => Date.parse(b.published) - Date.parse(a.published)).slice(0, feedItemLimit);
  expect(feed.items.map((item) => item.link)).toEqual(newest.map((article) => absoluteUrl(paths.article(article), siteUnderTest.url)));
  expect(new Date(String(feed.lastBuildDate)).getTime()).toBe(Math.max(...newest.map(lastChange)));

  for (const [index, item] of feed.items.entries()) {
    const article = newest[index]!;
    expect(item.title).toBe(article.title);
    // The GUID is the canonical URL: stable for as long as the story exists.
    expect(item.guid).toBe(item.link);
    expect(new Date(item.pubDate ?? '').getTime()).toBe(Date.parse(article.published));
    expect(item.content ?? item.contentSnippet).toBe(article.teaser);
    expect(item.categories).toEqual(article.topics.map((topic) => topic.name));
    const bytes = statSync(path.join(process.cwd(), 'public', article.image.src)).size;
    expect(item.enclosure).toEqual({ url: absoluteUrl(article.image.src, siteUnderTest.url), type: imageMimeType(article.image.src), length: String(bytes) });
    // A real MIME type: the feed library on its own would write "image/jpg".
    expect(item.enclosure?.type).toMatch(/^image\/(jpeg|png|webp|avif)$/);
  }
  return feed;
}

test('the site feed holds the newest 50 stories of every section', async ({ request }) => {
  const feed = await expectFeedOf(request, feedPaths.site(), paths.home(), articles);
  expect(feed.title).toBe(siteUnderTest.name);
  // Each enclosure really is the picture it claims to be, at its stated length.
  const first = feed.items[0]?.enclosure;
  const image = await request.get(first?.url ?? '');
  expect(image.status()).toBe(200);
  expect((await image.body()).byteLength).toBe(Number(first?.length));
});

for (const section of siteUnderTest.sections) {
  test(`the ${section.name} feed holds only that section`, async ({ request }) => {
    const feed = await expectFeedOf(
      request,
      feedPaths.section(section.slug),
      paths.section(section.slug),
      articles.filter((article) => article.section === section.slug),
    );
    expect(feed.title).toBe(`${siteUnderTest.name}: ${section.name}`);
  });
}

test('a feed for a section that does not exist is a 404', async ({ request }) => {
  expect((await request.get(feedPaths.section('no-such-section'))).status()).toBe(404);
});
