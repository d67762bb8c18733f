import { expect, test } from '@playwright/test';
import { FRONT_PAGE_SIZE, pageCount } from '../../lib/pagination';
import { siteConfig } from '../../lib/site-config';
import { paths } from '../../lib/urls';
import { archivePaginatedFronts } from '../support/archive';
import { archiveOrigin } from '../support/archive-server';
import { articles, contentIndex } from '../support/content';

/**
 * Fronts list 30 stories a page (issue #6). The sample corpus fits on page 1
 * of every front, so this checks the URLs around it there, and pages 2 and on
 * in the synthetic archive the suite also serves (e2e/support/archive.ts).
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
  expect(sectionStories, 'the sample corpus fits on one page of this section').toBeLessThanOrEqual(FRONT_PAGE_SIZE);
  await page.goto(paths.section(section));
  await expect(page.getByRole('navigation', { name: /pages$/ })).toHaveCount(0);
  await expect(page.locator('a[rel="next"], a[rel="prev"]')).toHaveCount(0);
});

for (const front of archivePaginatedFronts) {
  test(`${front.name} ${front.path} (archive) links to its neighbours and describes itself`, async ({ page }) => {
    const url = `${archiveOrigin}${front.path}`;
    expect((await page.goto(url))?.status()).toBe(200);
    const previous = front.path.replace(/\/page\/2$/, '');
    const nav = page.getByRole('navigation', { name: /: pages$/ });
    await expect(nav.getByText('Page 2 of', { exact: false })).toBeVisible();
    await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', previous);
    await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', /\/page\/3$/);
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(head.locator('link[rel="prev"]')).toHaveAttribute('href', `${archiveOrigin}${previous}`);
    await expect(head.locator('link[rel="next"]')).toHaveAttribute('href', /\/page\/3$/);
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /page 2 of \d+/);
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /opengraph-image/);
    expect(await page.getByRole('main').getByRole('article').count(), 'a full page of stories').toBe(FRONT_PAGE_SIZE);
  });
}
