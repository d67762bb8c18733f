import type { Postings } from './postings';
import { inverseDocumentFrequency, termWeight } from './score';
import { selectTop } from './select';
import { countAllTerms } from './term-counts';
import type { RelatedDocument } from './types';

/**
 * Every article's text as a sparse TF-IDF vector, divided by the norm of all
 * its terms but holding only its heaviest terms that another article shares,
 * so a stored vector has length ≤ 1 and a dot product is the cosine less the
 * little that the dropped terms would have added. Stored flat (CSR): article
 * i owns positions start[i] … start[i+1] of `term`/`weight`, sorted by term id
 * so two vectors can be compared by merging. Interned term ids and typed
 * arrays keep 100,000 articles in tens of megabytes instead of a Map each.
 */
export interface TextVectors {
  readonly vocabularySize: number;
  /** Term text by id, so a ranking can be explained in words */
  readonly terms: readonly string[];
  /** Articles containing each term id (all of them, drafts included) */
  readonly documentFrequency: Int32Array;
  readonly start: Int32Array;
  readonly term: Int32Array;
  readonly weight: Float32Array;
  /** Σ weight² of each stored vector (≤ 1): what the kept terms hold of the whole */
  readonly mass: Float32Array;
  /** Share of each article's Σ weight² in words no other article has */
  readonly own: Float32Array;
}

interface TextVectorOptions {
  /** Terms kept per vector */
  readonly vectorTerms: number;
  /** Key terms kept per article */
  readonly keyTerms: number;
  /** Terms in more articles than this find no candidates */
  readonly maxPostings: number;
}

/** Reusable per-article buffers for pass 2, grown to the longest article seen. */
class Buffers {
  weights = new Float64Array(256);
  shared = new Float64Array(256);
  work = new Float64Array(256);
  readonly kept: number[] = [];
  readonly keys: number[] = [];

  fit(length: number): void {
    if (length <= this.weights.length) return;
    const size = Math.max(length, this.weights.length * 2);
    this.weights = new Float64Array(size);
    this.shared = new Float64Array(size);
    this.work = new Float64Array(size);
  }
}

/** Keeps what was filled of a preallocated array, giving back the rest when it is a lot. */
function trimmed<T extends Int32Array | Float32Array>(array: T, used: number): T {
  return used < array.length * 0.9 ? (array.slice(0, used) as T) : array;
}

/**
 * Vectors for every article plus, per article, its key terms: the heaviest
 * terms of its vector that at least one other article shares and that are
 * not too common to find candidates with, stored rarest first (the order
 * candidate generation walks them in).
 */
export function buildTextVectors(docs: readonly RelatedDocument[], options: TextVectorOptions): TextVectors & { readonly keyTerms: Postings } {
  const { vectorTerms, keyTerms: keyTermCount, maxPostings } = options;
  // Local copies: compiled to CommonJS, every use of an import is a property getter call.
  const select = selectTop;
  const weigh = termWeight;
  const n = docs.length;

  const { terms, documentFrequency: df, counts } = countAllTerms(docs);
  const idf = Float64Array.from(df, (f) => inverseDocumentFrequency(f, n));

  // Pass 2: weigh, keep each article's top terms, normalise, pick key terms.
  const start = new Int32Array(n + 1);
  const term = new Int32Array(n * vectorTerms);
  const weight = new Float32Array(n * vectorTerms);
  const keyStart = new Int32Array(n + 1);
  const keyTerm = new Int32Array(n * keyTermCount);
  const keyWeight = new Float32Array(n * keyTermCount);
  const mass = new Float32Array(n);
  const own = new Float32Array(n);
  const keyCandidates = new Float64Array(vectorTerms);
  const keyWork = new Float64Array(vectorTerms);
  const buffers = new Buffers();
  let used = 0;
  let keysUsed = 0;
  for (let i = 0; i < n; i++) {
    start[i] = used;
    keyStart[i] = keysUsed;
    const c = counts.chunk[i] ?? 0;
    const ids = counts.ids[c] ?? new Int32Array(0);
    const tf = counts.counts[c] ?? new Float32Array(0);
    const offset = counts.offset[i] ?? 0;
    const length = counts.length[i] ?? 0;
    // Articles fill chunks in order: once past a chunk, drop it to keep the peak low.
    if (i + 1 < n && counts.chunk[i + 1] !== c) counts.release(c);
    buffers.fit(length);
    const { weights, shared } = buffers;
    let norm = 0;
    let ownMass = 0;
    for (let k = 0; k < length; k++) {
      const id = ids[offset + k] ?? 0;
      const w = weigh(tf[offset + k] ?? 0, idf[id] ?? 0);
      weights[k] = w;
      norm += w * w;
      // A word no other article uses can never match: it counts in the norm
      // (so the score is a true cosine) but takes no slot in the vector.
      const isShared = (df[id] ?? 0) >= 2;
      shared[k] = isShared ? w : 0;
      if (!isShared) ownMass += w * w;
    }
    if (norm === 0) continue;
    own[i] = ownMass / norm;
    norm = Math.sqrt(norm);
    const kept = select(shared, length, vectorTerms, buffers.work, buffers.kept);
    // Sorted by term id, so two vectors can be compared by merging.
    kept.sort((a, b) => (ids[offset + a] ?? 0) - (ids[offset + b] ?? 0));
    const first = used;
    for (const k of kept) {
      if ((shared[k] ?? 0) === 0) continue;
      const id = ids[offset + k] ?? 0;
      const w = (weights[k] ?? 0) / norm;
      term[used] = id;
      weight[used] = w;
      mass[i] = (mass[i] ?? 0) + w * w;
      // Terms too many articles share find no useful candidates.
      keyCandidates[used - first] = (df[id] ?? 0) <= maxPostings ? w : 0;
      used++;
    }
    const keys = select(keyCandidates, used - first, keyTermCount, keyWork, buffers.keys);
    keys.sort((a, b) => (df[term[first + a] ?? 0] ?? 0) - (df[term[first + b] ?? 0] ?? 0) || a - b);
    for (const k of keys) {
      if ((keyCandidates[k] ?? 0) === 0) continue;
      keyTerm[keysUsed] = term[first + k] ?? 0;
      keyWeight[keysUsed] = weight[first + k] ?? 0;
      keysUsed++;
    }
  }
  start[n] = used;
  keyStart[n] = keysUsed;
  return {
    vocabularySize: terms.length,
    terms,
    documentFrequency: df,
    start,
    term: trimmed(term, used),
    weight: trimmed(weight, used),
    mass,
    own,
    keyTerms: { start: keyStart, item: trimmed(keyTerm, keysUsed), weight: trimmed(keyWeight, keysUsed) },
  };
}
