import { describe, expect, it } from 'vitest';
import { TopK } from './top-k';

describe('TopK', () => {
  it('keeps the highest-scoring items', () => {
    const top = new TopK(3);
    [5, 1, 9, 3, 7, 2].forEach((score, item) => top.push(item, score));
    expect(top.values().sort()).toEqual([0, 2, 4]);
    expect(top.floor).toBe(5);
  });

  it('has no floor until it is full, and can be reused', () => {
    const top = new TopK(2);
    top.push(1, 0.5);
    expect(top.floor).toBe(-Infinity);
    top.clear();
    expect(top.values()).toEqual([]);
  });

  it('keeps nothing with capacity 0 and rejects a bad capacity', () => {
    const top = new TopK(0);
    top.push(1, 1);
    expect(top.values()).toEqual([]);
    expect(() => new TopK(-1)).toThrow(RangeError);
  });
});
