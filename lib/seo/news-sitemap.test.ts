import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hostileTitle, makeArticle, testSite } from '../../fixtures/seo/articles';
import { newsLanguage, newsSitemapXml, recentArticles } from './news-sitemap';
import { escapeXml } from './xml';

const now = new Date('2021-04-16T12:00:00Z');
const at = (iso: string, slug: string) => makeArticle({ slug, published: iso, updated: undefined });

describe('recentArticles', () => {
  const articles = [
    at('2021-04-16T11:00:00Z', 'an-hour-ago'),
    at('2021-04-14T12:00:00Z', 'exactly-48-hours'),
    at('2021-04-14T11:59:59Z', 'just-too-old'),
    at('2021-04-16T12:00:01Z', 'in-the-future'),
  ];

  it('keeps what was first published within the window, newest first', () => {
    expect(recentArticles(articles, now, 48).map((a) => a.slug)).toEqual(['an-hour-ago', 'exactly-48-hours']);
    expect(recentArticles(articles, now, 2).map((a) => a.slug)).toEqual(['an-hour-ago']);
  });

  it('goes by first publication: an old story updated today is not news', () => {
    const updated = makeArticle({ slug: 'updated', published: '2021-04-01T10:00:00Z', updated: '2021-04-16T11:00:00Z' });
    expect(recentArticles([updated], now, 48)).toEqual([]);
  });
});

describe('newsSitemapXml', () => {
  const xml = newsSitemapXml([makeArticle({ title: hostileTitle }), makeArticle({ slug: 'zweite', lang: 'de-AT' })], testSite);
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { url: { loc: string; 'news:news': Record<string, unknown> }[] };
  };

  it('carries publication, date and title for every story', () => {
    const first = parsed.urlset.url[0]!;
    expect(first.loc).toBe('https://news.example/world/alliance-agrees-drawdown');
    expect(first['news:news']).toEqual({
      'news:publication': { 'news:name': 'Lede', 'news:language': 'en' },
      'news:publication_date': '2021-04-14T19:32:00+02:00',
      'news:title': hostileTitle,
    });
    expect(parsed.urlset.url[1]?.['news:news']).toMatchObject({ 'news:publication': { 'news:language': 'de' } });
  });

  it('escapes markup in titles', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/script&gt;');
  });

  it('is a valid, empty urlset when there is no recent story', () => {
    const empty = new XMLParser().parse(newsSitemapXml([], testSite)) as { urlset: unknown };
    expect(empty.urlset).toBe('');
  });
});

describe('newsLanguage and escapeXml', () => {
  it('uses ISO 639 codes, with Google\'s Chinese exceptions', () => {
    expect(newsLanguage('en')).toBe('en');
    expect(newsLanguage('de-AT')).toBe('de');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
  });

  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('line\u2028break')).toBe('line\u2028break');
  });
});
