import { inverseDocumentFrequency, termWeight } from './score';
import type { Postings } from './postings';
import { topPositions } from './select';
import { stopWordLanguage, termOf, type StopWordLanguage } from './tokenize';
import { WordInterner } from './word-interner';
import type { RelatedDocument } from './types';

/** Title words count three times, teaser words twice: they state what the story is about. */
const FIELD_BOOST = { title: 3, teaser: 2, body: 1 } as const;

/**
 * Every article's text as a sparse TF-IDF vector, divided by the norm of all
 * its terms but holding only its heaviest terms that another article shares,
 * so a stored vector has length ≤ 1 and a dot product slightly underestimates
 * the full cosine. Stored flat (CSR): article i owns positions start[i] …
 * start[i+1] of `term`/`weight`, sorted by term id so two vectors can be
 * compared by merging. Interned term ids and typed arrays keep 100,000
 * articles in tens of megabytes instead of a Map per article.
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
}

/** Counts per term for one article, kept only between the two passes. */
interface TermCounts {
  readonly ids: Int32Array;
  readonly counts: Float32Array;
}

/** Term ids shared by all languages; each language has its own word → term cache (stop words differ). */
class Terms {
  readonly ids = new Map<string, number>();
  private readonly byLanguage: Record<StopWordLanguage, WordInterner>;

  constructor() {
    const interner = (language: StopWordLanguage) =>
      new WordInterner((word) => {
        const term = termOf(word, language);
        if (term === null) return -1;
        let id = this.ids.get(term);
        if (id === undefined) this.ids.set(term, (id = this.ids.size));
        return id;
      });
    this.byLanguage = { en: interner('en'), de: interner('de') };
  }

  of(language: StopWordLanguage): WordInterner {
    return this.byLanguage[language];
  }
}

/** A counter indexed by term id that grows with the vocabulary and is cleared per article. */
class Scratch {
  counts = new Float64Array(1024);
  readonly touched: number[] = [];

  add(id: number, amount: number): void {
    if (id >= this.counts.length) {
      const grown = new Float64Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id] = (this.counts[id] ?? 0) + amount;
  }

  /** The counts gathered since the last drain, in order of first sight; resets the scratch. */
  drain(): TermCounts {
    const ids = Int32Array.from(this.touched);
    const counts = new Float32Array(ids.length);
    ids.forEach((id, i) => {
      counts[i] = this.counts[id] ?? 0;
      this.counts[id] = 0;
    });
    this.touched.length = 0;
    return { ids, counts };
  }
}

function countTerms(doc: RelatedDocument, terms: Terms, scratch: Scratch): TermCounts {
  const words = terms.of(stopWordLanguage(doc.lang));
  words.scan(doc.title, (id) => scratch.add(id, FIELD_BOOST.title));
  words.scan(doc.teaser, (id) => scratch.add(id, FIELD_BOOST.teaser));
  words.scan(doc.bodyText, (id) => scratch.add(id, FIELD_BOOST.body));
  return scratch.drain();
}

export interface TextVectorOptions {
  /** Terms kept per vector */
  readonly vectorTerms: number;
  /** Key terms kept per article */
  readonly keyTerms: number;
  /** Terms in more articles than this find no candidates */
  readonly maxPostings: number;
}

/**
 * Vectors for every article plus, per article, its key terms: the heaviest
 * terms of its vector that at least one other article shares and that are
 * not too common to find candidates with, stored rarest first (the order
 * candidate generation walks them in).
 */
export function buildTextVectors(docs: readonly RelatedDocument[], options: TextVectorOptions): TextVectors & { readonly keyTerms: Postings } {
  const { vectorTerms, maxPostings } = options;
  // A local copy: compiled to CommonJS, every use of an import is a property getter call.
  const weigh = termWeight;
  const terms = new Terms();
  const scratch = new Scratch();

  // Pass 1: term counts per article and document frequencies.
  const perDoc: (TermCounts | undefined)[] = docs.map((doc) => countTerms(doc, terms, scratch));
  const vocabularySize = terms.ids.size;
  const documentFrequency = new Int32Array(vocabularySize);
  for (const counts of perDoc) for (const id of counts?.ids ?? []) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const idf = new Float64Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) idf[id] = inverseDocumentFrequency(documentFrequency[id] ?? 0, docs.length);

  // Pass 2: weigh, keep each article's top terms, normalise, pick key terms.
  // An article's counts are dropped as soon as its vector is written, to keep the peak low.
  const start = new Int32Array(docs.length + 1);
  let term = new Int32Array(docs.length * vectorTerms);
  let weight = new Float32Array(docs.length * vectorTerms);
  const keyStart = new Int32Array(docs.length + 1);
  let keyTerm = new Int32Array(docs.length * options.keyTerms);
  let keyWeight = new Float32Array(docs.length * options.keyTerms);
  let used = 0;
  let keysUsed = 0;
  const keyCandidates = new Float64Array(vectorTerms);
  for (let i = 0; i < docs.length; i++) {
    const counts = perDoc[i];
    perDoc[i] = undefined;
    start[i] = used;
    keyStart[i] = keysUsed;
    if (!counts) continue;
    const weights = new Float64Array(counts.ids.length);
    const shared = new Float64Array(counts.ids.length);
    let norm = 0;
    for (let k = 0; k < weights.length; k++) {
      const id = counts.ids[k] ?? 0;
      const w = weigh(counts.counts[k] ?? 0, idf[id] ?? 0);
      weights[k] = w;
      // A word no other article uses can never match: it takes no slot and
      // does not count in the norm, so a long, detailed report is not
      // penalised for the names and quotes only it has.
      const isShared = (documentFrequency[id] ?? 0) >= 2;
      shared[k] = isShared ? w : 0;
      if (isShared) norm += w * w;
    }
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    // Vectors are stored sorted by term id, so two can be compared by merging.
    const kept = topPositions(shared, vectorTerms)
      .filter((k) => (shared[k] ?? 0) > 0)
      .sort((a, b) => (counts.ids[a] ?? 0) - (counts.ids[b] ?? 0));
    const first = used;
    for (const k of kept) {
      const id = counts.ids[k] ?? 0;
      const w = (weights[k] ?? 0) / norm;
      term[used] = id;
      weight[used] = w;
      const df = documentFrequency[id] ?? 0;
      // Terms no other article has, or too many have, find no useful candidates.
      keyCandidates[used - first] = df >= 2 && df <= maxPostings ? w : 0;
      used++;
    }
    const keys = topPositions(keyCandidates.subarray(0, used - first), options.keyTerms)
      .filter((k) => (keyCandidates[k] ?? 0) > 0)
      .map((k) => first + k)
      .sort((a, b) => (documentFrequency[term[a] ?? 0] ?? 0) - (documentFrequency[term[b] ?? 0] ?? 0) || a - b);
    for (const p of keys) {
      keyTerm[keysUsed] = term[p] ?? 0;
      keyWeight[keysUsed] = weight[p] ?? 0;
      keysUsed++;
    }
  }
  start[docs.length] = used;
  keyStart[docs.length] = keysUsed;
  // Short articles leave the preallocated arrays partly empty: give that back.
  if (used < term.length * 0.9) {
    term = term.slice(0, used);
    weight = weight.slice(0, used);
  }
  if (keysUsed < keyTerm.length * 0.9) {
    keyTerm = keyTerm.slice(0, keysUsed);
    keyWeight = keyWeight.slice(0, keysUsed);
  }
  return { vocabularySize, terms: [...terms.ids.keys()], documentFrequency, start, term, weight, keyTerms: { start: keyStart, item: keyTerm, weight: keyWeight } };
}
