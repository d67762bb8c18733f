/**
 * An inverted index in flat arrays (CSR): the items (documents or topics) of key k are
 * item[start[k]] … item[start[k+1] - 1], in the order emitted, each with a weight.
 */
export interface Postings {
  readonly start: Int32Array;
  readonly item: Int32Array;
  readonly weight: Float32Array;
}

/**
 * Builds postings from a generator that yields (key, item, weight) triples.
 * It is called twice (count, then fill) so no per-key arrays are ever allocated.
 */
export function buildPostings(keyCount: number, each: (emit: (key: number, item: number, weight: number) => void) => void): Postings {
  const start = new Int32Array(keyCount + 1);
  each((key) => {
    start[key + 1] = (start[key + 1] ?? 0) + 1;
  });
  for (let k = 0; k < keyCount; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const total = start[keyCount] ?? 0;
  const item = new Int32Array(total);
  const weight = new Float32Array(total);
  const next = start.slice(0, keyCount);
  each((key, value, w) => {
    const at = next[key] ?? 0;
    item[at] = value;
    weight[at] = w;
    next[key] = at + 1;
  });
  return { start, item, weight };
}
