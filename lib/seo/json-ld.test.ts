import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { findSection } from '../site-config';
import { hostileTitle, makeArticle, testSite } from '../../fixtures/seo/articles';
import { articleJsonLd, homeJsonLd, maxHeadlineLength, serializeJsonLd } from './json-ld';

const world = findSection('world')!;

type Node = Record<string, unknown>;

function graphOf(json: string): Node[] {
  const parsed = JSON.parse(json) as { '@context': string; '@graph': Node[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'];
}

function nodeOfType(graph: Node[], type: string): Node {
  const node = graph.find((candidate) => candidate['@type'] === type);
  if (!node) throw new Error(`No ${type} in the graph`);
  return node;
}

describe('serializeJsonLd', () => {
  const data = articleJsonLd(makeArticle({ title: hostileTitle, teaser: hostileTitle }), world, testSite);
  const json = serializeJsonLd(data);

  it('leaves nothing that can close the script element, open a comment or break a line', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('<!--');
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028');
    expect(json).toContain('\\u2029');
  });

  it('is still JSON for the same data', () => {
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(nodeOfType(graphOf(json), 'NewsArticle').description).toBe(hostileTitle);
  });
});

describe('articleJsonLd', () => {
  const article = makeArticle();
  const graph = graphOf(serializeJsonLd(articleJsonLd(article, world, testSite)));
  const news = nodeOfType(graph, 'NewsArticle');

  it('describes the story with the fields Google reads', () => {
    expect(news).toMatchObject({
      headline: 'Alliance agrees drawdown',
      description: article.teaser,
      datePublished: '2021-04-14T19:32:00+02:00',
      dateModified: '2021-04-14T22:05:00+02:00',
      url: 'https://news.example/world/alliance-agrees-drawdown',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/world/alliance-agrees-drawdown' },
      articleSection: 'World',
      keywords: ['Afghanistan', 'NATO'],
      inLanguage: 'en',
      isAccessibleForFree: true,
      author: [
        { '@type': 'Person', name: 'wd' },
        { '@type': 'Person', name: 'dj' },
      ],
    });
  });

  it('lists the hero and the share card as absolute image URLs', () => {
    const images = news.image as Node[];
    expect(images.map((image) => image.url)).toEqual([
      'https://news.example/images/articles/fixture.jpg',
      expect.stringMatching(/^https:\/\/news\.example\/world\/alliance-agrees-drawdown\/opengraph-image\?v=[0-9a-f]{10}$/),
    ]);
    expect(images[0]).toMatchObject({ creditText: 'Lede graphics', width: { value: 1600 }, height: { value: 900 } });
  });

  it('names the publisher with its logo', () => {
    expect(news.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Lede',
      url: 'https://news.example/',
      logo: { '@type': 'ImageObject', url: 'https://news.example/brand/logo.png' },
    });
  });

  it('keeps long headlines within Google\'s 110 characters, cut on a word with an ellipsis', () => {
    const title = `${'Ministers agree '.repeat(10)}a plan`;
    const long = nodeOfType(graphOf(serializeJsonLd(articleJsonLd(makeArticle({ title }), world, testSite))), 'NewsArticle');
    const headline = long.headline as string;
    expect(headline.length).toBeLessThanOrEqual(maxHeadlineLength);
    expect(headline).toMatch(/ (?:Ministers|agree)\u2026$/);
  });

  it('gives a correction as a CorrectionComment dated by the update', () => {
    const text = 'An earlier version of this article gave the wrong date for the meeting. It was on Wednesday.';
    const corrected = nodeOfType(graphOf(serializeJsonLd(articleJsonLd(makeArticle({ correction: text }), world, testSite))), 'NewsArticle');
    expect(corrected.correction).toEqual({ '@type': 'CorrectionComment', text, datePublished: '2021-04-14T22:05:00+02:00' });
    expect(corrected.dateModified).toBe('2021-04-14T22:05:00+02:00');
  });

  it('has no correction when the article carries none', () => {
    expect(news).not.toHaveProperty('correction');
  });

  it('escapes markup in a correction like every other text', () => {
    const json = serializeJsonLd(articleJsonLd(makeArticle({ correction: hostileTitle }), world, testSite));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect((nodeOfType(graphOf(json), 'NewsArticle').correction as Node).text).toBe(hostileTitle);
  });

  it('places the article under its section and the home page', () => {
    expect(nodeOfType(graph, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Lede', item: 'https://news.example/' },
      { '@type': 'ListItem', position: 2, name: 'World', item: 'https://news.example/world' },
      { '@type': 'ListItem', position: 3, name: 'Alliance agrees drawdown', item: 'https://news.example/world/alliance-agrees-drawdown' },
    ]);
  });
});

describe('homeJsonLd', () => {
  const graph = graphOf(serializeJsonLd(homeJsonLd(testSite)));

  it('describes the website and the newsroom, linked by @id', () => {
    const site = nodeOfType(graph, 'WebSite');
    const org = nodeOfType(graph, 'NewsMediaOrganization');
    expect(site).toMatchObject({ name: 'Lede', url: 'https://news.example/', inLanguage: 'en' });
    expect(site.publisher).toEqual({ '@id': org['@id'] });
  });
});

describe('publisher logo', () => {
  it('exists in public/ at the size the config declares, at least 112×112 as Google asks', () => {
    const file = path.join(process.cwd(), 'public', testSite.publisherLogo.src);
    const size = imageSize(readFileSync(file));
    expect(size.type).toBe('png');
    expect({ width: size.width, height: size.height }).toEqual({ width: testSite.publisherLogo.width, height: testSite.publisherLogo.height });
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(112);
  });
});
