import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../content/live/snapshot';
import { formatDate, formatDateTime } from '../format/date';
import { editionSite } from '../site-config';
import { paths } from '../urls';
import { arabic, dari, editionConfigs, english, german, pashto } from './config';
import { editions, editionsOf } from './index';
import type { EditionConfig } from './types';

const instant = '2021-04-14T22:10:00+02:00';

describe('editions', () => {
  it('keeps the default edition at / and the others under their prefixes', () => {
    expect(editions.default).toBe(english);
    expect(paths.home(german.prefix)).toBe('/de');
    expect(paths.article({ section: 'world', slug: 'x', lang: 'fa-AF' })).toBe('/fa-af/world/x');
    expect(paths.article({ section: 'world', slug: 'x', lang: 'en' })).toBe('/world/x');
    expect(paths.topicPage('nato', 2, 'ps')).toBe('/ps/topics/nato/page/2');
  });

  it("finds an article's edition by its language, exact tag first, in any case", () => {
    expect(editions.forLang('fa-af')).toBe(dari);
    expect(editions.forLang('de-AT')).toBe(german);
    expect(editions.forLang('xx')).toBe(english);
    expect(editions.exactLang('prs')).toBeUndefined();
  });

  it('writes dates in each edition’s calendar and digits', () => {
    expect(formatDate(instant, editionSite(english))).toBe('14 April 2021');
    expect(formatDate(instant, editionSite(german))).toBe('14. April 2021');
    // Solar Hijri, Persian digits, Kabul time (00:40 on 15 April): 26 Hamal 1400.
    expect(formatDate(instant, editionSite(dari))).toBe('۲۶ حمل ۱۴۰۰');
    expect(formatDate(instant, editionSite(pashto))).toBe('۲۶ وری ۱۴۰۰');
    expect(formatDateTime(instant, editionSite(pashto))).toMatch(/^۲۶ وری ۱۴۰۰، ۰۰:۴۰/);
    expect(formatDate(instant, editionSite(arabic))).toBe('١٤ أبريل ٢٠٢١');
  });

  it('adds an edition from configuration alone', () => {
    const urdu: EditionConfig = {
      ...arabic,
      prefix: 'ur',
      lang: 'ur',
      name: 'اردو',
      dates: { locale: 'ur', calendar: 'gregory', numerals: 'arabext', order: 'locale', timeZone: 'Asia/Karachi' },
      strings: { ...arabic.strings, home: 'سرورق' },
    };
    const list = editionsOf([...editionConfigs, urdu]);
    expect(list.byPrefix('ur')).toBe(urdu);
    const site = editionSite(urdu, list);
    expect(site).toMatchObject({ language: 'ur', direction: 'rtl', prefix: 'ur' });
    expect(site.moreSites.map((link) => link.href)).toEqual(['/', '/de', '/fa-af', '/ps', '/ar']);
    expect(formatDate(instant, site)).toMatch(/۲۰۲۱/);
  });

  it('gives each edition its own stories, topics and lists in a snapshot', () => {
    const story = (slug: string, lang: string) => ({
      slug, file: `${slug}.mdx`, title: slug, teaser: 't', published: '2021-01-01T00:00:00Z', section: 'world',
      topics: [{ name: 'NATO', slug: 'nato' }], authors: ['a'], sources: [], lang, related: [], draft: false,
      image: { src: '/images/a.jpg', alt: 'a', credit: 'c', width: 1, height: 1 },
    });
    const snapshot = buildSnapshot({ stories: [story('en-1', 'en'), story('fa-1', 'fa-AF'), story('fa-2', 'fa-AF')], related: new Map(), gone: new Map(), now: new Date('2022-01-01') });
    expect(snapshot.editions.get('')?.articles.map((a) => a.slug)).toEqual(['en-1']);
    expect(snapshot.editions.get('fa-af')?.listings.bySection['world']).toEqual([0, 1]);
    expect(snapshot.editions.get('fa-af')?.pages.hasArticle('world', 'en-1')).toBe(false);
    expect(snapshot.editions.get('ar')?.articles).toEqual([]);
  });
});
