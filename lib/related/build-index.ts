import { DAY_MS } from '../time';
import { buildEntityVectors, type EntityVectors } from './entity-vectors';
import { buildPostings, type Postings } from './postings';
import { DEFAULT_LIMIT, poolSizeFor } from './pool-size';
import { TopK } from './top-k';
import { defaultWeights, inverseDocumentFrequency, timeFactor } from './score';
import { buildTextVectors, type TextVectors } from './text-vectors';
import { normaliseTitle } from './tokenize';
import type { BuildOptions, RelatedDocument, ScoreWeights } from './types';

/**
 * Everything ranking needs, computed once per build. Per-article data lives
 * in typed arrays indexed by the article's position in `docs`, which is the
 * input sorted by publication time (oldest first).
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
  /** Named entities per article, and entity → articles (entity-vectors.ts) */
  readonly entities: EntityVectors;
  /** Per article: its most distinctive terms that other articles share, for candidate generation */
  readonly keyTerms: Postings;
  /** term → published articles whose vector holds it, by number = oldest first (rare-enough terms only) */
  readonly termPostings: Postings;
  /** Per article: topic ids; per topic: its IDF; per article: norm of its topic vector */
  readonly topics: Postings;
  /** Topic slug → topic id */
  readonly topicIds: ReadonlyMap<string, number>;
  readonly topicIdf: Float64Array;
  readonly topicNorm: Float64Array;
  /** 1 / topicNorm (0 for an article without topics), to multiply rather than divide */
  readonly topicInverseNorm: Float64Array;
  /** topic → published articles, by number = oldest first (rare-enough topics only) */
  readonly topicPostings: Postings;
  /** Longer postings are walked only this far around the article's date */
  readonly postingsWindow: number;
  /** Postings walked per article at most, rarest lists first */
  readonly walkBudget: number;
  /** Time factor by whole days apart, to estimate candidates without Math.pow */
  readonly timeByDay: Float64Array;
  /** Reused by rankRelated; ranking is synchronous, so one set per index is enough */
  readonly scratch: RankScratch;
}

interface RankScratch {
  /** Accumulated evidence per article while finding candidates */
  readonly accumulated: Float64Array;
  readonly touched: Int32Array;
  /** Candidate pool for the default limit, reused from article to article */
  readonly pool: TopK;
  /** Each article's running-story links, found once per clock reading (running-story.ts) */
  readonly storyLinks: Map<number, Int32Array>;
  /** Candidate pools found for story links before the article itself was ranked: ranking takes them instead of walking again */
  readonly pools: Map<number, number[]>;
  storyLinksNow: number;
}

const DEFAULTS = { keyTerms: 25, vectorTerms: 64, maxDocumentShare: 0.1, postingsWindow: 100, walkBudget: 600 } as const;
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
  // Each article's topics rarest first, the order candidate generation walks them in.
  for (const own of perDoc) own.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b);
  const topics = buildPostings(docs.length, (emit) => perDoc.forEach((own, d) => own.forEach((id) => emit(d, id, 0))));
  const topicNorm = Float64Array.from(perDoc, (own) => Math.sqrt(own.reduce((sum, id) => sum + (topicIdf[id] ?? 0) ** 2, 0)));
  return { topics, topicIds: ids, topicIdf, topicNorm, frequency };
}

/** The time factor for 0, 1, 2 … days apart, until it is within a millionth of the floor. */
function timeTable(weights: ScoreWeights): Float64Array {
  const days = Math.ceil(weights.halfLifeDays * 20) + 1;
  return Float64Array.from({ length: days }, (_, day) => timeFactor(day * DAY_MS, weights));
}

function publishedTimes(docs: readonly RelatedDocument[]): Float64Array {
  return Float64Array.from(docs, (doc) => timeOf(doc.published, doc.slug, 'published'));
}

export function buildRelatedIndex(input: readonly RelatedDocument[], options: BuildOptions = {}): RelatedIndex {
  const keyTermCount = options.keyTerms ?? DEFAULTS.keyTerms;
  const vectorTerms = Math.max(options.vectorTerms ?? DEFAULTS.vectorTerms, keyTermCount);
  const share = options.maxDocumentShare ?? DEFAULTS.maxDocumentShare;
  const weights: ScoreWeights = { ...defaultWeights, ...options.weights };
  const n = input.length;
  // Articles are numbered in publication order: every postings list is then
  // sorted by time and by number at once, and the candidates near an article's
  // date sit near it in every per-article array, which keeps the walk in cache.
  const inputTimes = publishedTimes(input);
  const docs = Array.from(input.keys())
    .sort((a, b) => (inputTimes[a] ?? 0) - (inputTimes[b] ?? 0) || a - b)
    .map((i) => input[i] as RelatedDocument);
  const bySlug = indexSlugs(docs);
  const published = publishedTimes(docs);
  const freshness = Float64Array.from(docs, (doc, i) =>
    Math.max(published[i] ?? 0, doc.updated ? timeOf(doc.updated, doc.slug, 'updated') : -Infinity),
  );
  const draft = Uint8Array.from(docs, (doc) => (doc.draft ? 1 : 0));

  // Terms or topics in more than ~10% of the archive say little about a story
  // and their postings are the long ones: they still count in the score but
  // never produce candidates.
  const maxPostings = Math.max(MIN_POSTINGS_CAP, Math.ceil(share * n));
  const { keyTerms, ...text } = buildTextVectors(docs, { vectorTerms, keyTerms: keyTermCount, maxPostings });
  const df = text.documentFrequency;
  const termPostings = buildPostings(text.vocabularySize, (emit) => {
    for (let d = 0; d < n; d++) {
      if (draft[d]) continue;
      for (let p = text.start[d] ?? 0; p < (text.start[d + 1] ?? 0); p++) {
        const id = text.term[p] ?? 0;
        const f = df[id] ?? 0;
        if (f >= 2 && f <= maxPostings) emit(id, d, text.weight[p] ?? 0);
      }
    }
  });

  const entities = buildEntityVectors(docs, draft, maxPostings);
  const { topics, topicIds, topicIdf, topicNorm, frequency } = buildTopics(docs);
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
    entities,
    keyTerms,
    termPostings,
    topics,
    topicIds,
    topicIdf,
    topicNorm,
    topicInverseNorm: topicNorm.map((norm) => (norm > 0 ? 1 / norm : 0)),
    topicPostings,
    postingsWindow: Math.max(MIN_POSTINGS_CAP, options.postingsWindow ?? DEFAULTS.postingsWindow),
    walkBudget: Math.max(MIN_POSTINGS_CAP, options.walkBudget ?? DEFAULTS.walkBudget),
    timeByDay: timeTable(weights),
    scratch: {
      accumulated: new Float64Array(n),
      touched: new Int32Array(n),
      pool: new TopK(poolSizeFor(DEFAULT_LIMIT)),
      storyLinks: new Map(),
      pools: new Map(),
      storyLinksNow: Number.NaN,
    },
  };
}
