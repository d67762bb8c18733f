import { buildPostings, type Postings } from './postings';
import { defaultWeights, inverseDocumentFrequency } from './score';
import { buildTextVectors, type TextVectors } from './text-vectors';
import { normaliseTitle } from './tokenize';
import type { BuildOptions, RelatedDocument, ScoreWeights } from './types';

/**
 * Everything ranking needs, computed once per build. Per-article data lives
 * in typed arrays indexed by the article's position in `docs`.
 */
export interface RelatedIndex {
  readonly docs: readonly RelatedDocument[];
  readonly bySlug: ReadonlyMap<string, number>;
  readonly weights: ScoreWeights;
  /** Publication time in ms, and the later of updated/published (which duplicate to keep) */
  readonly published: Float64Array;
  readonly freshness: Float64Array;
  readonly draft: Uint8Array;
  readonly section: Int32Array;
  readonly titleKey: readonly string[];
  readonly text: TextVectors;
  /** Per article: its most distinctive terms that other articles share, for candidate generation */
  readonly keyTerms: Postings;
  /** term → published articles whose vector holds it, with their weight (rare-enough terms only) */
  readonly termPostings: Postings;
  /** Per article: topic ids; per topic: its IDF; per article: norm of its topic vector */
  readonly topics: Postings;
  readonly topicIdf: Float64Array;
  readonly topicNorm: Float64Array;
  /** topic → published articles (rare-enough topics only) */
  readonly topicPostings: Postings;
  /** Reused by rankRelated; ranking is synchronous, so one set per index is enough */
  readonly scratch: RankScratch;
}

export interface RankScratch {
  /** Dense copy of the current article's vector, by term id */
  readonly query: Float32Array;
  /** Dense copy of a second vector, for duplicate checks */
  readonly other: Float32Array;
  /** Accumulated evidence per article while finding candidates */
  readonly accumulated: Float64Array;
  readonly touched: Int32Array;
}

const DEFAULTS = { keyTerms: 25, vectorTerms: 64, maxDocumentShare: 0.1 } as const;
/**
 * Below this many postings a list is always walked: in a small archive every
 * pair is cheap, and a running story of a dozen reports must not be cut off
 * just because a dozen is more than 10% of a 100-article test corpus.
 */
const MIN_POSTINGS_CAP = 50;

function timeOf(iso: string, slug: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`related: ${slug} has an unreadable ${field} date: ${JSON.stringify(iso)}`);
  return ms;
}

function indexSlugs(docs: readonly RelatedDocument[]): Map<string, number> {
  const bySlug = new Map<string, number>();
  docs.forEach((doc, i) => {
    if (bySlug.has(doc.slug)) throw new Error(`related: slug ${doc.slug} appears twice`);
    bySlug.set(doc.slug, i);
  });
  return bySlug;
}

function internSections(docs: readonly RelatedDocument[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(docs, (doc) => {
    const id = ids.get(doc.section) ?? ids.size;
    ids.set(doc.section, id);
    return id;
  });
}

function buildTopics(docs: readonly RelatedDocument[]) {
  const ids = new Map<string, number>();
  const perDoc = docs.map((doc) => {
    const own = new Set<number>();
    for (const topic of doc.topics) {
      const id = ids.get(topic.slug) ?? ids.size;
      ids.set(topic.slug, id);
      own.add(id);
    }
    return [...own];
  });
  const frequency = new Int32Array(ids.size);
  for (const own of perDoc) for (const id of own) frequency[id] = (frequency[id] ?? 0) + 1;
  const topicIdf = Float64Array.from(frequency, (df) => inverseDocumentFrequency(df, docs.length));
  const topics = buildPostings(docs.length, (emit) => perDoc.forEach((own, d) => own.forEach((id) => emit(d, id, 0))));
  const topicNorm = Float64Array.from(perDoc, (own) => Math.sqrt(own.reduce((sum, id) => sum + (topicIdf[id] ?? 0) ** 2, 0)));
  return { topics, topicIdf, topicNorm, frequency };
}

export function buildRelatedIndex(docs: readonly RelatedDocument[], options: BuildOptions = {}): RelatedIndex {
  const keyTermCount = options.keyTerms ?? DEFAULTS.keyTerms;
  const vectorTerms = Math.max(options.vectorTerms ?? DEFAULTS.vectorTerms, keyTermCount);
  const share = options.maxDocumentShare ?? DEFAULTS.maxDocumentShare;
  const weights: ScoreWeights = { ...defaultWeights, ...options.weights };
  const n = docs.length;
  const bySlug = indexSlugs(docs);
  const published = Float64Array.from(docs, (doc) => timeOf(doc.published, doc.slug, 'published'));
  const freshness = Float64Array.from(docs, (doc, i) =>
    Math.max(published[i] ?? 0, doc.updated ? timeOf(doc.updated, doc.slug, 'updated') : -Infinity),
  );
  const draft = Uint8Array.from(docs, (doc) => (doc.draft ? 1 : 0));

  // Terms or topics in more than ~10% of the archive say little about a story
  // and their postings are the long ones: they still count in the score but
  // never produce candidates.
  const maxPostings = Math.max(MIN_POSTINGS_CAP, Math.ceil(share * n));
  const text = buildTextVectors(docs, vectorTerms);
  const df = text.documentFrequency;
  const usable = (id: number) => {
    const f = df[id] ?? 0;
    return f >= 2 && f <= maxPostings;
  };
  const termPostings = buildPostings(text.vocabularySize, (emit) => {
    for (let d = 0; d < n; d++) {
      if (draft[d]) continue;
      for (let p = text.start[d] ?? 0; p < (text.start[d + 1] ?? 0); p++) {
        const id = text.term[p] ?? 0;
        if (usable(id)) emit(id, d, text.weight[p] ?? 0);
      }
    }
  });
  // Vectors are sorted by weight, so the first usable terms are the most distinctive.
  const keyTerms = buildPostings(n, (emit) => {
    for (let d = 0; d < n; d++) {
      let taken = 0;
      for (let p = text.start[d] ?? 0; p < (text.start[d + 1] ?? 0) && taken < keyTermCount; p++) {
        const id = text.term[p] ?? 0;
        if (!usable(id)) continue;
        emit(d, id, text.weight[p] ?? 0);
        taken++;
      }
    }
  });

  const { topics, topicIdf, topicNorm, frequency } = buildTopics(docs);
  const topicPostings = buildPostings(topicIdf.length, (emit) => {
    for (let d = 0; d < n; d++) {
      if (draft[d]) continue;
      for (let p = topics.start[d] ?? 0; p < (topics.start[d + 1] ?? 0); p++) {
        const id = topics.item[p] ?? 0;
        if ((frequency[id] ?? 0) <= maxPostings) emit(id, d, 0);
      }
    }
  });

  return {
    docs,
    bySlug,
    weights,
    published,
    freshness,
    draft,
    section: internSections(docs),
    titleKey: docs.map((doc) => normaliseTitle(doc.title)),
    text,
    keyTerms,
    termPostings,
    topics,
    topicIdf,
    topicNorm,
    topicPostings,
    scratch: {
      query: new Float32Array(text.vocabularySize),
      other: new Float32Array(text.vocabularySize),
      accumulated: new Float64Array(n),
      touched: new Int32Array(n),
    },
  };
}
