import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildListings, collectTopics, writeContentIndex, type ContentIndex } from './index-file';
import type { Article } from './types';

const article = (n: number, section: string, topics: readonly string[]): Article => ({
  slug: `story-${n}`,
  file: `story-${n}.mdx`,
  title: `Story ${n}`,
  teaser: 'T',
  published: new Date(Date.UTC(2024, 0, 1) - n * 3_600_000).toISOString(),
  section,
  topics: topics.map((t) => ({ name: t, slug: t })),
  authors: ['a'],
  sources: [],
  image: { src: '/images/a.jpg', alt: 'a', credit: 'c', width: 16, height: 9 },
  lang: 'en',
  related: [],
  draft: false,
  body: { type: 'root', children: [] },
  bodyText: '',
});

// 70 stories newest first: every other one in world, every third about nato.
const archive = Array.from({ length: 70 }, (_, n) => article(n, n % 2 === 0 ? 'world' : 'sport', n % 3 === 0 ? ['nato'] : ['other']));

let cwd: string;
type Store = typeof import('./store');
let store: Store;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'lede-store-'));
  vi.spyOn(process, 'cwd').mockReturnValue(cwd);
  const summaries = archive.map(({ body: _b, bodyText: _t, ...summary }) => summary);
  const index: ContentIndex = {
    version: 3,
    builtAt: '2024-01-01T00:00:00Z',
    articles: summaries,
    scheduled: [],
    live: {},
    related: {},
    topics: collectTopics(summaries),
    listings: buildListings(summaries, ['world', 'sport', 'climate']),
  };
  await writeContentIndex(path.join(cwd, '.lede', 'site'), index, archive);
  vi.resetModules();
  store = await import('./store');
});

afterAll(async () => {
  vi.restoreAllMocks();
  await rm(cwd, { recursive: true, force: true });
});

describe('store fronts', () => {
  it('lists a section newest first, as filtering the archive would', () => {
    expect(store.getSectionArticles('world').map((a) => a.slug)).toEqual(archive.filter((a) => a.section === 'world').map((a) => a.slug));
  });

  it('pages a section 30 at a time and has nothing past the end', () => {
    const first = store.getSectionPage('world', 1);
    const second = store.getSectionPage('world', 2);
    expect(first?.items.map((a) => a.slug)).toEqual(store.getSectionArticles('world').slice(0, 30).map((a) => a.slug));
    expect(second?.items.map((a) => a.slug)).toEqual(['story-60', 'story-62', 'story-64', 'story-66', 'story-68']);
    expect(second?.pageCount).toBe(2);
    expect(store.getSectionPage('world', 3)).toBeUndefined();
  });

  it('gives a configured section with no stories one empty page, and an unknown one nothing more', () => {
    expect(store.getSectionPage('climate', 1)?.items).toEqual([]);
    expect(store.getSectionPage('climate', 2)).toBeUndefined();
    expect(store.getTopicPage('no-such-topic', 2)).toBeUndefined();
  });

  it('pages topics the same way', () => {
    expect(store.getTopicPage('nato', 1)?.pageCount).toBe(1);
    expect(store.getTopicPage('other', 2)?.items.map((a) => a.slug).slice(0, 2)).toEqual(['story-46', 'story-47']);
  });
});
