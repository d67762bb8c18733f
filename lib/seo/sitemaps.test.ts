import { describe, expect, it } from 'vitest';
import { makeArticle, testSite } from '../../fixtures/seo/articles';
import { maxUrlsPerSitemap, sitemapChunk, sitemapCount, sitemapEntries, sitemapIds, sitemapUrls } from './sitemaps';

describe('splitting into sitemap files', () => {
  const entries = Array.from({ length: 7 }, (_, index) => `url-${index}`);

  it('needs one file per started chunk, and one for an empty site', () => {
    expect(sitemapCount(7, 3)).toBe(3);
    expect(sitemapCount(6, 3)).toBe(2);
    expect(sitemapCount(0, 3)).toBe(1);
    expect(sitemapCount(50_000)).toBe(1);
    expect(sitemapCount(50_001)).toBe(2);
    expect(maxUrlsPerSitemap).toBe(50_000);
  });

  it('numbers the files from 0 for generateSitemaps', () => {
    expect(sitemapIds(7, 3)).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }]);
  });

  it('puts every URL in exactly one file, in order', () => {
    const chunks = sitemapIds(entries.length, 3).map(({ id }) => sitemapChunk(entries, id, 3));
    expect(chunks).toEqual([['url-0', 'url-1', 'url-2'], ['url-3', 'url-4', 'url-5'], ['url-6']]);
    expect(chunks.flat()).toEqual(entries);
  });

  it('refuses ids past the end or that are not whole numbers', () => {
    expect(() => sitemapChunk(entries, 3, 3)).toThrow(/No sitemap 3/);
    expect(() => sitemapChunk(entries, -1, 3)).toThrow(/No sitemap/);
    expect(() => sitemapChunk(entries, Number.NaN, 3)).toThrow(/No sitemap/);
    expect(() => sitemapCount(7, 0)).toThrow(/positive integer/);
  });

  it('gives robots.txt the /sitemap/<id>.xml address of every file', () => {
    expect(sitemapUrls(7, testSite, 3)).toEqual([
      'https://news.example/sitemap/0.xml',
      'https://news.example/sitemap/1.xml',
      'https://news.example/sitemap/2.xml',
    ]);
  });
});

describe('sitemapEntries', () => {
  const older = makeArticle({ slug: 'older', published: '2021-04-10T10:00:00+02:00', updated: undefined, section: 'economy', topics: [{ name: 'NATO', slug: 'nato' }] });
  const newer = makeArticle();
  const entries = sitemapEntries({ articles: [newer, older], topics: [{ name: 'Afghanistan', slug: 'afghanistan' }, { name: 'NATO', slug: 'nato' }] }, testSite);
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));

  it('lists home, every section, every topic and every article once', () => {
    expect(entries).toHaveLength(1 + testSite.sections.length + 2 + 2);
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(entries.length);
    expect(entries[0]?.url).toBe('https://news.example/');
  });

  it('dates articles by their last change and fronts by their newest story', () => {
    expect(byUrl.get('https://news.example/world/alliance-agrees-drawdown')?.lastModified).toBe('2021-04-14T20:05:00.000Z');
    expect(byUrl.get('https://news.example/economy/older')?.lastModified).toBe('2021-04-10T08:00:00.000Z');
    expect(byUrl.get('https://news.example/')?.lastModified).toBe('2021-04-14T20:05:00.000Z');
    expect(byUrl.get('https://news.example/economy')?.lastModified).toBe('2021-04-10T08:00:00.000Z');
    expect(byUrl.get('https://news.example/topics/nato')?.lastModified).toBe('2021-04-14T20:05:00.000Z');
    expect(byUrl.get('https://news.example/sport')).toEqual({ url: 'https://news.example/sport' });
  });

  it('names each article\'s picture for image search', () => {
    expect(byUrl.get('https://news.example/economy/older')?.images).toEqual(['https://news.example/images/articles/fixture.jpg']);
  });
});
