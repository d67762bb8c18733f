import { stopWordLanguage, termOf, type StopWordLanguage } from './tokenize';
import type { RelatedDocument } from './types';
import { WordInterner } from './word-interner';

/** Title words count three times, teaser words twice: they state what the story is about. */
const FIELD_BOOST = { title: 3, teaser: 2, body: 1 } as const;
/** Entries per storage chunk: big enough to be few, small enough to free as pass 2 moves on. */
const CHUNK = 1 << 20;

/**
 * Every article's (term id, weighted count) pairs, in chunks of typed arrays
 * rather than two small arrays per article: 100,000 articles make a few dozen
 * allocations instead of 200,000, and a chunk can be dropped as soon as the
 * articles in it have been turned into vectors.
 */
class TermCounts {
  readonly ids: (Int32Array | undefined)[] = [];
  readonly counts: (Float32Array | undefined)[] = [];
  /** Per article: which chunk, where in it and how many entries */
  readonly chunk: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;
  private fill = 0;

  constructor(docCount: number) {
    this.chunk = new Int32Array(docCount);
    this.offset = new Int32Array(docCount);
    this.length = new Int32Array(docCount);
  }

  append(doc: number, touched: readonly number[], scratch: Float64Array): void {
    const n = touched.length;
    let c = this.ids.length - 1;
    if (c < 0 || this.fill + n > (this.ids[c]?.length ?? 0)) {
      this.ids.push(new Int32Array(Math.max(CHUNK, n)));
      this.counts.push(new Float32Array(Math.max(CHUNK, n)));
      this.fill = 0;
      c++;
    }
    const ids = this.ids[c] ?? new Int32Array(0);
    const counts = this.counts[c] ?? new Float32Array(0);
    this.chunk[doc] = c;
    this.offset[doc] = this.fill;
    this.length[doc] = n;
    for (const id of touched) {
      ids[this.fill] = id;
      counts[this.fill++] = scratch[id] ?? 0;
    }
  }

  release(chunk: number): void {
    this.ids[chunk] = undefined;
    this.counts[chunk] = undefined;
  }
}

/** Term ids shared by all languages; each language has its own word → term cache (stop words differ). */
class Terms {
  readonly ids = new Map<string, number>();
  readonly byLanguage: Record<StopWordLanguage, WordInterner>;

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
}

/** Grows a typed array to hold index `at`, doubling so growth stays amortised O(1). */
function grown<T extends Float64Array | Int32Array>(array: T, at: number, make: (size: number) => T): T {
  if (at < array.length) return array;
  const bigger = make(Math.max(at + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}

interface CountedTerms {
  /** Term text by id */
  readonly terms: readonly string[];
  /** Articles containing each term id */
  readonly documentFrequency: Int32Array;
  readonly counts: TermCounts;
}

/** Pass 1 of the text index: tokenises every article once and counts terms and document frequencies. */
export function countAllTerms(docs: readonly RelatedDocument[]): CountedTerms {
  const vocabulary = new Terms();
  const counts = new TermCounts(docs.length);
  let scratch = new Float64Array(1024);
  let frequency = new Int32Array(1024);
  const touched: number[] = [];
  const add = (id: number, boost: number) => {
    if (id >= scratch.length) scratch = grown(scratch, id, (size) => new Float64Array(size));
    if (scratch[id] === 0) touched.push(id);
    scratch[id] = (scratch[id] ?? 0) + boost;
  };
  docs.forEach((doc, d) => {
    const words = vocabulary.byLanguage[stopWordLanguage(doc.lang)];
    words.scan(doc.title, (id) => add(id, FIELD_BOOST.title));
    words.scan(doc.teaser, (id) => add(id, FIELD_BOOST.teaser));
    words.scan(doc.bodyText, (id) => add(id, FIELD_BOOST.body));
    counts.append(d, touched, scratch);
    for (const id of touched) {
      if (id >= frequency.length) frequency = grown(frequency, id, (size) => new Int32Array(size));
      frequency[id] = (frequency[id] ?? 0) + 1;
      scratch[id] = 0;
    }
    touched.length = 0;
  });
  const terms = [...vocabulary.ids.keys()];
  return { terms, documentFrequency: frequency.slice(0, terms.length), counts };
}
