import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSingleSource } from '../../lib/content/load';
import { slugPattern } from '../../lib/content/slug';
import { sitemapXml } from '../../lib/seo/sitemaps';
import { isoSeconds, liveSlug, liveStoryMdx, mentions, SigningClock, sitemapLastModified, type LiveStory } from './live-story';

const publicDir = path.join(__dirname, '..', '..', 'fixtures', 'content', 'public');

const story: LiveStory = {
  slug: liveSlug('abc123', 7),
  title: 'Bench story 0007 goes live',
  teaser: 'A story the benchmark published through the API, number 0007.',
  section: 'climate',
  published: new Date('2026-03-01T12:00:00.250Z'),
  topics: ['Energy', "Women's rights"],
  image: { src: '/images/articles/fixture.jpg', alt: 'A picture', credit: 'Lede bench' },
  seed: 8,
};

async function load(mdx: string, slug = story.slug) {
  return loadSingleSource({ slug, source: mdx, file: `content/articles/${slug}.mdx`, knownSlugs: new Set(), publicDir });
}

describe('liveSlug', () => {
  it('is a valid slug, padded so no slug is the start of another', () => {
    expect(liveSlug('abc123', 7)).toBe('live-bench-abc123-0007');
    expect(slugPattern.test(liveSlug('lx3k9a', 199))).toBe(true);
  });
});

describe('liveStoryMdx', () => {
  it('makes a story the publishing API validates and compiles without an error', async () => {
    const { article, errors } = await load(liveStoryMdx(story));
    expect(errors).toEqual([]);
    expect(article?.title).toBe(story.title);
    expect(article?.section).toBe('climate');
    expect(article?.published).toBe('2026-03-01T12:00:00Z');
    expect(article?.topics.map((t) => t.name)).toEqual(['Energy', "Women's rights"]);
    expect(article?.bodyText.split(' ').length).toBeGreaterThan(150);
  });

  it('makes a valid correction: updated, the correction text with quotes in it, a new headline', async () => {
    const corrected = { ...story, title: 'Bench story 0007 corrected', updated: new Date('2026-03-01T12:00:05Z'), correction: `An earlier version had the headline "${story.title}".` };
    const { article, errors } = await load(liveStoryMdx(corrected));
    expect(errors).toEqual([]);
    expect(article?.updated).toBe('2026-03-01T12:00:05Z');
    expect(article?.correction).toBe(corrected.correction);
  });

  it('differs in its words from seed to seed, and is the same for one seed', () => {
    expect(liveStoryMdx(story)).toBe(liveStoryMdx({ ...story }));
    expect(liveStoryMdx({ ...story, seed: 9 })).not.toBe(liveStoryMdx(story));
  });
});

describe('isoSeconds', () => {
  it('drops the milliseconds', () => {
    expect(isoSeconds(new Date('2026-03-01T12:00:00.999Z'))).toBe('2026-03-01T12:00:00Z');
  });
});

describe('mentions', () => {
  const path = '/world/live-bench-x-0001';
  it('finds the story in an href, an absolute URL or a share-card address', () => {
    expect(mentions('<a href="/world/live-bench-x-0001">', path)).toBe(true);
    expect(mentions('<link>http://localhost:3720/world/live-bench-x-0001</link>', path)).toBe(true);
    expect(mentions('/world/live-bench-x-0001/opengraph-image', path)).toBe(true);
  });

  it('does not take a longer slug for it', () => {
    expect(mentions('<a href="/world/live-bench-x-00010">', path)).toBe(false);
    expect(mentions('<a href="/world/live-bench-x-0001-b">', path)).toBe(false);
    expect(mentions('<a href="/sport/live-bench-x-0001">', path)).toBe(false);
  });
});

describe('sitemapLastModified', () => {
  // As the site writes it: image entries between <loc> and <lastmod>.
  const xml = sitemapXml([
    { url: 'http://x/world/a', lastModified: '2026-03-01T12:00:05.000Z', images: ['http://x/images/a.jpg'] },
    { url: 'http://x/world/b', lastModified: '2026-03-01T12:00:00.000Z', images: ['http://x/images/b.jpg'] },
  ]);
  it('reads the lastmod of that URL, not of another', () => {
    expect(sitemapLastModified(xml, '/world/a', '2026-03-01T12:00:05.000Z')).toBe(true);
    expect(sitemapLastModified(xml, '/world/b', '2026-03-01T12:00:05.000Z')).toBe(false);
  });
});

describe('SigningClock', () => {
  it('never signs one body twice at the same second', () => {
    const clock = new SigningClock();
    expect(clock.secondsFor('', 1000)).toBe(1000);
    expect(clock.secondsFor('', 1000)).toBe(1001);
    expect(clock.secondsFor('', 1000)).toBe(1002);
    expect(clock.secondsFor('', 1005)).toBe(1005);
  });

  it('leaves different bodies at the current second', () => {
    const clock = new SigningClock();
    expect(clock.secondsFor('a', 1000)).toBe(1000);
    expect(clock.secondsFor('b', 1000)).toBe(1000);
  });
});
