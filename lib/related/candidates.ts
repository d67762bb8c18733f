import { DAY_MS } from '../time';
import type { RelatedIndex } from './build-index';
import type { Postings } from './postings';
import { lowerBound } from './select';
import { TopK } from './top-k';

function length(postings: Postings, key: number): number {
  return (postings.start[key + 1] ?? 0) - (postings.start[key] ?? 0);
}

/**
 * Adds `scale · weight` (or `scale / norm` for topics) to every article in
 * one postings list, or in the `window` entries of it nearest in time to d.
 * Returns the new count of touched articles.
 */
function walk(index: RelatedIndex, postings: Postings, key: number, window: number, d: number, scale: number, touchedCount: number, isTopic: boolean): number {
  const { accumulated, touched } = index.scratch;
  const { item, weight } = postings;
  let from = postings.start[key] ?? 0;
  let to = postings.start[key + 1] ?? 0;
  if (to - from > window) {
    // Articles are numbered by publication time, so the list is sorted by both.
    const at = lowerBound(item, from, to, d);
    from = Math.max(from, Math.min(at - (window >> 1), to - window));
    to = from + window;
  }
  const inverseNorm = index.topicInverseNorm;
  for (let q = from; q < to; q++) {
    const e = item[q] ?? 0;
    const before = accumulated[e] ?? 0;
    if (before === 0) touched[touchedCount++] = e;
    // Weights are positive, so a touched article never sits at exactly 0 and is listed once.
    accumulated[e] = before + scale * (isTopic ? (inverseNorm[e] ?? 0) : (weight[q] ?? 0));
  }
  return touchedCount;
}

/**
 * Finds the articles worth scoring exactly for article d, touching only those
 * that share one of its rarer topics or key terms. Lists are walked rarest
 * first, since a name shared by five reports says more than a word shared by
 * five hundred; long lists only around d's date, where the time factor is
 * highest; and the walk stops after a fixed budget of postings, so the cost
 * per article does not grow with the archive. While walking it adds up each
 * article's share of the topic and text cosines (exact for what was walked,
 * so a lower bound of the evidence) and keeps the `poolSize` best by that
 * estimate times the time factor. Drafts, stories after `now`, d itself and
 * `exclude` are never returned.
 */
export function candidatePool(index: RelatedIndex, d: number, poolSize: number, now: number, exclude: readonly number[]): number[] {
  const { weights, published, draft, section, timeByDay, topicPostings, termPostings } = index;
  const ownTime = published[d] ?? 0;
  const topicScale = weights.topic * (index.topicInverseNorm[d] ?? 0);
  const { start: topicStart, item: topicOf } = index.topics;
  const { start: keyStart, item: keyTerm, weight: keyWeight } = index.keyTerms;
  let budget = index.walkBudget;
  let touchedCount = 0;
  // Shared names are the strongest evidence: walk every entity the article
  // names first, rarest first, then topics and key terms.
  const entities = index.entities;
  const own: number[] = [];
  for (let p = entities.start[d] ?? 0; p < (entities.start[d + 1] ?? 0); p++) if (length(entities.postings, entities.entity[p] ?? 0) > 1) own.push(p);
  own.sort((a, b) => length(entities.postings, entities.entity[a] ?? 0) - length(entities.postings, entities.entity[b] ?? 0) || a - b);
  for (const p of own) {
    if (budget <= 0) break;
    const id = entities.entity[p] ?? 0;
    const window = Math.min(index.postingsWindow, budget);
    touchedCount = walk(index, entities.postings, id, window, d, weights.entity * (entities.weight[p] ?? 0), touchedCount, false);
    budget -= Math.min(window, length(entities.postings, id));
  }
  // Both lists are stored rarest first; merge them by postings length.
  let p = topicStart[d] ?? 0;
  let k = keyStart[d] ?? 0;
  const pEnd = topicStart[d + 1] ?? 0;
  const kEnd = keyStart[d + 1] ?? 0;
  while (budget > 0 && (p < pEnd || k < kEnd)) {
    const topic = topicOf[p] ?? 0;
    const term = keyTerm[k] ?? 0;
    const topicLength = p < pEnd ? length(topicPostings, topic) : Infinity;
    const termLength = k < kEnd ? length(termPostings, term) : Infinity;
    const window = Math.min(index.postingsWindow, budget);
    if (topicLength <= termLength) {
      touchedCount = walk(index, topicPostings, topic, window, d, topicScale * (index.topicIdf[topic] ?? 0) ** 2, touchedCount, true);
      budget -= Math.min(window, topicLength);
      p++;
    } else {
      touchedCount = walk(index, termPostings, term, window, d, weights.text * (keyWeight[k] ?? 0), touchedCount, false);
      budget -= Math.min(window, termLength);
      k++;
    }
  }

  const { accumulated, touched } = index.scratch;
  const pool = index.scratch.pool.capacity === poolSize ? index.scratch.pool : new TopK(poolSize);
  pool.clear();
  let floor = pool.floor;
  const sectionBonus = weights.section;
  const ownSection = section[d];
  const lastDay = timeByDay.length - 1;
  const checkExclude = exclude.length > 0;
  for (let t = 0; t < touchedCount; t++) {
    const e = touched[t] ?? 0;
    const sum = accumulated[e] ?? 0;
    accumulated[e] = 0;
    // The time factor only lowers a score, so most articles drop out here,
    // before their section, date and draft flag are even read (cache misses).
    if (sum + sectionBonus <= floor) continue;
    const raw = sum + (section[e] === ownSection ? sectionBonus : 0);
    if (raw <= floor) continue;
    const time = published[e] ?? 0;
    if (e === d || draft[e] === 1 || time > now || (checkExclude && exclude.includes(e))) continue;
    const days = Math.min(lastDay, Math.floor(Math.abs(ownTime - time) / DAY_MS));
    pool.push(e, raw * (timeByDay[days] ?? 0));
    floor = pool.floor;
  }
  return pool.values();
}
