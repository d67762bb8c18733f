import { describe, expect, it } from 'vitest';
import { defaultWeights, evidence, inverseDocumentFrequency, termWeight, timeFactor, totalScore } from './score';

const DAY = 86_400_000;

describe('timeFactor', () => {
  it('is 1 on the same day and halves the distance to the floor every half-life', () => {
    const { timeFloor, halfLifeDays } = defaultWeights;
    expect(timeFactor(0, defaultWeights)).toBe(1);
    expect(timeFactor(halfLifeDays * DAY, defaultWeights)).toBeCloseTo(timeFloor + (1 - timeFloor) / 2);
    expect(timeFactor(-halfLifeDays * DAY, defaultWeights)).toBeCloseTo(timeFloor + (1 - timeFloor) / 2);
  });

  it('never drops below the floor, so strong evidence from years ago still counts', () => {
    expect(timeFactor(20 * 365 * DAY, defaultWeights)).toBeGreaterThanOrEqual(defaultWeights.timeFloor);
    expect(timeFactor(20 * 365 * DAY, defaultWeights)).toBeCloseTo(defaultWeights.timeFloor);
  });
});

describe('inverseDocumentFrequency', () => {
  it('weighs a rare topic far above one on half the archive', () => {
    const rare = inverseDocumentFrequency(1, 1000);
    const half = inverseDocumentFrequency(500, 1000);
    expect(half).toBeCloseTo(Math.log(3));
    expect(rare / half).toBeGreaterThan(6);
  });

  it('stays positive for a term in every document', () => {
    expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
  });
});

describe('termWeight', () => {
  it('grows sublinearly with frequency', () => {
    expect(termWeight(0, 2)).toBe(0);
    expect(termWeight(1, 2)).toBe(2);
    expect(termWeight(10, 2)).toBeLessThan(5 * termWeight(1, 2));
  });
});

describe('totalScore', () => {
  it('is the time factor times the weighted evidence', () => {
    const w = defaultWeights;
    expect(totalScore(0.5, 0.2, 0.1, 0.8, 1, w)).toBeCloseTo(0.8 * (w.topic * 0.5 + w.text * 0.2 + w.entity * 0.1 + w.section));
    expect(evidence(0, 0, 0, 0, w)).toBe(0);
  });

  it('ranks a report naming the same people and places above one sharing only the domain words', () => {
    // Typical cosines on the running-story evaluation set: same story, and a hard distractor.
    const w = defaultWeights;
    expect(totalScore(0.3, 0.12, 0.4, 1, 1, w)).toBeGreaterThan(totalScore(0.3, 0.2, 0, 1, 1, w) * 1.5);
  });

  it('does not show a story that only shares a common tag', () => {
    // One mid-frequency tag, a few shared words, another section, same day.
    expect(totalScore(0.2, 0.03, 0, 1, 0, defaultWeights)).toBeLessThan(defaultWeights.threshold);
  });
});
