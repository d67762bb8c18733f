import type { RelatedIndex } from './build-index';
import { evidence, timeFactor } from './score';
import { TopK } from './top-k';

/**
 * Finds the articles worth scoring exactly for article d, touching only those
 * that share one of its rarer topics or one of its key terms. While walking
 * the postings it adds up each article's share of the topic and text cosines
 * (exact for the walked topics and terms, so a lower bound of the real
 * evidence) and keeps the `poolSize` best by that estimate times the time
 * factor. `skip(e)` rules out the article itself, drafts, future stories and
 * manual picks.
 */
export function candidatePool(index: RelatedIndex, d: number, poolSize: number, skip: (e: number) => boolean): number[] {
  const { accumulated, touched } = index.scratch;
  const { weights } = index;
  let touchedCount = 0;
  const add = (e: number, amount: number) => {
    if (accumulated[e] === 0) touched[touchedCount++] = e;
    // Never leave a touched article at exactly 0, or it would be listed twice.
    accumulated[e] = (accumulated[e] ?? 0) + Math.max(amount, Number.MIN_VALUE);
  };

  const ownNorm = index.topicNorm[d] ?? 0;
  const { start: topicStart, item: topicOf } = index.topics;
  const { start: topicPostStart, item: topicPostDoc } = index.topicPostings;
  for (let p = topicStart[d] ?? 0; p < (topicStart[d + 1] ?? 0); p++) {
    const id = topicOf[p] ?? 0;
    const shared = weights.topic * (index.topicIdf[id] ?? 0) ** 2;
    for (let q = topicPostStart[id] ?? 0; q < (topicPostStart[id + 1] ?? 0); q++) {
      const e = topicPostDoc[q] ?? 0;
      add(e, shared / (ownNorm * (index.topicNorm[e] ?? 1)));
    }
  }

  const { start: keyStart, item: keyTerm, weight: keyWeight } = index.keyTerms;
  const { start: postStart, item: postDoc, weight: postWeight } = index.termPostings;
  for (let p = keyStart[d] ?? 0; p < (keyStart[d + 1] ?? 0); p++) {
    const id = keyTerm[p] ?? 0;
    const own = weights.text * (keyWeight[p] ?? 0);
    for (let q = postStart[id] ?? 0; q < (postStart[id + 1] ?? 0); q++) add(postDoc[q] ?? 0, own * (postWeight[q] ?? 0));
  }

  const pool = new TopK(poolSize);
  const ownSection = index.section[d];
  const ownTime = index.published[d] ?? 0;
  for (let t = 0; t < touchedCount; t++) {
    const e = touched[t] ?? 0;
    const raw = (accumulated[e] ?? 0) + (index.section[e] === ownSection ? evidence(0, 0, 1, weights) : 0);
    accumulated[e] = 0;
    // Time only lowers a score, so most articles are dropped before computing it.
    if (raw <= pool.floor || skip(e)) continue;
    pool.push(e, raw * timeFactor(ownTime - (index.published[e] ?? 0), weights));
  }
  return pool.values();
}
