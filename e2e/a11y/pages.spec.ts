import { expect, test } from '@playwright/test';
import { axeViolations, describeViolations } from '../support/a11y-axe';
import { focusIndicatorProblem, readFocusOfEach, stampFocusOrder } from '../support/a11y-focus';
import { readHorizontalOverflow, readTextProblems, textSpacingCss, textZoomCss, withStyle } from '../support/a11y-layout';
import { a11yRoutes } from '../support/a11y-routes';
import { readStructure, structureProblems } from '../support/a11y-structure';
import { readTargets, targetSizeProblems } from '../support/a11y-targets';
import { articles } from '../support/content';
import { paths } from '../../lib/urls';

/**
 * Every page of the site, audited once per width and colour scheme (the
 * project). One page load serves every check, so the whole matrix stays
 * affordable; soft assertions report every failing check, not just the first.
 */
const heroAlt = new Map(articles.map((article) => [paths.article(article), article.image.alt]));

const lines = (problems: readonly string[]) => problems.map((problem) => `  - ${problem}`).join('\n');

for (const route of a11yRoutes) {
  test(`${route.url} passes the accessibility audit`, async ({ page }) => {
    const response = await page.goto(route.url);
    expect(response?.status(), 'HTTP status').toBe(route.status);

    await test.step('axe: WCAG 2.2 A/AA and best practices, no rule disabled', async () => {
      const violations = await axeViolations(page);
      expect.soft(violations, `axe violations on ${route.url}:\n${describeViolations(violations, route.url)}`).toEqual([]);
    });

    await test.step('structure: one h1, heading order, landmarks, lang, alt, time, link text', async () => {
      const problems = structureProblems(await readStructure(page));
      const alt = heroAlt.get(route.url);
      if (alt !== undefined) {
        await expect.soft(page.getByRole('article').first().locator('figure img').first(), 'the hero image carries the article\'s alt text').toHaveAttribute('alt', alt);
      }
      expect.soft(problems, `structure problems on ${route.url}:\n${lines(problems)}`).toEqual([]);
    });

    await test.step('reduced motion is honoured', async () => {
      const motion = await page.evaluate(() => ({
        reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
        running: document.getAnimations().filter((animation) => animation.playState === 'running').length,
        smooth: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
      }));
      expect.soft(motion, 'no animation runs and nothing scrolls smoothly when the reader asks for reduced motion').toEqual({ reduce: true, running: 0, smooth: false });
    });

    await test.step('reflow: no horizontal scrolling (WCAG 1.4.10)', async () => {
      const overflow = await readHorizontalOverflow(page);
      expect.soft(overflow.scrollWidth, `the page scrolls sideways on ${route.url}:\n${lines(overflow.culprits)}`).toBeLessThanOrEqual(overflow.viewportWidth);
    });

    await test.step('target size: 24 x 24 CSS px (WCAG 2.5.8)', async () => {
      const problems = targetSizeProblems(await readTargets(page));
      expect.soft(problems, `undersized targets on ${route.url}:\n${lines(problems)}`).toEqual([]);
    });

    await test.step('every focusable element shows a 2 px, 3:1 focus indicator', async () => {
      const count = await stampFocusOrder(page);
      expect.soft(count, 'focusable elements').toBeGreaterThan(0);
      // A real key press first, so focus moved by script afterwards counts as keyboard focus.
      await page.keyboard.press('Tab');
      const problems = (await readFocusOfEach(page)).map(focusIndicatorProblem).filter((problem): problem is string => problem !== undefined);
      expect.soft(problems, `focus indicators on ${route.url}:\n${lines(problems)}`).toEqual([]);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
    });

    await test.step('text spacing (WCAG 1.4.12) clips or overlaps no text', async () => {
      const problems = await withStyle(page, textSpacingCss, () => readTextProblems(page));
      expect.soft(problems, `with WCAG 1.4.12 text spacing on ${route.url}:\n${lines(problems)}`).toEqual([]);
    });

    await test.step('200% text zoom (WCAG 1.4.4) clips or overlaps no text', async () => {
      const problems = await withStyle(page, textZoomCss, () => readTextProblems(page));
      expect.soft(problems, `with text zoomed to 200% on ${route.url}:\n${lines(problems)}`).toEqual([]);
    });

    await test.step('the server sends the complete content: the page needs no JavaScript to show it', async () => {
      const html = await (await page.request.get(route.url)).text();
      const texts = await page.evaluate((served) => {
        // What a reader is shown: the main landmark's text, without scripts (JSON-LD) or templates.
        const text = (root: ParentNode) => {
          const main = root.querySelector('main')?.cloneNode(true) as Element | undefined;
          main?.querySelectorAll('script, style, template, noscript').forEach((node) => node.remove());
          return (main?.textContent ?? '').replace(/\s+/g, ' ').trim();
        };
        return { served: text(new DOMParser().parseFromString(served, 'text/html')), rendered: text(document) };
      }, html);
      expect.soft(texts.served.length, 'the served main content is not empty').toBeGreaterThan(0);
      expect.soft(texts.served, 'main content as served equals main content after JavaScript ran').toBe(texts.rendered);
    });
  });
}
