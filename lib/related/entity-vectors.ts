import { buildPostings, type Postings } from './postings';
import { inverseDocumentFrequency, termWeight } from './score';
import { findEntities } from './entities';
import type { RelatedDocument } from './types';

/**
 * Every article's named entities as a sparse, IDF-weighted vector, stored
 * flat like the text vectors (text-vectors.ts): article i owns positions
 * start[i] … start[i+1] of `entity`/`weight`, sorted by entity id, divided
 * by the norm over all its entities so a dot product is a cosine. Only
 * entities another article shares are stored; one that only this article
 * names still counts in its norm.
 */
export interface EntityVectors {
  /** Entity key (lower case) and the name as first written, by id */
  readonly keys: readonly string[];
  readonly names: readonly string[];
  readonly documentFrequency: Int32Array;
  readonly start: Int32Array;
  readonly entity: Int32Array;
  readonly weight: Float32Array;
  /** entity → published articles naming it, oldest first (rare-enough entities only) */
  readonly postings: Postings;
}

/** Names every article is taken to have that no other has (see the norm below). */
const UNNAMED_ENTITIES = 2;

/** Growable (id, count, certain) triples for every article, so 100,000 articles make a few arrays, not 100,000. */
class Mentions {
  id = new Int32Array(1 << 16);
  count = new Float32Array(1 << 16);
  certain = new Uint8Array(1 << 16);
  size = 0;

  push(id: number, count: number, certain: boolean): void {
    if (this.size === this.id.length) {
      const grow = <T extends Int32Array | Float32Array | Uint8Array>(old: T, make: (n: number) => T) => {
        const bigger = make(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.id = grow(this.id, (n) => new Int32Array(n));
      this.count = grow(this.count, (n) => new Float32Array(n));
      this.certain = grow(this.certain, (n) => new Uint8Array(n));
    }
    this.id[this.size] = id;
    this.count[this.size] = count;
    this.certain[this.size] = certain ? 1 : 0;
    this.size++;
  }
}

/**
 * Finds every article's entities, then keeps a `maybe` mention (a German
 * noun, an English sentence's first word) only when some article names the
 * same thing with certainty, and weighs what is kept by rarity.
 * `maxPostings`: entities in more articles than this find no candidates.
 */
export function buildEntityVectors(docs: readonly RelatedDocument[], draft: Uint8Array, maxPostings: number): EntityVectors {
  const n = docs.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const mentions = new Mentions();
  const docStart = new Int32Array(n + 1);
  let certainIn = new Int32Array(1024);
  docs.forEach((doc, d) => {
    docStart[d] = mentions.size;
    for (const mention of findEntities(doc)) {
      let id = ids.get(mention.key);
      if (id === undefined) {
        id = ids.size;
        ids.set(mention.key, id);
        names.push(mention.name);
        if (id >= certainIn.length) {
          const bigger = new Int32Array(certainIn.length * 2);
          bigger.set(certainIn);
          certainIn = bigger;
        }
      }
      const certain = mention.certainty === 'name';
      if (certain) certainIn[id] = (certainIn[id] ?? 0) + 1;
      mentions.push(id, mention.count, certain);
    }
  });
  docStart[n] = mentions.size;
  const kept = (p: number) => mentions.certain[p] === 1 || (certainIn[mentions.id[p] ?? 0] ?? 0) > 0;

  const df = new Int32Array(ids.size);
  for (let p = 0; p < mentions.size; p++) if (kept(p)) df[mentions.id[p] ?? 0] = (df[mentions.id[p] ?? 0] ?? 0) + 1;
  const idf = Float64Array.from(df, (f) => inverseDocumentFrequency(f, n));

  const unnamedMass = UNNAMED_ENTITIES * inverseDocumentFrequency(1, n) ** 2;
  const start = new Int32Array(n + 1);
  const entity = new Int32Array(mentions.size);
  const weight = new Float32Array(mentions.size);
  let used = 0;
  const order: number[] = [];
  for (let d = 0; d < n; d++) {
    start[d] = used;
    let norm = 0;
    order.length = 0;
    for (let p = docStart[d] ?? 0; p < (docStart[d + 1] ?? 0); p++) {
      if (!kept(p)) continue;
      const id = mentions.id[p] ?? 0;
      const w = termWeight(mentions.count[p] ?? 0, idf[id] ?? 0);
      norm += w * w;
      if ((df[id] ?? 0) >= 2) order.push(p);
    }
    if (norm === 0) continue;
    // As if every article also named a few things no other article does: an
    // article that names only "Germany" must not match every other article
    // about Germany as closely as two reports naming the same five people.
    const inverse = 1 / Math.sqrt(norm + unnamedMass);
    order.sort((a, b) => (mentions.id[a] ?? 0) - (mentions.id[b] ?? 0));
    for (const p of order) {
      const id = mentions.id[p] ?? 0;
      entity[used] = id;
      weight[used] = termWeight(mentions.count[p] ?? 0, idf[id] ?? 0) * inverse;
      used++;
    }
  }
  start[n] = used;
  const postings = buildPostings(ids.size, (emit) => {
    for (let d = 0; d < n; d++) {
      if (draft[d]) continue;
      for (let p = start[d] ?? 0; p < (start[d + 1] ?? 0); p++) {
        const id = entity[p] ?? 0;
        if ((df[id] ?? 0) <= maxPostings) emit(id, d, weight[p] ?? 0);
      }
    }
  });
  return {
    keys: [...ids.keys()],
    names,
    documentFrequency: df,
    start,
    entity: entity.slice(0, used),
    weight: weight.slice(0, used),
    postings,
  };
}

/** Dot product of two articles' entity vectors: their entity cosine. */
export function entityCosine(vectors: EntityVectors, a: number, b: number): number {
  const { start, entity, weight } = vectors;
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  const pEnd = start[a + 1] ?? 0;
  const qEnd = start[b + 1] ?? 0;
  let sum = 0;
  while (p < pEnd && q < qEnd) {
    const s = entity[p] ?? 0;
    const t = entity[q] ?? 0;
    if (s === t) sum += (weight[p++] ?? 0) * (weight[q++] ?? 0);
    else if (s < t) p++;
    else q++;
  }
  return Math.min(1, sum);
}

/** Ids of the entities two articles share, by id. */
export function sharedEntityIds(vectors: EntityVectors, a: number, b: number): number[] {
  const { start, entity } = vectors;
  const shared: number[] = [];
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  while (p < (start[a + 1] ?? 0) && q < (start[b + 1] ?? 0)) {
    const s = entity[p] ?? 0;
    const t = entity[q] ?? 0;
    if (s === t) {
      shared.push(s);
      p++;
      q++;
    } else if (s < t) p++;
    else q++;
  }
  return shared;
}

/**
 * How many different things two articles both name: a surname shared along
 * with the full name it stands for ("hartmann" with "lena hartmann") is one.
 */
export function distinctShared(vectors: EntityVectors, ids: readonly number[]): number {
  const keys = ids.map((id) => vectors.keys[id] ?? '');
  return keys.filter((key) => !key.includes(' ') ? !keys.some((other) => other.endsWith(` ${key}`)) : true).length;
}

/** The names among the `top` heaviest of both a and b: what both are mainly about. */
export function sharedMainEntities(vectors: EntityVectors, a: number, b: number, top: number): number[] {
  const mainA = heaviest(vectors, a, top);
  return heaviest(vectors, b, top).filter((id) => mainA.includes(id));
}

function heaviest(vectors: EntityVectors, d: number, top: number): number[] {
  const { start, entity, weight } = vectors;
  const positions: number[] = [];
  for (let p = start[d] ?? 0; p < (start[d + 1] ?? 0); p++) positions.push(p);
  return positions
    .sort((x, y) => (weight[y] ?? 0) - (weight[x] ?? 0) || x - y)
    .slice(0, top)
    .map((p) => entity[p] ?? 0);
}
