import { FRAMEWORK_FLOOR } from './framework-floor';
import { totals, type PageWeight } from './page-weight';

/**
 * Byte budgets of a page, checked by e2e/budgets/ against the built site and
 * printed beside the benchmark's figures. Bytes only: they are the same on
 * every machine, unlike timings.
 */
export const BUDGETS = {
  /** Total gzipped JS: whatever the framework needs for an empty page, plus this much */
  jsOverFloorBytes: 5 * 1024,
  cssGzipBytes: 15 * 1024,
  /** The reference article's HTML */
  articleHtmlGzipBytes: 35 * 1024,
  /** The hero picture a 390 px phone at DPR 2 downloads */
  heroImageBytes: 120 * 1024,
  fontFileBytes: 60 * 1024,
  fontPreloads: 2,
} as const;

export type PageKind = 'article' | 'front';

export interface BudgetLimits {
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
  readonly articleHtmlGzipBytes: number;
  readonly heroImageBytes: number;
  readonly fontFileBytes: number;
  readonly fontPreloads: number;
}

export const LIMITS: BudgetLimits = {
  jsGzipBytes: FRAMEWORK_FLOOR.jsGzipBytes + BUDGETS.jsOverFloorBytes,
  cssGzipBytes: BUDGETS.cssGzipBytes,
  articleHtmlGzipBytes: BUDGETS.articleHtmlGzipBytes,
  heroImageBytes: BUDGETS.heroImageBytes,
  fontFileBytes: BUDGETS.fontFileBytes,
  fontPreloads: BUDGETS.fontPreloads,
};

/** Every budget a page breaks, each as a sentence naming the bytes and the files. */
export function budgetViolations(weight: PageWeight, kind: PageKind, limits: BudgetLimits = LIMITS): string[] {
  const t = totals(weight);
  const out: string[] = [];
  const firstParty = weight.js.filter((j) => j.owner !== 'framework');
  if (kind === 'article' && firstParty.length > 0) {
    out.push(`${weight.url}: scripts that are not the framework's: ${firstParty.map((j) => `${j.url} (${j.owner}, ${j.gzipBytes} B)`).join(', ')}`);
  }
  if (t.jsGzip > limits.jsGzipBytes) out.push(`${weight.url}: ${t.jsGzip} B of gzipped JS, over ${limits.jsGzipBytes} B (framework floor + ${BUDGETS.jsOverFloorBytes} B)`);
  if (t.cssGzip > limits.cssGzipBytes) out.push(`${weight.url}: ${t.cssGzip} B of gzipped CSS, over ${limits.cssGzipBytes} B`);
  if (kind === 'article' && t.htmlGzip > limits.articleHtmlGzipBytes) out.push(`${weight.url}: ${t.htmlGzip} B of gzipped HTML, over ${limits.articleHtmlGzipBytes} B`);
  if (kind === 'article') {
    if (!weight.hero) out.push(`${weight.url}: no high-priority hero image found`);
    else {
      if (weight.hero.bytes > limits.heroImageBytes) out.push(`${weight.url}: hero ${weight.hero.url} is ${weight.hero.bytes} B for a 390 px phone at DPR 2, over ${limits.heroImageBytes} B`);
      if (!/^image\/(?:avif|webp)/.test(weight.hero.contentType)) out.push(`${weight.url}: hero served as ${weight.hero.contentType}, not AVIF or WebP`);
    }
  }
  for (const font of weight.fonts) if (font.bytes > limits.fontFileBytes) out.push(`${weight.url}: web font ${font.url} is ${font.bytes} B, over ${limits.fontFileBytes} B`);
  if (weight.fontPreloads > limits.fontPreloads) out.push(`${weight.url}: ${weight.fontPreloads} fonts preloaded, more than ${limits.fontPreloads}`);
  return out;
}
