import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './stats';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('summarise', () => {
  it('sorts before it summarises', () => {
    expect(summarise([3, 1, 2, 10])).toEqual({ count: 4, mean: 4, p50: 2, p95: 10, max: 10 });
  });

  it('says NaN for no values rather than zero', () => {
    expect(summarise([]).mean).toBeNaN();
  });
});
