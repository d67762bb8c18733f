import { expect, test } from '@playwright/test';
import { formatSignOff } from '../../lib/format/sign-off';
import { findSection } from '../../lib/site-config';
import { paths } from '../../lib/urls';
import { articleBySlug, contentIndex, referenceSlug } from '../support/content';

const reference = articleBySlug(referenceSlug);

test.describe('the reference article has every part of the anatomy', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(paths.article(reference));
    expect(response?.status()).toBe(200);
  });

  test('header, main menu and footer landmarks', async ({ page }) => {
    await expect(page.getByRole('banner')).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expect(menu).toHaveAttribute('id', 'main-menu');
    // On narrow screens the menu is a closed disclosure: open it as a reader would.
    const toggle = menu.locator('summary');
    if (await toggle.isVisible()) await toggle.click();
    await expect(menu.getByRole('link', { name: 'World' })).toHaveAttribute('href', '/world');
    await expect(page.getByRole('main')).toHaveAttribute('id', 'content');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('#more-sites')).toBeAttached();
    await expect(footer.locator('#more-sites').getByRole('link')).not.toHaveCount(0);
  });

  test('kicker, the only h1, teaser and dateline', async ({ page }) => {
    const section = findSection(reference.section);
    const article = page.getByRole('article').first();
    await expect(article.getByRole('link', { name: section?.name, exact: true })).toHaveAttribute('href', `/${reference.section}`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(reference.title);
    await expect(article.getByText(reference.teaser, { exact: true })).toBeVisible();
    const published = article.locator(`time[datetime="${reference.published}"]`);
    await expect(published).toBeVisible();
    expect(reference.updated, 'the reference article carries an update').toBeTruthy();
    await expect(article.getByText('Updated', { exact: false })).toBeVisible();
    await expect(article.locator(`time[datetime="${reference.updated}"]`)).toBeVisible();
  });

  test('hero figure through next/image with caption and credit', async ({ page }) => {
    const hero = page.getByRole('article').locator('figure').first();
    const image = hero.locator('img');
    await expect(image).toHaveAttribute('alt', reference.image.alt);
    await expect(image).toHaveAttribute('width', String(reference.image.width));
    await expect(image).toHaveAttribute('height', String(reference.image.height));
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).toHaveAttribute('srcset', /\/_next\/image\?url=.*\s\d+w,/);
    await expect(hero.locator('figcaption')).toContainText(`Image: ${reference.image.credit}`);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('body with subheads, attributed quotes and a media teaser', async ({ page }) => {
    const article = page.getByRole('article').first();
    expect(await article.locator('h2').count()).toBeGreaterThanOrEqual(2);
    const quote = article.locator('figure:has(blockquote)').first();
    await expect(quote.locator('blockquote')).not.toBeEmpty();
    await expect(quote.locator('figcaption cite')).not.toBeEmpty();
    const media = article.getByRole('complementary', { name: 'Video' });
    await expect(media.getByRole('link')).toHaveAttribute('href', /.+/);
  });

  test('sign-off, topic links and related stories', async ({ page }) => {
    await expect(page.getByText(formatSignOff(reference.authors, reference.sources), { exact: true })).toBeVisible();
    const topics = page.getByRole('navigation', { name: 'Topics' });
    for (const topic of reference.topics) {
      await expect(topics.getByRole('link', { name: topic.name, exact: true })).toHaveAttribute('href', paths.topic(topic.slug));
    }
    const related = page.getByRole('region', { name: 'Related stories' });
    const expected = contentIndex.related[reference.slug] ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const items = related.getByRole('list', { name: 'Related stories' }).getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    await expect(items.first().getByRole('link')).toHaveAttribute('href', paths.article(articleBySlug(expected[0] ?? '')));
  });

  test('onward links come in labelled tiers, at least three, none twice', async ({ page }) => {
    // Each tier is a region named by its h2, holding a list of the same name (issue #13).
    const headings = page.locator('[data-tier] > h2');
    const names = await headings.allTextContents();
    expect(names[0]).toBe('Related stories');
    for (const name of names) {
      expect(name).toMatch(/^(Related stories|More on .+|More from .+|Latest stories)$/);
      const region = page.getByRole('region', { name, exact: true });
      await expect(region.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      await expect(region.getByRole('list', { name, exact: true })).toBeVisible();
    }
    const hrefs = await page.locator('[data-tier] li a[href]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')))]);
    const cards = await page.locator('[data-tier] li').count();
    expect(cards).toBeGreaterThanOrEqual(3);
    expect(hrefs, 'no story twice').toHaveLength(cards);
    expect(hrefs).not.toContain(paths.article(reference));
  });

  test('an article with no related story still ends with onward links to its topic and section', async ({ page }) => {
    // documenta shares no running story with any sample article (issue #13's dead ends).
    const lonely = articleBySlug('documenta-fifteen-opens-kassel');
    await page.goto(paths.article(lonely));
    await expect(page.getByRole('region', { name: 'Related stories' })).toHaveCount(0);
    await expect(page.locator('[data-tier] li')).toHaveCount(5);
    await expect(page.getByRole('heading', { level: 2, name: /^More on / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^More from Culture$/ })).toBeVisible();
  });
});
