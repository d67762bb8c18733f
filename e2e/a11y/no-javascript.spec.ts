import { expect, test } from '@playwright/test';
import { readHorizontalOverflow } from '../support/a11y-layout';
import { lightTag, onceTag } from '../support/a11y-matrix';
import { notFoundUrl, templates } from '../support/a11y-plan';
import { readStructure, structureProblems } from '../support/a11y-structure';
import { articleBySlug, referenceSlug } from '../support/content';

/**
 * Lede is server-rendered: with JavaScript off, every template shows all of
 * its content, keeps its structure and reflows, at every width (the colour
 * scheme changes nothing here). The ways to the 404 page depend on neither,
 * so they run once. (audit.spec.ts compares
 * every route's served HTML with the rendered page; this looks at what a
 * reader without JavaScript actually sees, at this width and scheme.)
 */
test.use({ javaScriptEnabled: false });

for (const { url, status, name } of templates) {
  test(`${url} (${name}) shows all its content without JavaScript`, { tag: lightTag }, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await expect(page.locator('h1')).toHaveCount(1);

    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => !element.closest('script, style, template, noscript'))
        .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''))
        .filter((element) => !element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(hidden, `text in main that is not shown without JavaScript:\n${hidden.join('\n')}`).toEqual([]);

    const problems = structureProblems(await readStructure(page));
    expect(problems, problems.join('\n')).toEqual([]);

    const overflow = await readHorizontalOverflow(page);
    expect(overflow.scrollWidth, overflow.culprits.join('\n')).toBeLessThanOrEqual(overflow.viewportWidth);

    const eager = page.locator('main img:not([loading="lazy"])');
    for (const image of await eager.all()) {
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 60_000 }).toBe(true);
    }
  });
}

/**
 * Every way a reader reaches the 404 page: no route, a route whose page does
 * not exist (rendered on demand, where Next 16 would send an empty shell
 * without the proxy's rewrite: lib/routing/missing-page.ts), a story under
 * the wrong section, fronts past their last page.
 */
const reference = articleBySlug(referenceSlug);
const notFoundUrls = [
  notFoundUrl,
  '/world/no-such-story/deeper',
  '/world/no-such-story',
  `/economy/${reference.slug}`,
  '/topics/no-such-topic',
  '/world/page/999',
  '/topics/afghanistan/page/999',
];

for (const url of notFoundUrls) {
  test(`${url} shows the 404 page without JavaScript`, { tag: onceTag }, async ({ page }) => {
    expect((await page.goto(url))?.status()).toBe(404);
    // Nothing changes after load without JavaScript: read once, no waiting.
    expect(await page.locator('html').getAttribute('lang'), 'html lang').toMatch(/^[a-z]{2}/);
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found']);
    expect(await page.getByRole('navigation', { name: 'Main menu' }).count(), 'main menu').toBe(1);
    expect(await page.getByRole('main').getByRole('link').count(), 'links on to the rest of the site').toBeGreaterThan(0);
  });
}
