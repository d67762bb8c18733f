/**
 * What the publish step's numbers come to: latency summaries, the memory
 * trend over the run and the verdict against issue #11's targets. Pure, so
 * the arithmetic is tested; scripts/bench/publish-step.ts does the measuring.
 */
import { summarise, type Summary } from './stats';

/** p95 from the request to every page agreeing: issue #11's targets. */
export const PUBLISH_TARGET_MS = { site: 1000, archive: 5000 } as const;

/**
 * The most the server's memory may keep growing, in MB per 100 publishes
 * over the second half of the run, for it to count as flat. Not zero: each
 * live story stays in the store, and its pages fill Next's in-memory page
 * cache (50 MB, least recently used out) until it is full; on the sample
 * site that was 5–10 MB per 100 publishes until about the 400th, then
 * none. A leak of a snapshot or a page render per publish (hundreds of KB
 * to MB each) is well above it.
 */
export const FLAT_MB_PER_100 = 10;
/** Fewer publishes than this give two or three memory samples: a slope of noise, not judged. */
export const MIN_PUBLISHES_FOR_MEMORY = 100;

export type OperationKind = 'publish' | 'correct' | 'takedown';
export const OPERATION_KINDS: readonly OperationKind[] = ['publish', 'correct', 'takedown'];

export interface MemorySample {
  /** Stories published when the sample was taken */
  readonly publishes: number;
  readonly bytes: number;
}

export interface MemoryTrend {
  readonly firstBytes: number;
  readonly lastBytes: number;
  readonly maxBytes: number;
  /** Least-squares slope over the samples of the second half of the run, MB per 100 publishes */
  readonly slopeMbPer100: number;
  readonly flat: boolean;
}

/** Least-squares slope of y over x; NaN for fewer than two distinct x. */
export function slope(points: readonly { readonly x: number; readonly y: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}

/**
 * The second half of `total` publishes only: the first publishes fill
 * caches and warm the JIT, growth that stops; what still grows in the
 * second half is what would grow for ever.
 */
export function memoryTrend(samples: readonly MemorySample[], total: number, limitMbPer100 = FLAT_MB_PER_100): MemoryTrend {
  const first = samples[0];
  const last = samples[samples.length - 1];
  const secondHalf = samples.filter((s) => s.publishes >= total / 2).map((s) => ({ x: s.publishes, y: s.bytes / 1024 / 1024 }));
  const slopeMbPer100 = slope(secondHalf) * 100;
  return {
    firstBytes: first?.bytes ?? Number.NaN,
    lastBytes: last?.bytes ?? Number.NaN,
    maxBytes: samples.length > 0 ? Math.max(...samples.map((s) => s.bytes)) : Number.NaN,
    slopeMbPer100,
    flat: !Number.isNaN(slopeMbPer100) && slopeMbPer100 <= limitMbPer100,
  };
}

export interface LatencySummaries {
  readonly publish: Summary;
  readonly correct: Summary;
  readonly takedown: Summary;
}

export function latencySummaries(operations: readonly { readonly kind: OperationKind; readonly ms: number }[]): LatencySummaries {
  const of = (kind: OperationKind) => summarise(operations.filter((o) => o.kind === kind).map((o) => o.ms));
  return { publish: of('publish'), correct: of('correct'), takedown: of('takedown') };
}

export interface Verdict {
  readonly met: boolean;
  /** One line per thing that missed; empty when met */
  readonly misses: readonly string[];
}

/**
 * Which memory figure judges "flat": the heap a full collection leaves
 * (scripts/bench/gc-trace.ts) when two or more collections ran in the
 * second half, else resident memory. RSS is the cruder measure: it also
 * rises while V8 lets garbage pile up between full collections and grows
 * its heap in steps (on the sample site, 130 → 421 MB over 200 publishes
 * while the heap after each full collection went from 40 to 73 MB).
 */
export function judgedMemory(rss: MemoryTrend, heap: MemoryTrend | undefined, heapPointsInSecondHalf: number): MemoryTrend & { readonly measure: string } {
  return heap && heapPointsInSecondHalf >= 2 ? { ...heap, measure: 'heap after full GC' } : { ...rss, measure: 'RSS' };
}

/**
 * Met when every kind of operation that ran has its p95 under the target,
 * none timed out, and memory is flat. A kind that did not run (fewer than
 * ten publishes make no corrections) is not held against the run, nor is
 * memory in a run too short to judge it.
 */
export function publishVerdict(input: {
  readonly latency: LatencySummaries;
  readonly targetMs: number;
  readonly timeouts: number;
  readonly memory: MemoryTrend & { readonly measure: string };
  readonly publishes: number;
}): Verdict {
  const misses: string[] = [];
  for (const kind of OPERATION_KINDS) {
    const summary = input.latency[kind];
    if (summary.count > 0 && !(summary.p95 < input.targetMs)) misses.push(`${kind} p95 ${Math.round(summary.p95)} ms is not under ${input.targetMs} ms`);
  }
  if (input.timeouts > 0) misses.push(`${input.timeouts} operation(s) never showed everywhere`);
  if (input.publishes >= MIN_PUBLISHES_FOR_MEMORY && !input.memory.flat) misses.push(`${input.memory.measure} grew ${input.memory.slopeMbPer100.toFixed(1)} MB per 100 publishes over the second half (flat: ≤ ${FLAT_MB_PER_100})`);
  return { met: misses.length === 0, misses };
}
