import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../content/types';
import { findSection } from '../site-config';
import { hostileTitle, makeArticle, testSite } from '../../fixtures/seo/articles';
import { feedItemLimit, imageMimeType, sectionFeed, siteFeed } from './feeds';

const world = findSection('world')!;
const parser = new Parser({ customFields: { item: ['enclosure'] } });
const options = { imageBytes: (src: string) => src.length * 1000, site: testSite };

/** `count` articles one hour apart, newest first, alternating between world and economy. */
function corpus(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const published = new Date(Date.UTC(2021, 3, 14, 12) - index * 3_600_000).toISOString().replace('.000Z', '+00:00');
    return makeArticle({
      slug: `story-${index}`,
      title: `Story ${index}`,
      section: index % 2 === 0 ? 'world' : 'economy',
      published,
      updated: undefined,
    });
  });
}

describe('siteFeed', () => {
  it('lists the newest 50 stories with absolute links, permalink GUIDs and publication dates', async () => {
    const xml = siteFeed(corpus(60), options);
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Lede');
    expect(feed.link).toBe('https://news.example/');
    expect(feed.items).toHaveLength(feedItemLimit);
    const first = feed.items[0]!;
    expect(first.title).toBe('Story 0');
    expect(first.link).toBe('https://news.example/world/story-0');
    expect(first.guid).toBe('https://news.example/world/story-0');
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/world/story-0</guid>');
    expect(new Date(first.pubDate!).toISOString()).toBe('2021-04-14T12:00:00.000Z');
    expect(feed.items.at(-1)?.title).toBe('Story 49');
  });

  it('dates the channel by its newest change, not by the clock', async () => {
    const articles = corpus(3);
    articles[2] = { ...articles[2]!, updated: '2021-04-15T08:00:00+02:00' };
    const feed = await parser.parseString(siteFeed(articles, options));
    expect(new Date(feed.lastBuildDate as string).toISOString()).toBe('2021-04-15T06:00:00.000Z');
  });

  it('gives the teaser, the topics and the hero as an enclosure with its byte length', async () => {
    const feed = await parser.parseString(siteFeed(corpus(1), options));
    const item = feed.items[0]!;
    expect(item.contentSnippet ?? item.content).toBe(makeArticle().teaser);
    expect(item.categories).toEqual(['Afghanistan', 'NATO']);
    expect(item.enclosure).toEqual({
      url: 'https://news.example/images/articles/fixture.jpg',
      type: 'image/jpeg',
      length: String('/images/articles/fixture.jpg'.length * 1000),
    });
  });

  it('keeps hostile titles as text', async () => {
    const hostile = makeArticle({ title: `${hostileTitle} ]]> end`, teaser: hostileTitle });
    const feed = await parser.parseString(siteFeed([hostile], options));
    expect(feed.items[0]?.title).toBe(`${hostileTitle} ]]> end`);
  });
});

describe('sectionFeed', () => {
  it('holds only the section\'s stories and links the section front', async () => {
    const feed = await parser.parseString(sectionFeed(world, corpus(10), options));
    expect(feed.title).toBe('Lede: World');
    expect(feed.link).toBe('https://news.example/world');
    expect(feed.items.map((item) => item.link)).toEqual([0, 2, 4, 6, 8].map((n) => `https://news.example/world/story-${n}`));
  });
});

describe('imageMimeType', () => {
  it('names real MIME types, never image/jpg', () => {
    expect(imageMimeType('/images/a.jpg')).toBe('image/jpeg');
    expect(imageMimeType('/images/a.webp')).toBe('image/webp');
    expect(() => imageMimeType('/images/a.gif')).toThrow(/No image type/);
  });
});
