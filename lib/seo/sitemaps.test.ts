import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeArticle, testSite } from '../../fixtures/seo/articles';
import {
  maxUrlsPerSitemap,
  sitemapChunk,
  sitemapCount,
  sitemapEntries,
  sitemapIdFromFile,
  sitemapIds,
  sitemapIndexUrls,
  sitemapIndexXml,
  sitemapUrlCount,
  sitemapUrls,
  sitemapXml,
} from './sitemaps';

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

  it('gives the index the /sitemaps/<id>.xml address of every file, then the news sitemap', () => {
    expect(sitemapUrls(7, testSite, 3)).toEqual([
      'https://news.example/sitemaps/0.xml',
      'https://news.example/sitemaps/1.xml',
      'https://news.example/sitemaps/2.xml',
    ]);
    expect(sitemapIndexUrls(7, testSite, 3)).toEqual([...sitemapUrls(7, testSite, 3), 'https://news.example/news-sitemap.xml']);
    expect(sitemapIndexUrls(0, testSite)).toEqual(['https://news.example/sitemaps/0.xml', 'https://news.example/news-sitemap.xml']);
  });

  it('reads the id from a file name, one address per file', () => {
    expect(sitemapIdFromFile('0.xml')).toBe(0);
    expect(sitemapIdFromFile('12.xml')).toBe(12);
    for (const name of ['00.xml', '01.xml', '-1.xml', '1.5.xml', '1', '1.XML', 'x.xml', '1.xml.gz', '', '9999999999.xml']) expect(sitemapIdFromFile(name), name).toBeUndefined();
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

describe('the XML', () => {
  const entries = sitemapEntries({ articles: [makeArticle()], topics: [{ name: 'NATO', slug: 'nato' }] }, testSite);

  it('writes each sitemap file byte for byte as Next 16 wrote app/sitemap.ts output', () => {
    expect(sitemapXml(entries)).toBe(resolveSitemap(entries));
    const noImages = entries.filter((entry) => !entry.images);
    expect(sitemapXml(noImages)).toBe(resolveSitemap(noImages));
    expect(sitemapXml(noImages)).not.toContain('xmlns:image');
  });

  it('escapes what it writes, unlike Next', () => {
    expect(sitemapXml([{ url: 'https://news.example/?a=1&b=<2>' }])).toContain('<loc>https://news.example/?a=1&amp;b=&lt;2&gt;</loc>');
  });

  it('writes a sitemap index with every file, in order', () => {
    const xml = sitemapIndexXml(sitemapIndexUrls(7, testSite, 3));
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap>
<loc>https://news.example/sitemaps/0.xml</loc>
</sitemap>
<sitemap>
<loc>https://news.example/sitemaps/1.xml</loc>
</sitemap>
<sitemap>
<loc>https://news.example/sitemaps/2.xml</loc>
</sitemap>
<sitemap>
<loc>https://news.example/news-sitemap.xml</loc>
</sitemap>
</sitemapindex>
`);
    const parsed = new XMLParser({ isArray: (name) => name === 'sitemap' }).parse(sitemapIndexXml(['https://news.example/a?x=1&y=2'])) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(parsed.sitemapindex.sitemap.map((item) => item.loc)).toEqual(['https://news.example/a?x=1&y=2']);
  });
});

describe('sitemapUrlCount', () => {
  it('counts exactly the URLs sitemapEntries lists', () => {
    const content = { articles: [makeArticle(), makeArticle({ slug: 'another' })], topics: [{ name: 'NATO', slug: 'nato' }] };
    expect(sitemapUrlCount(content, testSite)).toBe(sitemapEntries(content, testSite).length);
  });
});
