import type { Page } from '@playwright/test';

/** WCAG 2.5.8 Target Size (Minimum), in CSS px. */
export const minimumTarget = 24;

export interface Target {
  readonly html: string;
  /** The area that activates the target, in viewport px */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /**
   * Navigation, buttons, disclosure summaries, card links, topic links,
   * footer links: controls Lede designs, which must be 24 × 24 themselves
   * (no spacing exception)
   */
  readonly strict: boolean;
  /** A link inside a sentence: exempt under 2.5.8's inline exception */
  readonly inline: boolean;
}

/**
 * Runs in the page (self-contained). Every rendered pointer target with the
 * area that activates it: a link stretched over its card by an absolutely
 * positioned ::after counts with the card's area, when a hit test in the
 * middle of the card lands on the link.
 */
function collectTargets(): Target[] {
  const selector = 'a[href], button, summary, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
  const blockContainer = (element: Element): Element => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const display = getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents') return node;
    }
    return document.body;
  };
  const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const stretchedArea = (element: Element): DOMRect | undefined => {
    const after = getComputedStyle(element, '::after');
    if (after.content === 'none' || after.position !== 'absolute') return undefined;
    let holder = element.parentElement;
    while (holder && getComputedStyle(holder).position === 'static') holder = holder.parentElement;
    if (!holder) return undefined;
    // elementFromPoint only sees the viewport: bring the card's middle into it first.
    holder.scrollIntoView({ block: 'center', inline: 'nearest' });
    const area = holder.getBoundingClientRect();
    const hit = document.elementFromPoint(area.left + area.width / 2, area.top + area.height / 2);
    return hit && (hit === element || element.contains(hit)) ? area : undefined;
  };

  return [...document.querySelectorAll(selector)]
    .filter((element) => element.checkVisibility({ visibilityProperty: true }))
    .map((element) => {
      const area = stretchedArea(element) ?? element.getBoundingClientRect();
      const display = getComputedStyle(element).display;
      const container = blockContainer(element);
      const inline = element.tagName === 'A' && display === 'inline' && text(container) !== text(element) && !element.closest('nav, header, footer, h1, h2, h3, h4, h5, h6');
      const strict =
        !inline &&
        (Boolean(element.closest('nav, header, footer')) ||
          ['BUTTON', 'SUMMARY'].includes(element.tagName) ||
          element.getAttribute('role') === 'button' ||
          Boolean(element.closest('article h2, article h3')));
      // Positions in document coordinates, so targets measured at different scroll positions compare.
      return {
        html: element.outerHTML.slice(0, 160),
        left: area.left + window.scrollX,
        top: area.top + window.scrollY,
        width: area.width,
        height: area.height,
        strict,
        inline,
      };
    })
    .filter((target) => target.width > 0 && target.height > 0 && target.top + target.height > 0 && target.left + target.width > 0);
}

export async function readTargets(page: Page): Promise<Target[]> {
  const targets = await page.evaluate(collectTargets);
  await page.evaluate(() => window.scrollTo(0, 0));
  return targets;
}

const centre = (t: Target) => ({ x: t.left + t.width / 2, y: t.top + t.height / 2 });

/** Distance from a point to the nearest point of a target's box. */
function distanceToBox(point: { x: number; y: number }, t: Target): number {
  const dx = Math.max(t.left - point.x, 0, point.x - (t.left + t.width));
  const dy = Math.max(t.top - point.y, 0, point.y - (t.top + t.height));
  return Math.hypot(dx, dy);
}

/**
 * WCAG 2.5.8: a target is at least 24 × 24, or (for targets Lede does not
 * hold to the strict rule) a 24 px circle on its centre touches no other
 * target and no other undersized target's circle; links in sentences are exempt.
 */
export function targetSizeProblems(targets: readonly Target[]): string[] {
  const small = (t: Target) => t.width < minimumTarget - 0.5 || t.height < minimumTarget - 0.5;
  const problems: string[] = [];
  for (const target of targets) {
    if (target.inline || !small(target)) continue;
    const size = `${target.width.toFixed(1)} x ${target.height.toFixed(1)} px`;
    if (target.strict) {
      problems.push(`target ${size}, under ${minimumTarget} x ${minimumTarget}: ${target.html}`);
      continue;
    }
    const here = centre(target);
    const crowded = targets.find(
      (other) =>
        other !== target &&
        !other.inline &&
        (distanceToBox(here, other) < minimumTarget / 2 || (small(other) && Math.hypot(here.x - centre(other).x, here.y - centre(other).y) < minimumTarget)),
    );
    if (crowded) problems.push(`target ${size} without 24 px spacing from ${crowded.html}: ${target.html}`);
  }
  return problems;
}
