import type { Page } from '@playwright/test';
import { contrastRatio, flatten, formatRgba, parseCssColour, composite } from './a11y-colour';

/** WCAG 2.4.13-style minimums Lede holds every focus indicator to. */
export const minimumFocusOutline = 2;
export const minimumFocusContrast = 3;

/** What the browser shows for a focused element, read by `readFocused`/`readFocusOfEach`. */
export interface FocusSnapshot {
  /** Position in the page's sequential focus order as `stampFocusOrder` numbered it; -1 if unnumbered */
  readonly order: number;
  readonly tag: string;
  readonly html: string;
  readonly id: string;
  /** Start of the element's first line box, in document px */
  readonly start: { readonly x: number; readonly y: number };
  /** Bounding box in document px */
  readonly box: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly outlineColor: string;
  /** Background colours behind the outline, nearest first, up to the root */
  readonly backgrounds: readonly string[];
  /** The UA canvas colour for the current colour scheme */
  readonly canvas: string;
  readonly focusVisible: boolean;
  /** Inside the viewport and the topmost element at its own centre */
  readonly inView: boolean;
  readonly unobscured: boolean;
}

/**
 * Runs in the page (self-contained). Numbers every element that sequential
 * focus navigation should visit, in DOM order, with `data-a11y-order`, and
 * returns how many there are. Lede uses no positive tabindex, so DOM order is
 * the Tab order; the count includes nothing hidden or disabled.
 */
function stampOrder(): number {
  const selector = 'a[href], button, summary, input, select, textarea, iframe, [contenteditable="true"], [tabindex]';
  let order = 0;
  for (const element of document.querySelectorAll(selector)) {
    element.removeAttribute('data-a11y-order');
    const tabIndex = (element as HTMLElement).tabIndex;
    if (tabIndex < 0 || (element as HTMLButtonElement).disabled || element.closest('[inert]')) continue;
    if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    element.setAttribute('data-a11y-order', String(order));
    order += 1;
  }
  return order;
}

export function stampFocusOrder(page: Page): Promise<number> {
  return page.evaluate(stampOrder);
}

/**
 * Runs in the page (self-contained). With `each` false: the indicator of the
 * focused element (none when focus has left the document). With `each` true:
 * focuses every numbered element in turn, in one round trip, and reads each.
 */
function readIndicators(each: boolean): FocusSnapshot[] {
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();

  // Focus styles may change through (reduced-motion, 0.01 ms) transitions that have not ticked yet:
  // settle them, so the snapshot shows what the reader sees a moment after focus moves.
  const settle = () => {
    for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  };
  const snapshot = (element: Element): FocusSnapshot => {
    settle();
    const style = getComputedStyle(element);
    const offset = Number.parseFloat(style.outlineOffset) || 0;
    // An outline drawn outside the box sits on the parent's background; one drawn inside, on the element's own.
    const backgrounds: string[] = [];
    for (let node: Element | null = offset >= 0 ? element.parentElement : element; node; node = node.parentElement) {
      backgrounds.push(getComputedStyle(node).backgroundColor);
    }
    const rect = element.getBoundingClientRect();
    const first = element.getClientRects()[0] ?? rect;
    const x = Math.min(Math.max(first.left + first.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(first.top + first.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return {
      order: Number(element.getAttribute('data-a11y-order') ?? -1),
      tag: element.tagName.toLowerCase(),
      html: element.outerHTML.slice(0, 160),
      id: element.id,
      // Where reading starts: the left edge of the first line, the right edge on a right-to-left page.
      start: { x: (style.direction === 'rtl' ? first.right : first.left) + window.scrollX, y: first.top + window.scrollY },
      box: { left: rect.left + window.scrollX, top: rect.top + window.scrollY, right: rect.right + window.scrollX, bottom: rect.bottom + window.scrollY },
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
      outlineColor: style.outlineColor,
      backgrounds,
      canvas,
      focusVisible: element.matches(':focus-visible'),
      inView: first.bottom > 0 && first.top < window.innerHeight && first.right > 0 && first.left < window.innerWidth,
      unobscured: Boolean(hit && (hit === element || element.contains(hit))),
    };
  };

  if (!each) {
    const active = document.activeElement;
    return active && active !== document.body && active !== document.documentElement ? [snapshot(active)] : [];
  }
  return [...document.querySelectorAll('[data-a11y-order]')].map((element) => {
    (element as HTMLElement).focus();
    return snapshot(element);
  });
}

/** The focused element, or null when focus has left the document (after the last Tab stop). */
export async function readFocused(page: Page): Promise<FocusSnapshot | null> {
  const [focused] = await page.evaluate(readIndicators, false);
  return focused ?? null;
}

/**
 * Focuses every element `stampFocusOrder` numbered and reads its indicator.
 * Call after a real Tab press: a script moving focus on from a
 * keyboard-focused element keeps :focus-visible, as a reader's Tab would.
 */
export function readFocusOfEach(page: Page): Promise<FocusSnapshot[]> {
  return page.evaluate(readIndicators, true);
}

/** What is wrong with a focus indicator, if anything. */
export function focusIndicatorProblem(focus: FocusSnapshot): string | undefined {
  if (!focus.focusVisible) return `no :focus-visible on ${focus.html}`;
  if (focus.outlineStyle === 'none' || focus.outlineWidth < minimumFocusOutline) {
    return `focus outline ${focus.outlineStyle} ${focus.outlineWidth}px is thinner than ${minimumFocusOutline}px on ${focus.html}`;
  }
  const behind = flatten(focus.backgrounds.map(parseCssColour), parseCssColour(focus.canvas));
  const outline = composite(parseCssColour(focus.outlineColor), behind);
  const ratio = contrastRatio(outline, behind);
  if (ratio < minimumFocusContrast) {
    return `focus outline ${formatRgba(outline)} on ${formatRgba(behind)} has contrast ${ratio.toFixed(2)}:1, under ${minimumFocusContrast}:1, on ${focus.html}`;
  }
  if (!focus.inView) return `focused element is outside the viewport: ${focus.html}`;
  if (!focus.unobscured) return `focused element is covered by another element: ${focus.html}`;
  return undefined;
}

/**
 * Whether moving focus from `from` to `to` follows the reading order of a
 * left-to-right page (mirrored for right-to-left): along a line, down the
 * page, or up to the top of the next column. Half a line of slack absorbs
 * baseline differences between neighbours.
 */
export function readingOrderProblem(from: FocusSnapshot, to: FocusSnapshot, direction: 'ltr' | 'rtl'): string | undefined {
  const slack = Math.min(from.box.bottom - from.box.top, to.box.bottom - to.box.top) / 2;
  const forward = direction === 'ltr' ? to.start.x >= from.start.x - 1 : to.start.x <= from.start.x + 1;
  const sameLine = Math.abs(to.start.y - from.start.y) <= slack;
  if (to.start.y > from.start.y + slack) return undefined;
  if (sameLine && forward) return undefined;
  const nextColumn = direction === 'ltr' ? to.box.left >= from.box.right - 1 : to.box.right <= from.box.left + 1;
  if (to.start.y < from.start.y && nextColumn) return undefined;
  return `focus jumps against the reading order from ${from.html} (${Math.round(from.start.x)},${Math.round(from.start.y)}) to ${to.html} (${Math.round(to.start.x)},${Math.round(to.start.y)})`;
}

export interface TabWalk {
  /** Controls `stampFocusOrder` numbered */
  readonly count: number;
  /** Where each Tab press put focus, until focus left the page or the presses ran out */
  readonly stops: readonly FocusSnapshot[];
  /** Focus left the document after the last stop: nothing trapped it */
  readonly leftPage: boolean;
  /** Indicator and reading-order problems along the way */
  readonly problems: readonly string[];
}

/**
 * Presses Tab from the top of a freshly loaded page, one press per control
 * plus one to leave the page; a trap or a loop runs out of presses with focus
 * still inside.
 */
export async function walkTabOrder(page: Page, direction: 'ltr' | 'rtl'): Promise<TabWalk> {
  const count = await stampFocusOrder(page);
  const stops: FocusSnapshot[] = [];
  let leftPage = false;
  for (let press = 0; press <= count; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await readFocused(page);
    if (!focused) {
      leftPage = true;
      break;
    }
    stops.push(focused);
  }
  const problems = stops.flatMap((stop, index) => {
    const previous = stops[index - 1];
    return [focusIndicatorProblem(stop), previous ? readingOrderProblem(previous, stop, direction) : undefined].filter((problem): problem is string => problem !== undefined);
  });
  return { count, stops, leftPage, problems };
}
