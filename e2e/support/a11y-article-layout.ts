import { expect, test, type Page } from '@playwright/test';
import type { ArticleSummary } from '../../lib/content/types';
import { holdImages, observeLayoutShift, readImageBoxes, readLayoutShift, readLineLengths } from './a11y-measure';
import { contentIndex } from './content';

/**
 * How an article lays out at the project's width: images reserve their
 * space, lines keep a readable length, the related grid follows the
 * breakpoints, and print keeps only the story. These checks depend on the
 * width, not the colour scheme, so the audit runs them in the light scheme.
 */

/** Largest cumulative layout shift allowed while an article loads (Lede's budget; "good" CLS is 0.1). */
const maxLayoutShift = 0.01;
/** Comfortable line lengths for body text, in characters (WCAG 1.4.8 asks for at most 80). */
const lineLength = { min: 45, max: 80 } as const;
/** From this width the layout has room for the full measure (the tablet and desktop projects). */
const wideLayout = 768;
/** Story grid breakpoints (StoryGrid.module.css): 40rem → 2 columns, 64rem → 3. */
const expectedColumns = (width: number) => (width >= 64 * 16 ? 3 : width >= 40 * 16 ? 2 : 1);

/** The article's own paragraphs: the body container's children, not teaser, captions or fact boxes. */
const bodyParagraphs = 'main article > div > p';

/**
 * Loads the article with every image held back, then lets the images in and
 * checks nothing moved. Leaves the page loaded for the rest of the audit.
 */
export async function loadWithoutLayoutShift(page: Page, url: string): Promise<void> {
  await test.step(`images reserve their space; layout shift stays at or under ${maxLayoutShift}`, async () => {
    await observeLayoutShift(page);
    const images = await holdImages(page);
    const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null));
    // Lazy images below the fold would otherwise never be fetched: ask for every one now, and hold them too.
    await page.evaluate(() => document.querySelectorAll('img').forEach((img) => img.setAttribute('loading', 'eager')));
    await expect.poll(images.held, 'the hero image request is being held').toBeGreaterThan(0);
    const before = await readImageBoxes(page);
    await images.release();
    // A cold image cache encodes every size on first request: give it time on a busy machine.
    await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0)), { message: 'every image loads', timeout: 60_000 }).toBe(true);
    await page.waitForLoadState('load');
    const after = await readImageBoxes(page);
    const shift = await readLayoutShift(page);

    expect(before.length).toBeGreaterThan(0);
    const moved = before.flatMap((box, index) => {
      const loaded = after[index];
      const same = loaded && box.height > 0 && Math.abs(box.height - loaded.height) <= 1 && Math.abs(box.width - loaded.width) <= 1;
      return same ? [] : [`${box.src}: ${box.width.toFixed(0)}x${box.height.toFixed(0)} before its data arrived, ${loaded?.width.toFixed(0)}x${loaded?.height.toFixed(0)} after`];
    });
    expect.soft(moved, `images without reserved space:\n${moved.join('\n')}`).toEqual([]);
    expect.soft(shift.value, `cumulative layout shift; shifted:\n${shift.sources.join('\n')}`).toBeLessThanOrEqual(maxLayoutShift);
  });
}

/** Measure and related-stories grid at the page's width. */
export async function checkArticleMeasure(page: Page, article: ArticleSummary): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;

  await test.step(`body text runs ${width >= wideLayout ? `${lineLength.min} to ` : 'at most '}${lineLength.max} characters a line`, async () => {
    const measured = await readLineLengths(page, bodyParagraphs);
    expect(measured.length, 'long body paragraphs to measure').toBeGreaterThan(0);
    for (const { text, charactersPerLine } of measured) {
      expect.soft(charactersPerLine, `characters per line of "${text}…"`).toBeLessThanOrEqual(lineLength.max);
      if (width >= wideLayout) expect.soft(charactersPerLine, `characters per line of "${text}…"`).toBeGreaterThanOrEqual(lineLength.min);
    }
  });

  await test.step(`the onward links grid has ${expectedColumns(width)} column(s) at ${width} px`, async () => {
    const related = contentIndex.related[article.slug] ?? [];
    if (related.length === 0) await expect(page.getByRole('list', { name: 'Related stories' }), 'no related stories, no such list').toHaveCount(0);
    // Every article ends with onward links in tiers (related, topic, section); the first tier's grid is measured.
    const list = page.locator('[data-tier] ul').first();
    const columns = await list.evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').filter(Boolean).length);
    expect.soft(columns, 'grid-template-columns tracks').toBe(expectedColumns(width));
  });
}

/** Print hides navigation, related stories and footer and keeps the story; the page is back on screen media after. */
export async function checkArticlePrint(page: Page): Promise<void> {
  await test.step('print hides navigation, related stories and footer and keeps the story', async () => {
    const navigation = page.getByRole('navigation', { includeHidden: true });
    const footer = page.getByRole('contentinfo', { includeHidden: true });
    const related = page.locator('[data-tier]');
    await expect(footer, 'the footer shows on screen').toBeVisible();
    // Named in the page's language: the topics heading labels the navigation (TopicLinks).
    await expect(page.locator('nav[aria-labelledby="topics-heading"]'), 'topic links show on screen').toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(await navigation.count(), 'navigation landmarks on the page').toBeGreaterThanOrEqual(3);
    for (const nav of await navigation.all()) await expect.soft(nav, 'navigation is not printed').toBeHidden();
    await expect.soft(footer, 'the footer is not printed').toBeHidden();
    for (const tier of await related.all()) await expect.soft(tier, 'onward links are not printed').toBeHidden();
    await expect.soft(page.locator('h1'), 'the headline is printed').toBeVisible();
    await expect.soft(page.locator(bodyParagraphs).first(), 'the body is printed').toBeVisible();
    await expect.soft(page.getByRole('article').first().locator('figure img').first(), 'the hero image is printed').toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });
}
