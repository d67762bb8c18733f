import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from './content/types';
import { arrangeHome } from './fronts';

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
