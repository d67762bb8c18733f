import { describe, expect, it } from 'vitest';
import { cardPrerenderCount, DEFAULT_CARD_PRERENDER_COUNT, DEFAULT_PRERENDER_COUNT, newestToPrerender, prerenderCount } from './prerender';

describe('prerenderCount', () => {
  it('defaults to 1,000 when unset or empty', () => {
    expect(prerenderCount(undefined)).toBe(DEFAULT_PRERENDER_COUNT);
    expect(prerenderCount('')).toBe(1000);
  });

  it('reads whole numbers, zero included', () => {
    expect(prerenderCount('250')).toBe(250);
    expect(prerenderCount('0')).toBe(0);
  });

  it('stops the build on anything else', () => {
    for (const raw of ['-1', '1.5', 'all', '1e3']) expect(() => prerenderCount(raw), raw).toThrow(/LEDE_PRERENDER_COUNT/);
  });
});

describe('newestToPrerender', () => {
  it('takes the head of the newest-first list', () => {
    expect(newestToPrerender(['c', 'b', 'a'], 2)).toEqual(['c', 'b']);
    expect(newestToPrerender(['c', 'b', 'a'], 10)).toEqual(['c', 'b', 'a']);
  });
});

describe('cardPrerenderCount', () => {
  it('defaults to a few dozen and reads whole numbers only', () => {
    expect(cardPrerenderCount(undefined)).toBe(DEFAULT_CARD_PRERENDER_COUNT);
    expect(cardPrerenderCount('0')).toBe(0);
    expect(() => cardPrerenderCount('lots')).toThrow(/LEDE_PRERENDER_CARDS/);
  });
});
