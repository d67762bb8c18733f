import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/a11y-axe';
import { onceTag } from '../support/a11y-matrix';
import { focusIndicatorProblem, readFocusOfEach, stampFocusOrder, walkTabOrder } from '../support/a11y-focus';
import { readHorizontalOverflow, readTextProblems, textSpacingCss, textZoomCss } from '../support/a11y-layout';
import { readStructure, structureProblems } from '../support/a11y-structure';
import { readTargets, targetSizeProblems } from '../support/a11y-targets';

/**
 * The suite's own detectors, run on small pages with one known defect each:
 * a detector that stopped finding anything would otherwise let every page
 * pass. These need no server (setContent) and take a moment each.
 */
async function fixture(page: Page, body: string, css = ''): Promise<void> {
  await page.setContent(`<!doctype html><html lang="en" dir="ltr"><head><title>Fixture</title><style>
    body { margin: 0; font: 1rem/1.5 sans-serif; }
    header a, nav a, footer a { display: inline-block; min-block-size: 24px; min-inline-size: 24px; }
    :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
    ${css}
  </style></head><body>${body}</body></html>`);
}

const sound = `<header><a href="/">Brand</a><nav aria-label="Main menu"><a href="/world">World</a></nav></header>
  <main><h1>Title</h1><h2>Part</h2><p>Text with a <a href="/x">link in a sentence</a>.</p></main>
  <footer><a href="/legal">Legal notice</a></footer>`;

test('a sound page passes every detector', { tag: onceTag }, async ({ page }) => {
  await fixture(page, sound);
  expect(structureProblems(await readStructure(page))).toEqual([]);
  expect(targetSizeProblems(await readTargets(page))).toEqual([]);
  expect(await readTextProblems(page)).toEqual([]);
  await stampFocusOrder(page);
  await page.keyboard.press('Tab');
  expect((await readFocusOfEach(page)).map(focusIndicatorProblem).filter(Boolean)).toEqual([]);
  const walk = await walkTabOrder(page, 'ltr');
  expect(walk.leftPage && walk.problems.length === 0).toBe(true);
});

test('axe reports low contrast', { tag: onceTag }, async ({ page }) => {
  await fixture(page, sound.replace('<p>', '<p style="color:#aaa">'));
  expect((await axeViolations(page)).map((violation) => violation.id)).toContain('color-contrast');
});

test('structure: two h1s, a skipped level, an unnamed nav, missing alt and datetime, vague and clashing links', { tag: onceTag }, async ({ page }) => {
  await fixture(
    page,
    `<header></header><nav><a href="/a">Same</a></nav><main><h1>One</h1><h1>Two</h1><h4>Deep</h4>
     <img src="/x.jpg"><figure><img src="/y.jpg" alt=""></figure><time>Today</time>
     <a href="/b">Same</a><a href="/c">click here</a><a href="/d">https://example.com/d</a></main><footer></footer>`,
  );
  const problems = structureProblems(await readStructure(page)).join('\n');
  for (const expected of ['exactly one h1', 'heading level skipped', 'without a name', 'image without alt', 'empty alt is not decorative', 'time without datetime', 'makes no sense', 'bare URL', 'go to different places']) {
    expect(problems).toContain(expected);
  }
});

test('target size: a 16 px button in the navigation', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<nav aria-label="Tools"><button style="all:unset;display:inline-block;width:16px;height:16px">x</button></nav>');
  expect(targetSizeProblems(await readTargets(page)).join('\n')).toContain('under 24 x 24');
});

test('reflow: content wider than the viewport', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<div style="inline-size:3000px">wide</div>');
  const overflow = await readHorizontalOverflow(page);
  expect(overflow.scrollWidth).toBeGreaterThan(overflow.viewportWidth);
});

test('text: clipped, overflowing and overlapping text', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<p class="clip">Two lines of text in a box one line high</p><div class="narrow">Unbreakablewordthatrunsout</div><p class="over">Under<span>Over</span></p>', `
    .clip { inline-size: 8em; block-size: 1.5em; overflow: hidden; }
    .narrow { inline-size: 3em; }
    .over { position: relative; } .over span { position: absolute; inset-inline-start: 0; }`);
  const problems = (await readTextProblems(page)).join('\n');
  expect(problems).toContain('clipped');
  expect(problems).toContain('text overflows its box');
  expect(problems).toContain('text overlaps');
});

test('text spacing and zoom: a box sized in px clips text that grows', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<p class="fixed">Fits at first</p>', '.fixed { line-height: 1.2; block-size: 20px; overflow: hidden; margin: 0; }');
  expect(await readTextProblems(page)).toEqual([]);
  for (const css of [textSpacingCss, textZoomCss]) {
    const style = await page.addStyleTag({ content: css });
    expect((await readTextProblems(page)).join('\n'), css).toContain('clipped');
    await style.evaluate((node) => (node as Element).remove());
  }
});

test('focus: a faint, thin or missing indicator', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<a href="/a" class="faint">Faint</a> <a href="/b" class="thin">Thin</a> <a href="/c" class="none">None</a>', `
    .faint:focus-visible { outline-color: #e0e0e0; }
    .thin:focus-visible { outline-width: 1px; }
    .none:focus-visible { outline: none; }`);
  await stampFocusOrder(page);
  await page.keyboard.press('Tab');
  const problems = (await readFocusOfEach(page)).map(focusIndicatorProblem);
  expect(problems[0]).toContain('contrast');
  expect(problems[1]).toContain('thinner');
  expect(problems[2]).toContain('thinner');
});

test('keyboard: a focus trap and an order against reading order', { tag: onceTag }, async ({ page }) => {
  await fixture(page, '<div class="row"><a href="/1">First</a><a href="/2">Second</a></div><a href="/3">Third</a>', '.row { display: flex; flex-direction: row-reverse; justify-content: flex-end; gap: 1em; }');
  const order = await walkTabOrder(page, 'ltr');
  expect(order.problems.join('\n')).toContain('against the reading order');
  // A fresh page, then a script that keeps Tab on the last link.
  await fixture(page, '<a href="/1">First</a> <a href="/2">Second</a> <a href="/3">Third</a>');
  await page.evaluate(() => {
    const last = document.querySelector<HTMLElement>('a[href="/3"]');
    last?.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      event.preventDefault();
      last.focus();
    });
  });
  const trapped = await walkTabOrder(page, 'ltr');
  expect(trapped.leftPage).toBe(false);
});
