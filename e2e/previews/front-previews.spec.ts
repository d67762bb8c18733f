import { expect, test } from '@playwright/test';
import { homeCopy, sectionCopy, topicCopy, type FrontCopy } from '../../lib/seo/front-copy';
import { cardPaths, feedPaths } from '../../lib/seo/paths';
import type { Section } from '../../lib/site-config';
import { absoluteUrl, paths } from '../../lib/urls';
import { contentIndex } from '../support/content';
import { expectGoodCard, expectOnSite, fetchAsBot, one, readHead, siteUnderTest } from './bot';

interface Front {
  readonly path: string;
  readonly title: string;
  readonly copy: FrontCopy;
  readonly cardPath: string;
  readonly section?: Section;
}

const fronts: Front[] = [
  { path: paths.home(), title: `${siteUnderTest.name}: ${siteUnderTest.tagline}`, copy: homeCopy(siteUnderTest), cardPath: cardPaths.home() },
  ...siteUnderTest.sections.map((section) => ({
    path: paths.section(section.slug),
    title: `${section.name} | ${siteUnderTest.name}`,
    copy: sectionCopy(section),
    cardPath: cardPaths.section(section.slug),
    section,
  })),
  ...contentIndex.topics.map((topic) => ({
    path: paths.topic(topic.slug),
    title: `${topic.name} | ${siteUnderTest.name}`,
    copy: topicCopy(topic),
    cardPath: cardPaths.topic(topic.slug),
  })),
];

for (const front of fronts) {
  test(`preview of front ${front.path}`, async ({ page, request }) => {
    const tags = await readHead(page, await fetchAsBot(request, front.path));
    const url = absoluteUrl(front.path, siteUnderTest.url);
    expect(tags.title).toBe(front.title);
    expect(one(tags, 'description')).toBe(front.copy.description);
    // Next writes the home URL without its trailing slash; the same URL either way.
    expect(tags.links.filter((link) => link.rel === 'canonical').map((link) => new URL(link.href).href)).toEqual([url]);
    expect(one(tags, 'robots')).toContain('max-image-preview:large');
    expect(tags.strayPreviewTags).toBe(0);
    const feeds = tags.links.filter((link) => link.rel === 'alternate' && link.type === 'application/rss+xml').map((link) => link.href);
    expect(feeds).toEqual([
      ...(front.section ? [absoluteUrl(feedPaths.section(front.section.slug), siteUnderTest.url)] : []),
      absoluteUrl(feedPaths.site(), siteUnderTest.url),
    ]);

    expect(one(tags, 'og:type')).toBe('website');
    expect(new URL(one(tags, 'og:url')).href).toBe(url);
    expect(one(tags, 'og:site_name')).toBe(siteUnderTest.name);
    expect(one(tags, 'og:description')).toBe(front.copy.description);
    expect(one(tags, 'og:title').length).toBeGreaterThan(0);
    expect(one(tags, 'og:locale').length).toBeGreaterThan(0);
    const image = expectOnSite(one(tags, 'og:image'), 'og:image');
    expect(image.pathname).toBe(front.cardPath);
    expect([one(tags, 'og:image:width'), one(tags, 'og:image:height'), one(tags, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
    expect(one(tags, 'og:image:alt')).toContain(front.copy.title);
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect(expectOnSite(one(tags, 'twitter:image'), 'twitter:image').pathname).toBe(front.cardPath);

    await expectGoodCard(request, image.toString());
  });
}

test('cards of fronts that do not exist are 404s', async ({ request }) => {
  for (const path of [cardPaths.section('no-such-section'), cardPaths.topic('no-such-topic')]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
