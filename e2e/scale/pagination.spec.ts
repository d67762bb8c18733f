import { expect, test } from '@playwright/test';
import { FRONT_PAGE_SIZE, pageCount } from '../../lib/pagination';
import { siteConfig } from '../../lib/site-config';
import { paths } from '../../lib/urls';
import { articles, contentIndex } from '../support/content';

/**
 * Fronts list 30 stories a page (issue #6). The sample corpus fits on page 1
 * of every front, so this checks the URLs around it; lib/pagination.test.ts
 * and lib/content/store.test.ts cover the slicing of long fronts, and the
 * benchmark's archive step requests a deep page of a 100,000-article front.
 */
const section = siteConfig.sections[0]?.slug ?? 'world';
const sectionStories = articles.filter((a) => a.section === section).length;
const topic = contentIndex.topics[0]?.slug ?? 'none';

test('page 1 of a front has one address, the front itself: /…/page/1 is not a page', async ({ request }) => {
  for (const url of [`/${section}/page/1`, `/topics/${topic}/page/1`]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
});

test('pages past the end, other spellings of a number and unknown fronts are 404s', async ({ request }) => {
  const past = pageCount(sectionStories) + 1;
  for (const url of [`/${section}/page/${past}`, `/${section}/page/02`, `/${section}/page/two`, '/no-such-section/page/2', `/topics/${topic}/page/${pageCount(1) + 50}`, '/topics/no-such-topic/page/2']) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
});

test('a front that fits on one page shows no page links', async ({ page }) => {
  test.skip(sectionStories > FRONT_PAGE_SIZE, 'the corpus has more than one page of stories in this section');
  await page.goto(paths.section(section));
  await expect(page.getByRole('navigation', { name: /pages$/ })).toHaveCount(0);
  await expect(page.locator('a[rel="next"], a[rel="prev"]')).toHaveCount(0);
});
