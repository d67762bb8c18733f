import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';

/**
 * WCAG 1.4.12's text-spacing values, applied with `!important` the way the
 * W3C's bookmarklet does: content must survive them without clipping or overlap.
 */
export const textSpacingCss = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }
`;

/**
 * Text-only zoom to 200% (WCAG 1.4.4), as a browser's "zoom text only"
 * setting does: every rem/em-based size doubles, the viewport stays as it is.
 */
export const textZoomCss = 'html { font-size: 200% !important; }';

/**
 * Applies a stylesheet, runs `check`, and removes the stylesheet again so
 * later checks see the page as served. The sheet is served from the page's
 * own origin through a route, because Lede's Content-Security-Policy
 * (style-src 'self') rightly refuses inline styles.
 */
export async function withStyle<T>(page: Page, css: string, check: () => Promise<T>): Promise<T> {
  const path = `/__a11y-test/${createHash('sha1').update(css).digest('hex').slice(0, 12)}.css`;
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/css', body: css }));
  const style = await page.addStyleTag({ url: path });
  try {
    return await check();
  } finally {
    await style.evaluate((node) => (node as Element).remove());
    await page.unroute(`**${path}`);
  }
}

export interface HorizontalOverflow {
  readonly scrollWidth: number;
  readonly viewportWidth: number;
  /** Elements reaching past either edge of the viewport (the left one on a right-to-left page), for the failure message */
  readonly culprits: readonly string[];
}

/** The page scrolls sideways when the document is wider than the viewport (WCAG 1.4.10 at 320 px). */
export function readHorizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const viewportWidth = root.clientWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        // A right-to-left page overflows past its left edge: both edges are checked, whatever the direction.
        return rect.width > 0 && (rect.right > viewportWidth + 1 || rect.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.outerHTML.slice(0, 140)} (edges ${Math.round(element.getBoundingClientRect().left)}..${Math.round(element.getBoundingClientRect().right)} px)`);
    return { scrollWidth: root.scrollWidth, viewportWidth, culprits };
  });
}

/**
 * Runs in the page (self-contained). Finds text a reader would lose:
 * - a box that hides overflow (overflow hidden/clip) but holds more text than it shows;
 * - a line of text running out of the box it belongs to;
 * - two text lines from different text nodes drawn over each other.
 * Text hidden on purpose (the 1 px visually-hidden pattern, off-screen skip
 * links, closed disclosures) is not seen by anyone, so it is not checked.
 */
function collectTextProblems(): string[] {
  const problems: string[] = [];
  const describe = (element: Element) => {
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> ${JSON.stringify((element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60))}`;
  };
  // Memoised: the walk below asks about every ancestor of every text node.
  const hiddenMemo = new Map<Element, boolean>();
  const hiddenOnPurpose = (element: Element | null): boolean => {
    if (!element) return false;
    const known = hiddenMemo.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    let hidden = style.visibility === 'hidden' || style.opacity === '0';
    if (!hidden && style.display !== 'contents' && (style.overflow !== 'visible' || style.clipPath !== 'none')) {
      const rect = element.getBoundingClientRect();
      hidden = rect.width <= 1 || rect.height <= 1;
    }
    hidden ||= hiddenOnPurpose(element.parentElement);
    hiddenMemo.set(element, hidden);
    return hidden;
  };
  const offScreen = (rect: DOMRect) => rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0;

  // 1. Boxes that clip text.
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (!(clipsX || clipsY) || !(element.textContent ?? '').trim() || hiddenOnPurpose(element)) continue;
    if (!element.checkVisibility()) continue;
    if ((clipsX && element.scrollWidth > element.clientWidth + 1) || (clipsY && element.scrollHeight > element.clientHeight + 1)) {
      problems.push(`clipped: ${describe(element)} shows ${element.clientWidth}x${element.clientHeight} px of ${element.scrollWidth}x${element.scrollHeight} px`);
    }
  }

  // 2 and 3 work on the boxes of each line of text.
  interface Line {
    readonly node: number;
    readonly rect: DOMRect;
    readonly owner: Element;
  }
  const lines: Line[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let index = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode(), index += 1) {
    const owner = node.parentElement;
    if (!owner || !(node.textContent ?? '').trim() || owner.closest('script, style, noscript, template')) continue;
    if (!owner.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || hiddenOnPurpose(owner)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0 && !offScreen(rect)) lines.push({ node: index, rect, owner });
    }
  }

  // 2. Lines running out of their block container (the box that lays the line out).
  const containers = new Map<Element, Element>();
  const containerOf = (element: Element): Element => {
    const known = containers.get(element);
    if (known) return known;
    const display = getComputedStyle(element).display;
    const container = display !== 'inline' && display !== 'contents' ? element : element.parentElement ? containerOf(element.parentElement) : document.body;
    containers.set(element, container);
    return container;
  };
  const boxes = new Map<Element, DOMRect>();
  const reported = new Set<Element>();
  for (const line of lines) {
    const container = containerOf(line.owner);
    if (reported.has(container)) continue;
    const box = boxes.get(container) ?? container.getBoundingClientRect();
    boxes.set(container, box);
    // A line may overhang by a pixel (italics, rounding); half a line's height outside is lost text.
    const outside =
      line.rect.right > box.right + 1 ||
      line.rect.left < box.left - 1 ||
      line.rect.bottom > box.bottom + line.rect.height / 2 ||
      line.rect.top < box.top - line.rect.height / 2;
    if (outside) {
      reported.add(container);
      problems.push(
        `text overflows its box: ${describe(container)} box ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)}, line ${Math.round(line.rect.left)}..${Math.round(line.rect.right)} x ${Math.round(line.rect.top)}..${Math.round(line.rect.bottom)}`,
      );
    }
  }

  // 3. Lines of different text nodes drawn over each other. A line's box spans the font's
  // whole ascent and descent, more than the glyphs fill: compare the middle 60 % of it.
  const cores = lines
    .map((line) => {
      const inset = line.rect.height * 0.2;
      return { ...line, top: line.rect.top + inset, bottom: line.rect.bottom - inset, left: line.rect.left + 1, right: line.rect.right - 1 };
    })
    .sort((a, b) => a.top - b.top);
  const overlapping = new Set<string>();
  for (let i = 0; i < cores.length; i += 1) {
    const a = cores[i]!;
    for (let j = i + 1; j < cores.length; j += 1) {
      const b = cores[j]!;
      if (b.top >= a.bottom) break;
      if (a.node === b.node || b.left >= a.right || a.left >= b.right) continue;
      const key = `${a.node}:${b.node}`;
      if (overlapping.has(key)) continue;
      overlapping.add(key);
      problems.push(`text overlaps: ${describe(a.owner)} and ${describe(b.owner)} at ${Math.round(Math.max(a.left, b.left))},${Math.round(Math.max(a.top, b.top))}`);
    }
  }
  return problems;
}

export function readTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(collectTextProblems);
}
