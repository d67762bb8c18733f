import { describe, expect, it } from 'vitest';
import { batches, BATCH_SIZE, workerCount } from './build-plan';

describe('workerCount', () => {
  it('loads small archives in-process', () => {
    expect(workerCount(31, 2, undefined)).toBe(0);
    expect(workerCount(2 * BATCH_SIZE - 1, 8, undefined)).toBe(0);
  });

  it('uses one worker per CPU for large archives, at most four', () => {
    expect(workerCount(100_000, 2, undefined)).toBe(2);
    expect(workerCount(100_000, 16, undefined)).toBe(4);
    expect(workerCount(100_000, 1, undefined)).toBe(0);
  });

  it('lets LEDE_BUILD_WORKERS decide', () => {
    expect(workerCount(100_000, 2, 0)).toBe(0);
    expect(workerCount(10, 2, 3)).toBe(3);
  });
});

describe('batches', () => {
  it('keeps order and puts the remainder last', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});
