import { describe, expect, it } from 'vitest';
import { findSection } from '../site-config';
import { hostileTitle, makeArticle, testSite, testSiteWithoutTwitter } from '../../fixtures/seo/articles';
import { resolveFront, type FrontKind, type FrontPage, type FrontSource } from '../fronts';
import { pageOf } from '../pagination';
import { articleMetadata, frontPageLinks, frontPageMetadata, homeMetadata, ogLocale, rootMetadata } from './metadata';

const world = findSection('world')!;

/** 65 stories in World and on the topic NATO: three pages of 30. */
const stories = Array.from({ length: 65 }, (_, i) => makeArticle({ slug: `story-${i}` }));
const source: FrontSource = {
  getSectionPage: (section, page) => (section === 'world' ? pageOf(stories, page) : undefined),
  getTopic: (slug) => (slug === 'nato' ? { name: 'NATO', slug: 'nato' } : undefined),
  getTopicPage: (topic, page) => (topic === 'nato' ? pageOf(stories, page) : undefined),
};

function front(kind: FrontKind, slug: string, page: number): FrontPage {
  const found = resolveFront(kind, slug, page, source);
  expect(found).toBeDefined();
  return found!;
}

/** The one og:image / twitter:image entry as Next receives it. */
function onlyImage(images: unknown): Record<string, unknown> {
  expect(Array.isArray(images)).toBe(true);
  const list = images as Record<string, unknown>[];
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('articleMetadata', () => {
  const article = makeArticle();
  const meta = articleMetadata(article, world, testSite);

  it('titles the page "Headline | Section | Brand", outside the layout template', () => {
    expect(meta.title).toEqual({ absolute: 'Alliance agrees drawdown | World | Lede' });
    expect(meta.description).toBe(article.teaser);
  });

  it('gives the canonical URL on the configured origin', () => {
    expect(meta.alternates?.canonical).toBe('https://news.example/world/alliance-agrees-drawdown');
  });

  it('links the section feed and the site feed', () => {
    expect(meta.alternates?.types?.['application/rss+xml']).toEqual([
      { url: 'https://news.example/world/feed.xml', title: 'Lede: World' },
      { url: 'https://news.example/feed.xml', title: 'Lede' },
    ]);
  });

  it('describes the article for Open Graph', () => {
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      title: article.title,
      description: article.teaser,
      url: 'https://news.example/world/alliance-agrees-drawdown',
      siteName: 'Lede',
      locale: 'en_GB',
      publishedTime: '2021-04-14T19:32:00+02:00',
      modifiedTime: '2021-04-14T22:05:00+02:00',
      section: 'World',
      tags: ['Afghanistan', 'NATO'],
      authors: ['wd', 'dj'],
    });
    expect(meta.authors).toEqual([{ name: 'wd' }, { name: 'dj' }]);
  });

  it('uses the published time as modified time when the story was never updated', () => {
    const never = articleMetadata(makeArticle({ updated: undefined }), world, testSite);
    expect(never.openGraph).toMatchObject({ modifiedTime: '2021-04-14T19:32:00+02:00' });
  });

  it('points og:image at the card route with size, type, alt and a content version', () => {
    const image = onlyImage(meta.openGraph?.images);
    expect(image.url).toMatch(/^https:\/\/news\.example\/world\/alliance-agrees-drawdown\/opengraph-image\?v=[0-9a-f]{10}$/);
    expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png', alt: article.image.alt });
  });

  it('changes the card URL when the headline changes, so caches fetch the new card', () => {
    const corrected = articleMetadata(makeArticle({ title: 'Alliance agrees faster drawdown' }), world, testSite);
    expect(onlyImage(corrected.openGraph?.images).url).not.toBe(onlyImage(meta.openGraph?.images).url);
  });

  it('asks for a large Twitter card from the twitter-image route, naming the site handle when there is one', () => {
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', site: '@lede', title: article.title, description: article.teaser });
    expect(onlyImage(meta.twitter?.images).url).toMatch(/^https:\/\/news\.example\/world\/alliance-agrees-drawdown\/twitter-image\?v=/);
    const without = articleMetadata(article, world, testSiteWithoutTwitter);
    expect(without.twitter).not.toHaveProperty('site');
  });

  it('lets search engines show a large preview picture', () => {
    expect(meta.robots).toEqual({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('gives the article language as og:locale when it is not the site language', () => {
    expect(articleMetadata(makeArticle({ lang: 'de-AT' }), world, testSite).openGraph).toMatchObject({ locale: 'de_AT' });
  });

  it('carries hostile text verbatim: React escapes it once when it writes the attribute', () => {
    const hostile = articleMetadata(makeArticle({ title: hostileTitle, teaser: `Teaser ${hostileTitle}` }), world, testSite);
    expect(hostile.title).toEqual({ absolute: `${hostileTitle} | World | Lede` });
    expect(hostile.openGraph?.title).toBe(hostileTitle);
    expect(hostile.description).toBe(`Teaser ${hostileTitle}`);
    // Not pre-escaped: that would show "&amp;" in every chat preview.
    expect(JSON.stringify(hostile)).not.toContain('&amp;');
  });
});

describe('front metadata', () => {
  it('gives the home page complete website tags', () => {
    const meta = homeMetadata(testSite);
    expect(meta.title).toEqual({ absolute: 'Lede: Independent news, clearly told' });
    expect(meta.alternates?.canonical).toBe('https://news.example/');
    expect(meta.openGraph).toMatchObject({ type: 'website', url: 'https://news.example/', siteName: 'Lede', locale: 'en_GB' });
    expect(onlyImage(meta.openGraph?.images).url).toMatch(/^https:\/\/news\.example\/opengraph-image\?v=/);
    expect(meta.alternates?.types?.['application/rss+xml']).toEqual([{ url: 'https://news.example/feed.xml', title: 'Lede' }]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('gives a section its own card, canonical and feed', () => {
    const meta = frontPageMetadata(front('section', 'world', 1), testSite);
    expect(meta.title).toEqual({ absolute: 'World | Lede' });
    expect(meta.description).toBe(world.description);
    expect(meta.alternates?.canonical).toBe('https://news.example/world');
    expect(meta.openGraph).toMatchObject({ type: 'website', title: 'World' });
    const image = onlyImage(meta.openGraph?.images);
    expect(image.url).toMatch(/^https:\/\/news\.example\/world\/opengraph-image\?v=/);
    expect(image.alt).toBe(`Lede section: World. ${world.description}`);
    expect(meta.alternates?.types?.['application/rss+xml']).toHaveLength(2);
  });

  it('gives a topic its own card and canonical', () => {
    const meta = frontPageMetadata(front('topic', 'nato', 1), testSite);
    expect(meta.title).toEqual({ absolute: 'NATO | Lede' });
    expect(meta.alternates?.canonical).toBe('https://news.example/topics/nato');
    expect(onlyImage(meta.openGraph?.images).url).toMatch(/^https:\/\/news\.example\/topics\/nato\/opengraph-image\?v=/);
  });
});

describe('frontPageMetadata on later pages', () => {
  for (const [kind, slug, path, name] of [
    ['section', 'world', '/world', 'World'],
    ['topic', 'nato', '/topics/nato', 'NATO'],
  ] as const) {
    it(`gives page 2 of a ${kind} its own canonical, titles, card and twitter tags`, () => {
      const meta = frontPageMetadata(front(kind, slug, 2), testSite);
      const url = `https://news.example${path}/page/2`;
      expect(meta.title).toEqual({ absolute: `${name}: page 2 of 3 | Lede` });
      expect(meta.alternates?.canonical).toBe(url);
      expect(meta.openGraph).toMatchObject({ type: 'website', title: `${name}: page 2 of 3`, url, description: meta.description });
      expect(meta.description).toBeTruthy();
      expect(onlyImage(meta.openGraph?.images).url).toMatch(new RegExp(`^https://news\\.example${path}/opengraph-image\\?v=`));
      expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: `${name}: page 2 of 3` });
    });
  }

  it('uses the same card and words on every page of a front', () => {
    const first = frontPageMetadata(front('section', 'world', 1), testSite);
    const third = frontPageMetadata(front('section', 'world', 3), testSite);
    expect(onlyImage(third.openGraph?.images)).toEqual(onlyImage(first.openGraph?.images));
    expect(third.description).toBe(first.description);
    expect(third.alternates?.types).toEqual(first.alternates?.types);
  });
});

describe('frontPageLinks', () => {
  it('links page 1 to page 2 only', () => {
    expect(frontPageLinks(front('section', 'world', 1), testSite)).toEqual({ next: 'https://news.example/world/page/2' });
  });

  it('links a middle page both ways, page 2 back to the front itself', () => {
    expect(frontPageLinks(front('topic', 'nato', 2), testSite)).toEqual({
      prev: 'https://news.example/topics/nato',
      next: 'https://news.example/topics/nato/page/3',
    });
  });

  it('links the last page back only', () => {
    expect(frontPageLinks(front('section', 'world', 3), testSite)).toEqual({ prev: 'https://news.example/world/page/2' });
  });
});

describe('rootMetadata', () => {
  it('sets the origin and a title template that matches the pages\' " | Lede" ending', () => {
    const meta = rootMetadata(testSite);
    expect(meta.metadataBase?.toString()).toBe('https://news.example/');
    expect(meta.title).toEqual({ default: 'Lede: Independent news, clearly told', template: '%s | Lede' });
  });
});

describe('ogLocale', () => {
  it('turns BCP 47 tags into Open Graph locales', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('en')).toBe('en');
  });
});
