import { expect, test } from '@playwright/test';
import { findSection } from '../../lib/site-config';
import { articleJsonLd, homeJsonLd, maxHeadlineLength, serializeJsonLd } from '../../lib/seo/json-ld';
import { absoluteUrl, paths } from '../../lib/urls';
import { articles, translationsOf } from '../support/content';
import { expectOnSite, fetchAsBot, readHead, siteUnderTest } from './bot';

type Node = Record<string, unknown>;

function graphOf(json: string): Node[] {
  const parsed = JSON.parse(json) as { '@context'?: unknown; '@graph'?: Node[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'] ?? [];
}

function ofType(graph: readonly Node[], type: string): Node {
  const node = graph.find((candidate) => candidate['@type'] === type);
  expect(node, `a ${type} node`).toBeDefined();
  return node ?? {};
}

for (const article of articles) {
  test(`JSON-LD of ${paths.article(article)}`, async ({ page, request }) => {
    const section = findSection(article.section);
    if (!section) throw new Error(`Unknown section ${article.section}`);
    const tags = await readHead(page, await fetchAsBot(request, paths.article(article)));
    expect(tags.jsonLd).toHaveLength(1);
    const text = tags.jsonLd[0] ?? '';

    // The page carries exactly the escaped serialization: nothing re-encoded it on the way. A story with
    // versions in other editions lists them (workTranslation, docs/editions.md).
    expect(text).toBe(serializeJsonLd(articleJsonLd(article, section, siteUnderTest, translationsOf(article))));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);

    const graph = graphOf(text);
    const news = ofType(graph, 'NewsArticle');
    const url = absoluteUrl(paths.article(article), siteUnderTest.url);
    const headline = String(news.headline);
    expect(headline.length).toBeLessThanOrEqual(maxHeadlineLength);
    expect(article.title.startsWith(headline.replace(/\u2026$/, ''))).toBe(true);
    expect(news).toMatchObject({
      description: article.teaser,
      datePublished: article.published,
      dateModified: article.updated ?? article.published,
      articleSection: section.name,
      keywords: article.topics.map((topic) => topic.name),
      inLanguage: article.lang,
      isAccessibleForFree: true,
      mainEntityOfPage: { '@id': url },
      author: article.authors.map((name) => ({ '@type': 'Person', name })),
      publisher: { '@type': 'NewsMediaOrganization', name: siteUnderTest.name },
    });
    const images = news.image as Node[];
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expectOnSite(String(image.url), 'NewsArticle image');
    const logo = (news.publisher as Node).logo as Node;
    const logoResponse = await request.get(expectOnSite(String(logo.url), 'publisher logo').toString());
    expect(logoResponse.status()).toBe(200);
    expect(logoResponse.headers()['content-type']).toBe('image/png');

    const crumbs = ofType(graph, 'BreadcrumbList').itemListElement as Node[];
    expect(crumbs.map((crumb) => crumb.item)).toEqual([
      absoluteUrl(paths.home(), siteUnderTest.url),
      absoluteUrl(paths.section(section.slug), siteUnderTest.url),
      url,
    ]);
  });
}

test('the home page describes the website and the newsroom', async ({ page, request }) => {
  const tags = await readHead(page, await fetchAsBot(request, paths.home()));
  expect(tags.jsonLd).toEqual([serializeJsonLd(homeJsonLd(siteUnderTest))]);
  const graph = graphOf(tags.jsonLd[0] ?? '');
  expect(ofType(graph, 'WebSite')).toMatchObject({ name: siteUnderTest.name, url: absoluteUrl('/', siteUnderTest.url) });
  expect(ofType(graph, 'NewsMediaOrganization')).toMatchObject({ name: siteUnderTest.name, logo: { '@type': 'ImageObject' } });
});
