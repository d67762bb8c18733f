import type { RelatedIndex } from './build-index';
import { entityCosine } from './entity-vectors';
import { timeFactor, totalScore } from './score';
import type { ScoreParts } from './types';

/**
 * Dot product of two articles' stored vectors, which is their text cosine
 * (see text-vectors.ts). Both are sorted by term id, so it is one merge over
 * two short runs of memory rather than lookups scattered over the vocabulary.
 * With `target`, the merge stops as soon as the mass not yet visited on
 * either side can no longer change whether the sum reaches it
 * (Cauchy–Schwarz), and the sum so far is returned.
 */
function mergeDot(index: RelatedIndex, a: number, b: number, target?: number): number {
  const { start, term, weight, mass } = index.text;
  let restA = mass[a] ?? 0;
  let restB = mass[b] ?? 0;
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  const pEnd = start[a + 1] ?? 0;
  const qEnd = start[b + 1] ?? 0;
  let sum = 0;
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
    if (target !== undefined) {
      const gap = target - sum;
      if (gap <= 0 || gap * gap > restA * restB) break;
    }
  }
  return sum;
}

/** The text cosine of two articles (their stored vectors are unit length). */
function textCosine(index: RelatedIndex, a: number, b: number): number {
  return Math.min(1, mergeDot(index, a, b));
}

/** IDF-weighted cosine of two articles' topic sets. */
function topicCosine(index: RelatedIndex, a: number, b: number): number {
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

/** Exact parts of candidate e for article d. */
export function scoreParts(index: RelatedIndex, d: number, e: number, manual: boolean): ScoreParts {
  const { weights } = index;
  const topic = topicCosine(index, d, e);
  const text = textCosine(index, d, e);
  const entity = entityCosine(index.entities, d, e);
  const time = timeFactor((index.published[d] ?? 0) - (index.published[e] ?? 0), weights);
  const section = index.section[d] === index.section[e] ? 1 : 0;
  return { manual, topic, text, entity, time, section, total: totalScore(topic, text, entity, time, section, weights) };
}

/** The product of two articles' norms over all their words: the stored terms plus the words only each has. */
function fullNormProduct(index: RelatedIndex, a: number, b: number): number {
  const { mass, own } = index.text;
  return Math.sqrt(((mass[a] ?? 0) + (own[a] ?? 0)) * ((mass[b] ?? 0) + (own[b] ?? 0)));
}

/**
 * Whether two articles are at least `min` alike by their words: the cosine
 * over the terms they store plus the words only each of them has. Two copies
 * of a long report score 1 although neither vector holds all its words,
 * while the words a second version added count against it. The merge stops
 * as soon as the mass not yet visited on either side can no longer make up
 * the gap (Cauchy–Schwarz): for two unrelated stories after a handful of
 * terms rather than all of them.
 */
export function cosineAtLeast(index: RelatedIndex, a: number, b: number, min: number): boolean {
  const { mass } = index.text;
  if ((mass[a] ?? 0) === 0 || (mass[b] ?? 0) === 0) return false;
  const target = min * fullNormProduct(index, a, b);
  return mergeDot(index, a, b, target) >= target;
}

/**
 * Two versions of one report: the same normalised headline, or a cosine of
 * at least `duplicateCosine` by `cosineAtLeast`. `dot`, when the caller
 * already has the dot product of the two stored vectors (a candidate's text
 * score against the article), saves the merge.
 */
export function isDuplicate(index: RelatedIndex, a: number, b: number, dot?: number): boolean {
  if (index.titleKey[a] !== '' && index.titleKey[a] === index.titleKey[b]) return true;
  const min = index.weights.duplicateCosine;
  if (dot === undefined) return cosineAtLeast(index, a, b, min);
  return dot >= min * fullNormProduct(index, a, b) && dot > 0;
}
