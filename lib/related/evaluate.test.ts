import { describe, expect, it } from 'vitest';
import { precisionAtK } from './evaluate';

describe('precisionAtK', () => {
  const labels = [
    { slug: 'a1', story: 'a' },
    { slug: 'a2', story: 'a' },
    { slug: 'a3', story: 'a' },
    { slug: 'b1', story: 'b' },
    { slug: 'x', story: null },
  ];

  it('averages the share of each top k in the same story, counting gaps as misses', () => {
    const related = new Map([
      ['a1', ['a2', 'a3', 'x']],
      ['a2', ['a1']],
      ['x', ['a1', 'a2', 'a3']],
    ]);
    const report = precisionAtK(labels, ['a1', 'a2', 'x'], related, 3);
    expect(report.scored).toBe(2);
    expect(report.precision).toBeCloseTo((2 / 3 + 1 / 3) / 2);
    expect(report.misses.map((m) => m.slug)).toEqual(['a1', 'a2']);
  });

  it('scores an article with no list as 0 and an empty query set as 0', () => {
    expect(precisionAtK(labels, ['b1'], new Map(), 3).precision).toBe(0);
    expect(precisionAtK(labels, [], new Map(), 3)).toEqual({ precision: 0, scored: 0, misses: [] });
  });
});
