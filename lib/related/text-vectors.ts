import { inverseDocumentFrequency, termWeight } from './score';
import { stopWordLanguage, termOf, words, type StopWordLanguage } from './tokenize';
import type { RelatedDocument } from './types';

/** Title words count three times, teaser words twice: they state what the story is about. */
const FIELD_BOOST = { title: 3, teaser: 2, body: 1 } as const;

/**
 * Every article's text as a sparse, L2-normalised TF-IDF vector, stored flat
 * (CSR): article i owns positions start[i] … start[i+1] of `term`/`weight`,
 * sorted by weight, highest first. Interned term ids and typed arrays keep
 * 100,000 articles in tens of megabytes instead of a Map per article.
 */
export interface TextVectors {
  readonly vocabularySize: number;
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

/** Maps raw words to term ids, caching the stop-word and stemming decision per language. */
class Interner {
  readonly ids = new Map<string, number>();
  private readonly byLanguage: Record<StopWordLanguage, Map<string, number>> = { en: new Map(), de: new Map() };

  /** Term id of a raw word, or -1 for a stop word. */
  idOf(word: string, language: StopWordLanguage): number {
    const cache = this.byLanguage[language];
    let id = cache.get(word);
    if (id === undefined) {
      const term = termOf(word, language);
      if (term === null) id = -1;
      else {
        id = this.ids.get(term) ?? this.ids.size;
        if (id === this.ids.size) this.ids.set(term, id);
      }
      cache.set(word, id);
    }
    return id;
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

  /** The counts gathered since the last drain, sorted by term id; resets the scratch. */
  drain(): TermCounts {
    const ids = Int32Array.from(this.touched).sort();
    const counts = new Float32Array(ids.length);
    ids.forEach((id, i) => {
      counts[i] = this.counts[id] ?? 0;
      this.counts[id] = 0;
    });
    this.touched.length = 0;
    return { ids, counts };
  }
}

function countTerms(doc: RelatedDocument, interner: Interner, scratch: Scratch): TermCounts {
  const language = stopWordLanguage(doc.lang);
  const fields: readonly [string, number][] = [
    [doc.title, FIELD_BOOST.title],
    [doc.teaser, FIELD_BOOST.teaser],
    [doc.bodyText, FIELD_BOOST.body],
  ];
  for (const [text, boost] of fields) {
    for (const word of words(text)) {
      const id = interner.idOf(word, language);
      if (id >= 0) scratch.add(id, boost);
    }
  }
  return scratch.drain();
}

export function buildTextVectors(docs: readonly RelatedDocument[], vectorTerms: number): TextVectors {
  const interner = new Interner();
  const scratch = new Scratch();

  // Pass 1: term counts per article and document frequencies.
  const perDoc: (TermCounts | undefined)[] = docs.map((doc) => countTerms(doc, interner, scratch));
  const vocabularySize = interner.ids.size;
  const documentFrequency = new Int32Array(vocabularySize);
  for (const counts of perDoc) for (const id of counts?.ids ?? []) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  const idf = new Float64Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) idf[id] = inverseDocumentFrequency(documentFrequency[id] ?? 0, docs.length);

  // Pass 2: weigh, keep each article's top terms, normalise. The counts of an
  // article are dropped as soon as its vector is written, to keep the peak low.
  const start = new Int32Array(docs.length + 1);
  let term = new Int32Array(docs.length * vectorTerms);
  let weight = new Float32Array(docs.length * vectorTerms);
  let used = 0;
  for (let i = 0; i < docs.length; i++) {
    const counts = perDoc[i];
    perDoc[i] = undefined;
    start[i] = used;
    if (!counts) continue;
    const weights = Array.from(counts.ids, (id, k) => termWeight(counts.counts[k] ?? 0, idf[id] ?? 0));
    const order = Array.from(counts.ids.keys()).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (counts.ids[a] ?? 0) - (counts.ids[b] ?? 0));
    const kept = order.slice(0, vectorTerms);
    const norm = Math.sqrt(kept.reduce((sum, k) => sum + (weights[k] ?? 0) ** 2, 0));
    if (norm === 0) continue;
    for (const k of kept) {
      term[used] = counts.ids[k] ?? 0;
      weight[used] = (weights[k] ?? 0) / norm;
      used++;
    }
  }
  start[docs.length] = used;
  // Short articles leave the preallocated arrays partly empty: give that back.
  if (used < term.length * 0.9) {
    term = term.slice(0, used);
    weight = weight.slice(0, used);
  }
  return { vocabularySize, documentFrequency, start, term, weight };
}
