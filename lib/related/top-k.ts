/**
 * Keeps the `capacity` highest-scoring items seen, in a binary min-heap, so
 * choosing the best few of 20,000 touched articles costs O(n log capacity)
 * and mostly a single comparison with the current minimum.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`TopK: capacity must be a whole number ≥ 0, got ${capacity}`);
    this.scores = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** Lowest score still kept; anything at or below it would be dropped. */
  get floor(): number {
    return this.size < this.capacity ? -Infinity : (this.scores[0] ?? -Infinity);
  }

  push(item: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      this.scores[this.size] = score;
      this.items[this.size] = item;
      this.up(this.size++);
    } else if (score > (this.scores[0] ?? -Infinity)) {
      this.scores[0] = score;
      this.items[0] = item;
      this.down(0);
    }
  }

  /** Empties it for reuse, so ranking 100,000 articles allocates one heap, not 100,000. */
  clear(): void {
    this.size = 0;
  }

  /** The kept items, in no particular order. */
  values(): number[] {
    return Array.from(this.items.subarray(0, this.size));
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.scores[b] = s;
    const i = this.items[a] ?? 0;
    this.items[a] = this.items[b] ?? 0;
    this.items[b] = i;
  }

  private up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((this.scores[parent] ?? 0) <= (this.scores[at] ?? 0)) return;
      this.swap(parent, at);
      at = parent;
    }
  }

  private down(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < this.size && (this.scores[left] ?? 0) < (this.scores[least] ?? 0)) least = left;
      if (right < this.size && (this.scores[right] ?? 0) < (this.scores[least] ?? 0)) least = right;
      if (least === at) return;
      this.swap(least, at);
      at = least;
    }
  }
}
