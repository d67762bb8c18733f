import { describe, expect, it } from 'vitest';
import type { RelatedDocument } from '../../related';
import { buildListings } from '../index-file';
import { neighbourhood, WHOLE_ARCHIVE_LIMIT } from './neighbourhood';

const doc = (n: number, topics: readonly string[], section = 'world'): RelatedDocument => ({
  slug: `story-${n}`,
  title: `Story ${n}`,
  teaser: '',
  bodyText: '',
  topics: topics.map((t) => ({ name: t, slug: t })),
  section,
  published: new Date(Date.UTC(2024, 0, 1) - n * 60_000).toISOString(),
  draft: false,
  related: [],
  lang: 'en',
});

describe('neighbourhood', () => {
  it('is the whole archive while the archive is small', () => {
    const docs = Array.from({ length: 10 }, (_, n) => doc(n, ['a']));
    expect(neighbourhood(docs, buildListings(docs, ['world']), new Map(), ['story-3'])).toBe(docs);
  });

  // A large archive: every story in topic "common" and section world; every hundredth also in topic "rare".
  const size = WHOLE_ARCHIVE_LIMIT * 2;
  const docs = Array.from({ length: size }, (_, n) => doc(n, n % 100 === 0 ? ['common', 'rare'] : ['common'], n % 2 === 0 ? 'world' : 'sport'));
  const listings = buildListings(docs, ['world', 'sport']);
  const previous = new Map([['story-5000', ['story-9999']]]);
  const chosen = neighbourhood(docs, listings, previous, ['story-5000']).map((d) => d.slug);

  it('takes the seed, every story of its rare topic, and the nearest of its common topic and section', () => {
    expect(chosen).toContain('story-5000');
    for (let n = 0; n < size; n += 100) expect(chosen).toContain(`story-${n}`);
    expect(chosen).toContain('story-5001');
    expect(chosen).toContain('story-4999');
    expect(chosen).not.toContain('story-2001');
    expect(chosen.length).toBeLessThan(1_000);
  });

  it('keeps what the seed lists today, however far away', () => {
    expect(chosen).toContain('story-9999');
  });

  it('keeps the archive order', () => {
    const order = chosen.map((slug) => Number(slug.slice(6)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
