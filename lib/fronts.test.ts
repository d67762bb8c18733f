import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './content/types';
import { arrangeHome, frontPagePath, pageFromSegment, resolveFront, type FrontSource } from './fronts';
import { pageOf } from './pagination';

const story = (slug: string, section: string): ArticleSummary => ({
  slug,
  section,
  file: `${slug}.mdx`,
  title: slug,
  teaser: slug,
  published: '2021-04-14T10:00:00Z',
  topics: [],
  authors: ['x'],
  sources: [],
  image: { src: '/images/a.jpg', alt: 'a', credit: 'c', width: 16, height: 9 },
  lang: 'en',
  related: [],
  draft: false,
});

describe('arrangeHome', () => {
  const sections = [
    { slug: 'world', name: 'World', description: '' },
    { slug: 'sport', name: 'Sport', description: '' },
  ];
  const archive = ['w1', 'w2', 's1', 'w3', 's2', 'w4'].map((slug) => story(slug, slug.startsWith('w') ? 'world' : 'sport'));

  it('leads with the newest story, then the latest, then unseen stories per section', () => {
    const front = arrangeHome(archive, sections, { latest: 2, perSection: 2 });
    expect(front.lead?.slug).toBe('w1');
    expect(front.latest.map((a) => a.slug)).toEqual(['w2', 's1']);
    expect(front.sections.map((s) => [s.section.slug, s.articles.map((a) => a.slug)])).toEqual([
      ['world', ['w3', 'w4']],
      ['sport', ['s2']],
    ]);
  });

  it('copes with an empty archive', () => {
    expect(arrangeHome([], sections)).toEqual({ latest: [], sections: sections.map((section) => ({ section, articles: [] })) });
  });
});

describe('resolveFront', () => {
  const stories = Array.from({ length: 31 }, (_, i) => story(`s-${i}`, 'world'));
  const source: FrontSource = {
    getSectionPage: (section, page) => (section === 'world' ? pageOf(stories, page) : undefined),
    getTopic: (slug) => (slug === 'nato' ? { name: 'NATO', slug: 'nato' } : undefined),
    getTopicPage: (topic, page) => (topic === 'nato' ? pageOf(stories, page) : undefined),
  };

  it('finds a page of a section or a topic with its copy', () => {
    expect(resolveFront('section', 'world', 2, source)).toMatchObject({ kind: 'section', name: 'World', section: { slug: 'world' }, stories: { page: 2, pageCount: 2 } });
    expect(resolveFront('topic', 'nato', 1, source)).toMatchObject({ kind: 'topic', name: 'NATO', copy: { kicker: 'Topic' }, stories: { page: 1 } });
  });

  it('is undefined for an unknown front, a page past the end or no page', () => {
    expect(resolveFront('section', 'nowhere', 1, source)).toBeUndefined();
    expect(resolveFront('topic', 'world', 1, source)).toBeUndefined();
    expect(resolveFront('section', 'world', 3, source)).toBeUndefined();
    expect(resolveFront('section', 'world', undefined, source)).toBeUndefined();
  });

  it('reads the page segment, with page 1 only at the front itself', () => {
    expect(pageFromSegment('2')).toBe(2);
    expect(pageFromSegment('1')).toBeUndefined();
    expect(pageFromSegment('02')).toBeUndefined();
  });

  it('builds the path of each page', () => {
    expect(frontPagePath({ kind: 'section', slug: 'world' }, 1)).toBe('/world');
    expect(frontPagePath({ kind: 'topic', slug: 'nato' }, 4)).toBe('/topics/nato/page/4');
  });
});
