import type { Page, Route } from '@playwright/test';

export interface ImageBox {
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

/** Reads every image's laid-out box (in the page). */
export function readImageBoxes(page: Page): Promise<ImageBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('img')].map((img) => {
      const rect = img.getBoundingClientRect();
      return { src: img.getAttribute('src') ?? '', width: rect.width, height: rect.height };
    }),
  );
}

/**
 * Holds back every image response until `release` is called: the page lays
 * out with no image data at all, the worst case a slow network produces.
 */
export async function holdImages(page: Page): Promise<{ release: () => Promise<void>; held: () => number }> {
  const waiting: Route[] = [];
  let released = false;
  // Only image URLs are routed: routing every request would slow each page down for nothing.
  const isImage = (url: URL) => url.pathname.startsWith('/_next/image') || /\.(avif|gif|jpe?g|png|svg|webp)$/i.test(url.pathname);
  await page.route(isImage, async (route) => {
    if (released) return route.continue();
    waiting.push(route);
  });
  return {
    held: () => waiting.length,
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

/**
 * Sums layout-shift entries without recent input (what CLS counts) from the
 * start of the navigation; install before `goto`.
 */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { value: 0, sources: [] as string[] };
    (window as unknown as { __layoutShift: typeof record }).__layoutShift = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        record.value += entry.value;
        for (const source of entry.sources ?? []) {
          if (source.node instanceof Element) record.sources.push(`${source.node.outerHTML.slice(0, 100)} (${entry.value.toFixed(4)})`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function readLayoutShift(page: Page): Promise<{ value: number; sources: string[] }> {
  return page.evaluate(async () => {
    // Let the last layout and its shift entries land first.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return (window as unknown as { __layoutShift: { value: number; sources: string[] } }).__layoutShift;
  });
}

export interface LineLength {
  readonly text: string;
  /** Characters that fit on one line: the paragraph's content width over its average character width */
  readonly charactersPerLine: number;
}

/**
 * For each paragraph matching `selector` that is long enough to wrap: its
 * content width divided by the average width of its own characters,
 * measured with canvas measureText in the paragraph's computed font.
 */
export function readLineLengths(page: Page, selector: string): Promise<LineLength[]> {
  return page.evaluate((selector) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('No 2D canvas to measure text with');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((p) => (p.textContent ?? '').trim().length >= 200)
      .map((p) => {
        const style = getComputedStyle(p);
        const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
        context.wordSpacing = style.wordSpacing;
        const averageCharacter = context.measureText(text).width / text.length;
        const contentWidth = p.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
        return { text: text.slice(0, 60), charactersPerLine: contentWidth / averageCharacter };
      });
  }, selector);
}
