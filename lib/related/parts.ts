import type { RelatedIndex } from './build-index';
import { timeFactor, totalScore } from './score';
import type { ScoreParts } from './types';

/** Copies article d's text vector into a dense array by term id (cleared by `clearDense`). */
export function fillDense(index: RelatedIndex, d: number, dense: Float32Array): void {
  const { start, term, weight } = index.text;
  for (let p = start[d] ?? 0; p < (start[d + 1] ?? 0); p++) dense[term[p] ?? 0] = weight[p] ?? 0;
}

export function clearDense(index: RelatedIndex, d: number, dense: Float32Array): void {
  const { start, term } = index.text;
  for (let p = start[d] ?? 0; p < (start[d + 1] ?? 0); p++) dense[term[p] ?? 0] = 0;
}

/** Cosine of article e's vector with the vector held in `dense`; both are unit length. */
export function dotWithDense(index: RelatedIndex, e: number, dense: Float32Array): number {
  const { start, term, weight } = index.text;
  let sum = 0;
  for (let p = start[e] ?? 0; p < (start[e + 1] ?? 0); p++) sum += (weight[p] ?? 0) * (dense[term[p] ?? 0] ?? 0);
  return Math.min(1, sum);
}

export function topicCosine(index: RelatedIndex, a: number, b: number): number {
  const { start, item } = index.topics;
  const norm = (index.topicNorm[a] ?? 0) * (index.topicNorm[b] ?? 0);
  if (norm === 0) return 0;
  let shared = 0;
  for (let p = start[a] ?? 0; p < (start[a + 1] ?? 0); p++) {
    const id = item[p] ?? -1;
    for (let q = start[b] ?? 0; q < (start[b + 1] ?? 0); q++) {
      if (item[q] === id) shared += (index.topicIdf[id] ?? 0) ** 2;
    }
  }
  return Math.min(1, shared / norm);
}

/** Exact parts of candidate e for article d, whose vector must be in `scratch.query`. */
export function scoreParts(index: RelatedIndex, d: number, e: number, manual: boolean): ScoreParts {
  const { weights } = index;
  const topic = topicCosine(index, d, e);
  const text = dotWithDense(index, e, index.scratch.query);
  const time = timeFactor((index.published[d] ?? 0) - (index.published[e] ?? 0), weights);
  const section = index.section[d] === index.section[e] ? 1 : 0;
  return { manual, topic, text, time, section, total: totalScore(topic, text, time, section, weights) };
}

/** Two versions of one report: same normalised headline, or nearly the same words. */
export function isDuplicate(index: RelatedIndex, a: number, b: number): boolean {
  if (index.titleKey[a] !== '' && index.titleKey[a] === index.titleKey[b]) return true;
  const dense = index.scratch.other;
  fillDense(index, a, dense);
  const cosine = dotWithDense(index, b, dense);
  clearDense(index, a, dense);
  return cosine >= index.weights.duplicateCosine;
}
