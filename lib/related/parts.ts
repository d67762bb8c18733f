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

/**
 * Whether two articles' vectors (unit length, sorted by term id) have a cosine
 * of at least `min`. The merge stops as soon as the mass not yet visited on
 * either side can no longer make up the gap (Cauchy–Schwarz), which for two
 * unrelated stories is after a handful of terms rather than all 128.
 */
export function cosineAtLeast(index: RelatedIndex, a: number, b: number, min: number): boolean {
  const { start, term, weight } = index.text;
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  const pEnd = start[a + 1] ?? 0;
  const qEnd = start[b + 1] ?? 0;
  let sum = 0;
  let restA = 1;
  let restB = 1;
  while (p < pEnd && q < qEnd) {
    const s = term[p] ?? 0;
    const t = term[q] ?? 0;
    const wa = weight[p] ?? 0;
    const wb = weight[q] ?? 0;
    if (s <= t) {
      restA -= wa * wa;
      p++;
    }
    if (t <= s) {
      restB -= wb * wb;
      q++;
    }
    if (s === t) sum += wa * wb;
    const gap = min - sum;
    if (gap <= 0) return true;
    if (gap * gap > restA * restB) return false;
  }
  return sum >= min;
}

/** Two versions of one report: same normalised headline, or nearly the same words. */
export function isDuplicate(index: RelatedIndex, a: number, b: number, cosine?: number): boolean {
  if (index.titleKey[a] !== '' && index.titleKey[a] === index.titleKey[b]) return true;
  const min = index.weights.duplicateCosine;
  return cosine === undefined ? cosineAtLeast(index, a, b, min) : cosine >= min;
}
