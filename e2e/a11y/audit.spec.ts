import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from '../support/a11y-axe';
import { checkArticleMeasure, checkArticlePrint, loadWithoutLayoutShift } from '../support/a11y-article-layout';
import { focusIndicatorProblem, readFocusOfEach, stampFocusOrder } from '../support/a11y-focus';
import { readHorizontalOverflow, readTextProblems, textSpacingCss, textZoomCss, withStyle } from '../support/a11y-layout';
import { everyWidthTag, projectTag } from '../support/a11y-matrix';
import { everyWidthPages, fullMatrix, spreadPages, spreadWidth, type AuditPage } from '../support/a11y-plan';
import { readStructure, structureProblems } from '../support/a11y-structure';
import { readTargets, targetSizeProblems } from '../support/a11y-targets';

/**
 * The full audit. Which page runs in which project (width × scheme) is
 * e2e/support/a11y-plan.ts's; one page load serves every check, and soft
 * assertions report every failing check, not just the first. An article
 * audited in the light scheme is loaded with its images held back, so the
 * same load also proves it lays out without shifts (a11y-article-layout.ts).
 */
const lines = (problems: readonly string[]) => problems.map((problem) => `  - ${problem}`).join('\n');

async function audit(page: Page, target: AuditPage): Promise<void> {
  const { url } = target;
  const scheme = test.info().project.use.colorScheme;
  const laidOut = target.article !== undefined && scheme === 'light';

  if (laidOut) {
    await loadWithoutLayoutShift(page, url);
  } else {
    const response = await page.goto(url);
    expect(response?.status(), 'HTTP status').toBe(target.status);
  }

  await test.step('axe: WCAG 2.2 A/AA and best practices, no rule disabled', async () => {
    const violations = await axeViolations(page);
    expect.soft(violations, `axe violations on ${url}:\n${describeViolations(violations, url)}`).toEqual([]);
  });

  await test.step('structure: one h1, heading order, landmarks, lang, alt, time, link text', async () => {
    const problems = structureProblems(await readStructure(page));
    if (target.article) {
      await expect.soft(page.getByRole('article').first().locator('figure img').first(), 'the hero image carries the article\'s alt text').toHaveAttribute('alt', target.article.image.alt);
    }
    expect.soft(problems, `structure problems on ${url}:\n${lines(problems)}`).toEqual([]);
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
    expect.soft(overflow.scrollWidth, `the page scrolls sideways on ${url}:\n${lines(overflow.culprits)}`).toBeLessThanOrEqual(overflow.viewportWidth);
  });

  await test.step('target size: 24 x 24 CSS px (WCAG 2.5.8)', async () => {
    const problems = targetSizeProblems(await readTargets(page));
    expect.soft(problems, `undersized targets on ${url}:\n${lines(problems)}`).toEqual([]);
  });

  if (laidOut && target.article) await checkArticleMeasure(page, target.article);

  await test.step('every focusable element shows a 2 px, 3:1 focus indicator', async () => {
    const count = await stampFocusOrder(page);
    expect.soft(count, 'focusable elements').toBeGreaterThan(0);
    // A real key press first, so focus moved by script afterwards counts as keyboard focus.
    await page.keyboard.press('Tab');
    const problems = (await readFocusOfEach(page)).map(focusIndicatorProblem).filter((problem): problem is string => problem !== undefined);
    expect.soft(problems, `focus indicators on ${url}:\n${lines(problems)}`).toEqual([]);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
  });

  await test.step('text spacing (WCAG 1.4.12) clips or overlaps no text', async () => {
    const problems = await withStyle(page, textSpacingCss, () => readTextProblems(page));
    expect.soft(problems, `with WCAG 1.4.12 text spacing on ${url}:\n${lines(problems)}`).toEqual([]);
  });

  await test.step('200% text zoom (WCAG 1.4.4) clips or overlaps no text', async () => {
    const problems = await withStyle(page, textZoomCss, () => readTextProblems(page));
    expect.soft(problems, `with text zoomed to 200% on ${url}:\n${lines(problems)}`).toEqual([]);
  });

  await test.step('the server sends the complete content: the page needs no JavaScript to show it', async () => {
    const html = await (await page.request.get(url)).text();
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

  if (laidOut) await checkArticlePrint(page);
}

for (const target of everyWidthPages) {
  test(`${target.url} passes the accessibility audit (${target.reasons.join(', ')})`, { tag: everyWidthTag }, async ({ page }) => audit(page, target));
}

spreadPages.forEach((target, index) => {
  const tag = fullMatrix ? [everyWidthTag] : [projectTag(spreadWidth(index, 'light'), 'light'), projectTag(spreadWidth(index, 'dark'), 'dark')];
  test(`${target.url} passes the accessibility audit`, { tag }, async ({ page }) => audit(page, target));
});
