/**
 * How many of the newest articles `next build` renders ahead of time. Older
 * ones render on their first request and are cached from then on, so a
 * 100,000-article archive builds in minutes instead of rendering every page.
 */
export const DEFAULT_PRERENDER_COUNT = 1000;

/** `LEDE_PRERENDER_COUNT` as a count: unset means the default; anything but a whole number ≥ 0 is a mistake worth stopping the build for. */
export function prerenderCount(raw: string | undefined = process.env.LEDE_PRERENDER_COUNT): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PRERENDER_COUNT;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`LEDE_PRERENDER_COUNT must be a whole number of articles, not ${JSON.stringify(raw)}`);
  return Number(raw.trim());
}

/**
 * Share cards (opengraph-image, twitter-image) drawn at build time. A card
 * costs 0.3–0.6 s of CPU (1–2 s on a busy 2-core machine) and each article
 * has two, so prerendering the cards of all LEDE_PRERENDER_COUNT articles
 * would take most of a build; only the newest few are drawn ahead, the rest
 * when a link-preview bot first asks for one, cached from then on.
 */
export const DEFAULT_CARD_PRERENDER_COUNT = 50;

/** `LEDE_PRERENDER_CARDS` as a count, read like LEDE_PRERENDER_COUNT. */
export function cardPrerenderCount(raw: string | undefined = process.env.LEDE_PRERENDER_CARDS): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_CARD_PRERENDER_COUNT;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`LEDE_PRERENDER_CARDS must be a whole number of articles, not ${JSON.stringify(raw)}`);
  return Number(raw.trim());
}

/** The newest `count` of a newest-first list. */
export function newestToPrerender<T>(newestFirst: readonly T[], count: number = prerenderCount()): readonly T[] {
  return newestFirst.slice(0, count);
}
