import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { newsWindowHours, recentArticles } from '../../lib/seo/news-sitemap';
import { sitemapPaths } from '../../lib/seo/paths';
import { absoluteUrl, paths } from '../../lib/urls';
import { articles, contentIndex, everyRoute } from '../support/content';
import { siteUnderTest } from './bot';

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'image:image' });

interface UrlSet {
  urlset: { url?: { loc: string; lastmod?: string; 'image:image'?: { 'image:loc': string }[]; 'news:news'?: Record<string, unknown> }[] };
}

async function robotsSitemaps(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*\nAllow: \/\n/m);
  expect(text).not.toMatch(/^Disallow:/m);
  return [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1] ?? '');
}

test('robots.txt allows everything and names every sitemap file and the news sitemap', async ({ request }) => {
  const sitemaps = await robotsSitemaps(request);
  expect(sitemaps).toContain(absoluteUrl(sitemapPaths.news(), siteUnderTest.url));
  // Next 16 serves generateSitemaps files at /sitemap/<id>.xml.
  expect(sitemaps.filter((url) => /\/sitemap\/\d+\.xml$/.test(url))).toEqual([absoluteUrl(sitemapPaths.chunk(0), siteUnderTest.url)]);
});

test('the sitemaps list every page once, and every URL in them answers 200', async ({ request }) => {
  test.slow(); // a request per page and per picture
  const files = (await robotsSitemaps(request)).filter((url) => !url.endsWith(sitemapPaths.news()));
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
