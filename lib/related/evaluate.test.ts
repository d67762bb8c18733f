import { describe, expect, it } from 'vitest';
import { precisionAtK, storyRecallAtK } from './evaluate';

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
      ['a3', ['x', 'a1']],
      ['x', ['a1', 'a2', 'a3']],
    ]);
    // Story a has two other parts for each article: each is judged on its top 2.
    const report = precisionAtK(labels, ['a1', 'a2', 'a3', 'x'], related, 3);
    expect(report.scored).toBe(3);
    expect(report.precision).toBeCloseTo((1 + 1 / 2 + 1 / 2) / 3);
    expect(report.misses.map((m) => m.slug)).toEqual(['a2', 'a3']);
  });

  it('judges a story with k or more other parts on the full top k', () => {
    const big = [...labels, { slug: 'a4', story: 'a' }];
    const report = precisionAtK(big, ['a1', 'a2', 'a3', 'a4'], new Map([['a1', ['a2', 'x', 'a3']]]), 3);
    expect(report.precision).toBeCloseTo(2 / 3 / 4);
  });

  it('scores an article with no list as 0 and an empty query set as 0', () => {
    expect(precisionAtK(labels, ['a1', 'b1', 'a2'], new Map(), 3).precision).toBe(0);
    expect(precisionAtK(labels, [], new Map(), 3)).toEqual({ precision: 0, scored: 0, misses: [] });
  });
});

describe('storyRecallAtK', () => {
  const labels = [
    { slug: 'a1', story: 'a' },
    { slug: 'a2', story: 'a' },
    { slug: 'a3', story: 'a' },
    { slug: 'b1', story: 'b' },
    { slug: 'b2', story: 'b' },
    { slug: 'x', story: null },
  ];

  it('averages per story the share of the other parts found in the top k', () => {
    const related = new Map([
      ['a1', ['a2', 'a3']],
      ['a2', ['x', 'a1']],
      ['a3', ['a1', 'a2']],
      ['b1', ['b2']],
      ['b2', ['x']],
    ]);
    const report = storyRecallAtK(labels, ['a1', 'a2', 'a3', 'b1', 'b2', 'x'], related, 5);
    expect(report.byStory.get('a')).toBeCloseTo((1 + 1 / 2 + 1) / 3);
    expect(report.byStory.get('b')).toBeCloseTo(1 / 2);
    expect(report.worst).toBeCloseTo(1 / 2);
    expect(report.misses.map((m) => m.slug)).toEqual(['a2', 'b2']);
  });
});
