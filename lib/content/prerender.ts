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

/** The newest `count` of a newest-first list. */
export function newestToPrerender<T>(newestFirst: readonly T[], count: number = prerenderCount()): readonly T[] {
  return newestFirst.slice(0, count);
}
