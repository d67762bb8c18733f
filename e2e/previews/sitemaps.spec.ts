import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { newsWindowHours, recentArticles } from '../../lib/seo/news-sitemap';
import { editions } from '../../lib/editions';
import { sitemapPaths } from '../../lib/seo/paths';
import { absoluteUrl, paths } from '../../lib/urls';
import { articles, contentIndex, everyRoute } from '../support/content';
import { siteUnderTest } from './bot';

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'image:image' || name === 'sitemap' });

interface UrlSet {
  urlset: { url?: { loc: string; lastmod?: string; 'image:image'?: { 'image:loc': string }[]; 'news:news'?: Record<string, unknown> }[] };
}

interface SitemapIndex {
  sitemapindex: { sitemap?: { loc: string }[] };
}

const indexUrl = absoluteUrl(sitemapPaths.index(), siteUnderTest.url);
const newsUrl = absoluteUrl(sitemapPaths.news(), siteUnderTest.url);

test('robots.txt allows everything and names every edition\'s sitemap index and news sitemap, the default edition\'s first', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*\nAllow: \/\n/m);
  expect(text).not.toMatch(/^Disallow:/m);
  const others = editions.all
    .filter((edition) => edition.prefix !== '')
    .flatMap((edition) => [absoluteUrl(sitemapPaths.index(edition.prefix), siteUnderTest.url), absoluteUrl(sitemapPaths.news(edition.prefix), siteUnderTest.url)]);
  expect([...text.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1])).toEqual([indexUrl, newsUrl, ...others]);
});

/** The files /sitemap.xml lists, checked to be a sitemap index served as XML. */
async function indexedSitemaps(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const response = await request.get(sitemapPaths.index());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/xml');
  const body = await response.text();
  expect(body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  return ((xml.parse(body) as SitemapIndex).sitemapindex.sitemap ?? []).map((item) => item.loc);
}

test('/sitemap.xml is the sitemap index: every sitemap file, then the news sitemap', async ({ request }) => {
  const listed = await indexedSitemaps(request);
  // One file per 50,000 URLs: the test corpus fits in the first.
  expect(listed).toEqual([absoluteUrl(sitemapPaths.chunk(0), siteUnderTest.url), newsUrl]);
  const headers = (await request.get(sitemapPaths.index())).headers();
  for (const url of listed) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain('application/xml');
    // Cached as the other sitemaps are (config/cache-headers.js).
    expect(response.headers()['cache-control'], url).toBe(headers['cache-control']);
  }
});

test('the sitemaps the index lists hold every page once, and every URL in them answers 200', async ({ request }) => {
  test.slow(); // a request per page and per picture
  const files = (await indexedSitemaps(request)).filter((url) => url !== newsUrl);
  const entries: NonNullable<UrlSet['urlset']['url']> = [];
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    entries.push(...((xml.parse(await response.text()) as UrlSet).urlset.url ?? []));
  }
  const locs = entries.map((entry) => entry.loc);
  expect([...locs].sort()).toEqual(everyRoute.map((route) => absoluteUrl(route, siteUnderTest.url)).sort());

  for (const article of articles) {
    const entry = entries.find((candidate) => candidate.loc === absoluteUrl(paths.article(article), siteUnderTest.url));
    expect(new Date(entry?.lastmod ?? '').getTime(), article.slug).toBe(Date.parse(article.updated ?? article.published));
    expect(entry?.['image:image']?.map((image) => image['image:loc'])).toEqual([absoluteUrl(article.image.src, siteUnderTest.url)]);
  }

  const everyUrl = [...locs, ...entries.flatMap((entry) => entry['image:image']?.map((image) => image['image:loc']) ?? [])];
  for (const url of everyUrl) expect((await request.get(url)).status(), url).toBe(200);
});

test('a sitemap file the index does not list is a 404', async ({ request }) => {
  for (const path of [sitemapPaths.chunk(1), '/sitemaps/00.xml', '/sitemaps/x.xml', '/sitemap/0.xml']) expect((await request.get(path)).status(), path).toBe(404);
});

test('the news sitemap holds the stories of the window, with Google News fields', async ({ request }) => {
  // The window is read at build time: run the tests with the LEDE_NEWS_WINDOW_HOURS the build had.
  const expected = recentArticles(articles, new Date(contentIndex.builtAt), newsWindowHours());
  const response = await request.get(sitemapPaths.news());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const body = await response.text();
  expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  const urls = (xml.parse(body) as UrlSet).urlset.url ?? [];
  expect(urls.map((url) => url.loc)).toEqual(expected.map((article) => absoluteUrl(paths.article(article), siteUnderTest.url)));
  for (const [index, url] of urls.entries()) {
    const article = expected[index]!;
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': siteUnderTest.name, 'news:language': article.lang.split('-')[0] },
      'news:publication_date': article.published,
      'news:title': article.title,
    });
    expect((await request.get(url.loc)).status()).toBe(200);
  }
});
