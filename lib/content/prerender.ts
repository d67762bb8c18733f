import { env } from '../env';

/**
 * How many of the newest articles `next build` renders ahead of time
 * (LEDE_PRERENDER_COUNT, lib/env.ts). Older ones render on their first
 * request and are cached from then on, so a 100,000-article archive builds in
 * minutes instead of rendering every page.
 */
export function prerenderCount(): number {
  return env().prerenderCount;
}

/**
 * Share cards (opengraph-image, twitter-image) drawn at build time
 * (LEDE_PRERENDER_CARDS). A card costs 0.3–0.6 s of CPU (1–2 s on a busy
 * 2-core machine) and each article has two, so prerendering the cards of all
 * prerendered articles would take most of a build; only the newest few are
 * drawn ahead, the rest when a link-preview bot first asks for one.
 */
export function cardPrerenderCount(): number {
  return env().cardPrerenderCount;
}

/** The newest `count` of a newest-first list. */
export function newestToPrerender<T>(newestFirst: readonly T[], count: number): readonly T[] {
  return newestFirst.slice(0, count);
}
