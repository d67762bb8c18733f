import { describe, expect, it } from 'vitest';
import { buildPostings } from './postings';

describe('buildPostings', () => {
  it('groups items by key in the order they were emitted', () => {
    const triples: [number, number, number][] = [
      [1, 10, 0.1],
      [0, 11, 0.2],
      [1, 12, 0.3],
      [2, 13, 0.4],
    ];
    const postings = buildPostings(3, (emit) => triples.forEach(([key, item, weight]) => emit(key, item, weight)));
    expect(Array.from(postings.start)).toEqual([0, 1, 3, 4]);
    expect(Array.from(postings.item)).toEqual([11, 10, 12, 13]);
    expect(Array.from(postings.weight)).toEqual([0.2, 0.1, 0.3, 0.4].map(Math.fround));
  });

  it('handles keys with no items', () => {
    const postings = buildPostings(2, () => {});
    expect(Array.from(postings.start)).toEqual([0, 0, 0]);
  });
});
