import { expect, test } from '@playwright/test';
import { findSection } from '../../lib/site-config';
import { cardPaths, feedPaths } from '../../lib/seo/paths';
import { absoluteUrl, paths } from '../../lib/urls';
import { articles } from '../support/content';
import { all, expectGoodCard, expectOnSite, fetchAsBot, one, readHead, siteUnderTest } from './bot';

/**
 * Every published article, read the way a link-preview bot reads it: raw
 * HTML, no JavaScript, head tags only, then the card it points at.
 */
for (const article of articles) {
  test(`preview of ${paths.article(article)}`, async ({ page, request }) => {
    const section = findSection(article.section);
    if (!section) throw new Error(`Article ${article.slug} is in unknown section ${article.section}`);
    const url = absoluteUrl(paths.article(article), siteUnderTest.url);
    const tags = await readHead(page, await fetchAsBot(request, paths.article(article)));

    expect(tags.title).toBe(`${article.title} | ${section.name} | ${siteUnderTest.name}`);
    expect(one(tags, 'description')).toBe(article.teaser);
    expect(tags.links.filter((link) => link.rel === 'canonical').map((link) => link.href)).toEqual([url]);
    expect(one(tags, 'robots')).toContain('max-image-preview:large');
    expect(tags.strayPreviewTags, 'preview tags outside <head>').toBe(0);

    expect(tags.links.filter((link) => link.rel === 'alternate' && link.type === 'application/rss+xml').map((link) => link.href)).toEqual([
      absoluteUrl(feedPaths.section(section.slug), siteUnderTest.url),
      absoluteUrl(feedPaths.site(), siteUnderTest.url),
    ]);

    expect(one(tags, 'og:type')).toBe('article');
    expect(one(tags, 'og:title')).toBe(article.title);
    expect(one(tags, 'og:description')).toBe(article.teaser);
    expect(one(tags, 'og:url')).toBe(url);
    expect(one(tags, 'og:site_name')).toBe(siteUnderTest.name);
    expect(one(tags, 'og:locale')).toMatch(/^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$/);
    expect(one(tags, 'article:published_time')).toBe(article.published);
    expect(one(tags, 'article:modified_time')).toBe(article.updated ?? article.published);
    expect(one(tags, 'article:section')).toBe(section.name);
    expect(all(tags, 'article:tag')).toEqual(article.topics.map((topic) => topic.name));
    expect(all(tags, 'article:author')).toEqual(article.authors);

    const ogImage = expectOnSite(one(tags, 'og:image'), 'og:image');
    expect(ogImage.pathname).toBe(cardPaths.article(article));
    expect(one(tags, 'og:image:width')).toBe('1200');
    expect(one(tags, 'og:image:height')).toBe('630');
    expect(one(tags, 'og:image:type')).toBe('image/png');
    expect(one(tags, 'og:image:alt')).toBe(article.image.alt);

    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect(one(tags, 'twitter:title')).toBe(article.title);
    expect(one(tags, 'twitter:description')).toBe(article.teaser);
    expect(all(tags, 'twitter:site')).toEqual(siteUnderTest.twitterSite ? [siteUnderTest.twitterSite] : []);
    const twitterImage = expectOnSite(one(tags, 'twitter:image'), 'twitter:image');
    expect(twitterImage.pathname).toBe(cardPaths.articleTwitter(article));
    expect(one(tags, 'twitter:image:alt')).toBe(article.image.alt);

    await expectGoodCard(request, ogImage.toString());
    await expectGoodCard(request, twitterImage.toString());
  });
}

test('a card for an article that does not exist is a 404, not a picture', async ({ request }) => {
  const [first] = articles;
  if (!first) throw new Error('No articles in the content index');
  for (const path of [
    cardPaths.article({ section: first.section, slug: 'no-such-story' }),
    cardPaths.articleTwitter({ section: first.section, slug: 'no-such-story' }),
    // The right slug in the wrong section is not the article either.
    cardPaths.article({ section: first.section === 'sport' ? 'world' : 'sport', slug: first.slug }),
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
