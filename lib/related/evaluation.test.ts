import { describe, expect, it } from 'vitest';
import { precisionAtK } from './evaluate';
import { evaluationNow, evaluationSet } from '../../fixtures/related/evaluation';
import { computeAllRelated } from './rank';

const related = computeAllRelated(evaluationSet, { now: evaluationNow, limit: 5 });
const published = evaluationSet.filter((doc) => !doc.draft && Date.parse(doc.published) <= evaluationNow.getTime());
const hidden = new Set(evaluationSet.filter((doc) => !published.includes(doc)).map((doc) => doc.slug));

describe('evaluation set', () => {
  it('has the shape the evaluation needs', () => {
    const stories = new Set(evaluationSet.map((doc) => doc.story).filter(Boolean));
    expect(stories.size).toBeGreaterThanOrEqual(6);
    expect(evaluationSet.filter((doc) => doc.story).length).toBeGreaterThanOrEqual(36);
    expect(evaluationSet.filter((doc) => !doc.story).length).toBeGreaterThanOrEqual(8);
    expect(evaluationSet.filter((doc) => doc.draft)).toHaveLength(2);
    expect(evaluationSet.filter((doc) => Date.parse(doc.published) > evaluationNow.getTime())).toHaveLength(1);
  });

  it('ranks the same running story first: precision@3 ≥ 0.98', () => {
    const report = precisionAtK(evaluationSet, published.map((doc) => doc.slug), related, 3);
    console.log(`related stories: precision@3 = ${report.precision.toFixed(3)} over ${report.scored} articles`);
    for (const miss of report.misses) console.log(`  ${miss.slug} (${miss.story}): ${miss.top.join(', ')}`);
    expect(report.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('never lists the article itself, a draft or a story dated after now', () => {
    for (const [slug, list] of related) {
      expect(list).not.toContain(slug);
      for (const other of list) expect(hidden.has(other), `${slug} lists ${other}`).toBe(false);
    }
  });

  it('shows two versions of one report only once', () => {
    const versions = ['floods-sweep-through-ahr-valley', 'floods-sweep-through-ahr-valley-update'];
    for (const list of related.values()) expect(versions.filter((v) => list.includes(v)).length).toBeLessThanOrEqual(1);
  });
});
