/**
 * The server's live heap from V8's `--trace-gc` lines. Resident memory
 * alone cannot tell a leak from a lazy collector: V8 lets garbage pile up
 * and grows its heap in steps, so RSS climbs for a while even when nothing
 * is kept. What a full collection (Mark-Compact) leaves behind is what the
 * process really holds; if that keeps rising, something is kept.
 */
export interface FullCollection {
  readonly pid: number;
  /** Milliseconds since the process's V8 isolate started */
  readonly atMs: number;
  /** Heap objects before and after, in MB (V8 prints MB) */
  readonly beforeMb: number;
  readonly afterMb: number;
}

/**
 * `[4242:0x5d1e0a0]   559 ms: Mark-Compact 160.3 (185.3) -> 42.2 (78.5) MB, …`
 * (also `Mark-Compact (reduce)`, when V8 shrinks the heap under memory pressure).
 */
const LINE = /^\[(\d+):0x[0-9a-f]+\]\s+(\d+(?:\.\d+)?) ms: Mark-Compact(?: \(reduce\))? (\d+(?:\.\d+)?) \([\d.]+\) -> (\d+(?:\.\d+)?) \([\d.]+\) MB/gm;

/** Every full collection in a log, in order; lines of other processes and other output are skipped. */
export function fullCollections(log: string, pid?: number): FullCollection[] {
  const out: FullCollection[] = [];
  for (const match of log.matchAll(LINE)) {
    const collection = { pid: Number(match[1]), atMs: Number(match[2]), beforeMb: Number(match[3]), afterMb: Number(match[4]) };
    if (pid === undefined || collection.pid === pid) out.push(collection);
  }
  return out;
}

/**
 * How many publishes had started when each collection ran: `marks` are
 * (time, publishes so far) in the same clock as `atMs`, in time order.
 */
export function atPublishes(collections: readonly FullCollection[], marks: readonly { readonly atMs: number; readonly publishes: number }[]): { readonly publishes: number; readonly afterMb: number }[] {
  const first = marks[0];
  if (!first) return [];
  return collections
    .filter((c) => c.atMs >= first.atMs)
    .map((c) => {
      let publishes = first.publishes;
      for (const mark of marks) {
        if (mark.atMs > c.atMs) break;
        publishes = mark.publishes;
      }
      return { publishes, afterMb: c.afterMb };
    });
}
