import { describe, expect, it } from 'vitest';
import { reservedSlugs, slugify, slugPattern } from './slug';

describe('slugify', () => {
  it.each([
    ['Afghanistan', 'afghanistan'],
    ["Women's rights", 'womens-rights'],
    ['Angela Merkel', 'angela-merkel'],
    ['Türkiye & Côte d’Ivoire', 'turkiye-cote-divoire'],
    ['<b>Bold</b>', 'b-bold-b'],
    ['COVID-19', 'covid-19'],
    ['???', ''],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('always yields a valid URL segment or nothing', () => {
    for (const name of ['  spaced  out ', 'a--b', 'Ωmega 2', 'x/y\\z']) {
      const slug = slugify(name);
      expect(slug === '' || slugPattern.test(slug)).toBe(true);
    }
  });
});

describe('reservedSlugs', () => {
  it('covers the routes that live beside articles', () => {
    for (const slug of ['topics', 'api', 'feed', 'page', 'opengraph-image', 'sitemap']) expect(reservedSlugs.has(slug)).toBe(true);
  });
});
