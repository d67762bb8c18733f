import { describe, expect, it } from 'vitest';
import { kthLargest, lowerBound, selectTop } from './select';
import { seededRandom } from '../../fixtures/random';

/** `selectTop` over a whole array, with its own scratch. */
const topPositions = (values: Float64Array, keep: number): number[] => selectTop(values, values.length, keep, new Float64Array(values.length), []);

describe('selectTop', () => {
  it('returns the positions of the largest values, in position order', () => {
    expect(topPositions(Float64Array.from([0.1, 0.9, 0.3, 0.7]), 2)).toEqual([1, 3]);
  });

  it('breaks ties at the cut by position and returns exactly `keep`', () => {
    expect(topPositions(Float64Array.from([0.5, 0.9, 0.5, 0.5]), 2)).toEqual([0, 1]);
    expect(topPositions(Float64Array.from([0.5, 0.5, 0.5]), 2)).toEqual([0, 1]);
  });

  it('returns everything when there are fewer values than asked for, nothing for 0', () => {
    expect(topPositions(Float64Array.from([3, 1]), 5)).toEqual([0, 1]);
    expect(topPositions(Float64Array.from([3, 1]), 0)).toEqual([]);
  });
});

describe('kthLargest', () => {
  it('agrees with sorting on random, sorted and constant input', () => {
    const random = seededRandom(7);
    const inputs = [
      Float64Array.from({ length: 300 }, () => Math.floor(random() * 50)),
      Float64Array.from({ length: 200 }, (_, i) => i),
      new Float64Array(100).fill(2),
    ];
    for (const values of inputs) {
      const sorted = [...values].sort((a, b) => b - a);
      for (const k of [1, 2, 17, values.length]) expect(kthLargest(values.slice(), values.length, k)).toBe(sorted[k - 1]);
    }
  });
});

describe('lowerBound', () => {
  it('finds the first item at least the target', () => {
    const items = Int32Array.from([10, 20, 30, 40]);
    expect(lowerBound(items, 0, 4, 25)).toBe(2);
    expect(lowerBound(items, 0, 4, 20)).toBe(1);
    expect(lowerBound(items, 0, 4, 5)).toBe(0);
    expect(lowerBound(items, 0, 4, 45)).toBe(4);
    expect(lowerBound(items, 1, 3, 5)).toBe(1);
  });
});
