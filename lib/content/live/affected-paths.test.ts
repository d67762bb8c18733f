import { describe, expect, it } from 'vitest';
import { liveSummary } from '../../../fixtures/live/stories';
import { FRONT_PAGE_SIZE } from '../../pagination';
import type { ArticleSummary } from '../types';
import { affectedPaths } from './affected-paths';
import { buildSnapshot, type GoneStory, type Snapshot } from './snapshot';

const NOW = new Date('2024-06-01T12:00:00Z');
const hoursAgo = (n: number) => new Date(NOW.getTime() - n * 3_600_000).toISOString();
const topic = (slug: string) => ({ name: slug, slug });

/** 70 world stories (three pages of 30), all about diplomacy (three pages), every other one about NATO (two pages); five climate stories. */
const world = Array.from({ length: 70 }, (_, n) =>
  liveSummary(`world-${n}`, { published: hoursAgo(n + 1), section: 'world', topics: n % 2 === 0 ? [topic('diplomacy'), topic('nato')] : [topic('diplomacy')] }),
);
const climate = Array.from({ length: 5 }, (_, n) => liveSummary(`climate-${n}`, { published: hoursAgo(n + 1), section: 'climate', topics: [topic('glaciers')] }));
const archive = [...world, ...climate];

/** Each story's related list: its neighbour in the archive. */
const relatedOf = (stories: readonly ArticleSummary[]) => new Map(stories.map((story, i) => [story.slug, [stories[(i + 1) % stories.length]?.slug ?? '']]));

const snapshot = (stories: readonly ArticleSummary[], related: ReadonlyMap<string, readonly string[]>, gone: ReadonlyMap<string, GoneStory> = new Map()): Snapshot =>
  buildSnapshot({ stories, related, gone, now: NOW });

const sitewide = ['/', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml', '/sitemaps/0.xml'];
const cards = (page: string) => [page, `${page}/opengraph-image`, `${page}/twitter-image`];

describe('affectedPaths', () => {
  const related = relatedOf(archive);
  const before = snapshot(archive, related);
  const story = liveSummary('nato-summit-opens', { published: hoursAgo(0), section: 'world', topics: [topic('nato'), topic('diplomacy')] });

  it('starts from a section three pages long', () => {
    expect(before.listings.bySection['world']?.length).toBe(70);
    expect(Math.ceil(70 / FRONT_PAGE_SIZE)).toBe(3);
  });

  it('lists every page a new story at the top of its section shifts, and no unrelated article', () => {
    const afterRelated = new Map(related);
    afterRelated.set(story.slug, ['world-0']);
    // world-3's list now shows the story; world-5's was ranked again into a new array with the same slugs.
    afterRelated.set('world-3', ['nato-summit-opens']);
    afterRelated.set('world-5', [...(related.get('world-5') ?? [])]);
    const after = snapshot([story, ...archive], afterRelated);

    const result = affectedPaths(before, after, [story.slug]);
    expect(new Set(result)).toEqual(
      new Set([
        ...sitewide,
        ...cards('/world/nato-summit-opens'),
        '/world/feed.xml',
        '/world',
        '/world/page/2',
        '/world/page/3',
        '/topics/nato',
        '/topics/nato/page/2',
        '/topics/diplomacy',
        '/topics/diplomacy/page/2',
        '/topics/diplomacy/page/3',
        '/world/world-3',
        '/world/world-5',
      ]),
    );
    expect(result).toHaveLength(new Set(result).size);
    expect(result).not.toContain('/world/world-1');
    expect(result).not.toContain('/climate');
    expect(result).not.toContain('/world/page/4');
  });

  it('lists the page of an article whose unchanged list shows the changed story', () => {
    // A corrected title shows in every related card that links to the story.
    const corrected = { ...world[10], title: 'Corrected' } as ArticleSummary;
    const after = snapshot(
      archive.map((s) => (s.slug === corrected.slug ? corrected : s)),
      related,
    );
    const result = affectedPaths(before, after, [corrected.slug]);
    expect(result).toContain('/world/world-9');
    expect(result).toContain('/world/world-10');
    expect(result).not.toContain('/world/world-11');
  });

  it('lists both sections, both addresses and both topic sets when a story moves section', () => {
    const moved = { ...world[0], section: 'economy', topics: [topic('trade')] } as ArticleSummary;
    const after = snapshot(
      archive.map((s) => (s.slug === moved.slug ? moved : s)),
      related,
    );
    const result = affectedPaths(before, after, [moved.slug]);
    expect(result).toEqual(
      expect.arrayContaining([
        ...cards('/world/world-0'),
        ...cards('/economy/world-0'),
        '/world',
        '/world/page/3',
        '/economy',
        '/world/feed.xml',
        '/economy/feed.xml',
        '/topics/trade',
        '/topics/nato',
        '/topics/diplomacy/page/3',
      ]),
    );
    expect(result).not.toContain('/economy/page/2');
  });

  it('lists a story taken down, its fronts and the lists that showed it', () => {
    const gone = new Map([['world-0', { slug: 'world-0', section: 'world', at: NOW.toISOString() }]]);
    const remaining = archive.filter((s) => s.slug !== 'world-0');
    const afterRelated = new Map(remaining.map((s) => [s.slug, related.get(s.slug) ?? []]));
    afterRelated.set('climate-4', ['world-1']);
    const after = snapshot(remaining, afterRelated, gone);
    const result = affectedPaths(before, after, ['world-0']);
    expect(result).toEqual(expect.arrayContaining([...sitewide, ...cards('/world/world-0'), '/world/page/3', '/topics/nato/page/2', '/climate/climate-4']));
    expect(result).not.toContain('/world/world-1');
  });

  it('lists the old address of a story taken down and published again in another section', () => {
    const gone = new Map([['world-0', { slug: 'world-0', section: 'world', at: NOW.toISOString() }]]);
    const remaining = archive.filter((s) => s.slug !== 'world-0');
    const wasGone = snapshot(remaining, related, gone);
    const back = { ...world[0], section: 'economy' } as ArticleSummary;
    const after = snapshot([back, ...remaining], related);
    const result = affectedPaths(wasGone, after, ['world-0']);
    expect(result).toEqual(expect.arrayContaining(['/world/world-0', ...cards('/economy/world-0'), '/economy']));
  });

  it('lists a released story, which no snapshot showed before', () => {
    const later = liveSummary('budget-vote', { published: new Date(NOW.getTime() + 60_000).toISOString(), section: 'economy', topics: [topic('budget')] });
    const scheduled = snapshot([...archive, later], related);
    expect(scheduled.scheduled.map((s) => s.slug)).toEqual(['budget-vote']);
    const released = buildSnapshot({ stories: [...archive, later], related, gone: new Map(), now: new Date(NOW.getTime() + 60_000) });
    const result = affectedPaths(scheduled, released, ['budget-vote']);
    expect(result).toEqual(expect.arrayContaining([...sitewide, ...cards('/economy/budget-vote'), '/economy', '/economy/feed.xml', '/topics/budget']));
  });
});
