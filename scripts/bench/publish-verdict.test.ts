import { describe, expect, it } from 'vitest';
import { FLAT_MB_PER_100, judgedMemory, latencySummaries, memoryTrend, publishVerdict, slope, type MemorySample } from './publish-verdict';

const MB = 1024 * 1024;

describe('slope', () => {
  it('fits a least-squares line', () => {
    expect(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBeCloseTo(2);
    expect(slope([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 0 }, { x: 3, y: 2 }])).toBeCloseTo(0.4);
  });

  it('is NaN without two distinct points', () => {
    expect(slope([{ x: 1, y: 1 }])).toBeNaN();
    expect(slope([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toBeNaN();
  });
});

const samples = (mbAt: (publishes: number) => number): MemorySample[] =>
  Array.from({ length: 21 }, (_, i) => ({ publishes: i * 10, bytes: mbAt(i * 10) * MB }));

describe('memoryTrend', () => {
  it('judges the second half only: growth that stops early is flat', () => {
    const trend = memoryTrend(samples((n) => (n < 60 ? 200 + n : 260)), 200);
    expect(trend.firstBytes).toBe(200 * MB);
    expect(trend.lastBytes).toBe(260 * MB);
    expect(trend.maxBytes).toBe(260 * MB);
    expect(trend.slopeMbPer100).toBeCloseTo(0);
    expect(trend.flat).toBe(true);
  });

  it('reports growth per 100 publishes and calls steady growth above the limit not flat', () => {
    const trend = memoryTrend(samples((n) => 300 + n * 0.5), 200);
    expect(trend.slopeMbPer100).toBeCloseTo(50);
    expect(trend.flat).toBe(false);
    expect(memoryTrend(samples((n) => 300 + n * (FLAT_MB_PER_100 / 100) * 0.5), 200).flat).toBe(true);
  });

  it('is not flat when there is nothing to judge', () => {
    expect(memoryTrend([{ publishes: 0, bytes: MB }], 200).flat).toBe(false);
    expect(memoryTrend([], 200).firstBytes).toBeNaN();
  });
});

describe('judgedMemory', () => {
  const rss = memoryTrend(samples((n) => 300 + n), 200);
  const heap = memoryTrend(samples(() => 80), 200);
  it('judges by the heap after full collections when enough of them ran in the second half, else by RSS', () => {
    expect(judgedMemory(rss, heap, 2)).toMatchObject({ measure: 'heap after full GC', flat: true });
    expect(judgedMemory(rss, heap, 1)).toMatchObject({ measure: 'RSS', flat: false });
    expect(judgedMemory(rss, undefined, 9).measure).toBe('RSS');
  });
});

describe('latencySummaries', () => {
  it('summarises each kind of operation apart', () => {
    const s = latencySummaries([
      { kind: 'publish', ms: 100 },
      { kind: 'publish', ms: 300 },
      { kind: 'takedown', ms: 50 },
    ]);
    expect(s.publish).toMatchObject({ count: 2, p50: 100, max: 300 });
    expect(s.takedown.count).toBe(1);
    expect(s.correct.count).toBe(0);
  });
});

describe('publishVerdict', () => {
  const flat = { ...memoryTrend(samples(() => 250), 200), measure: 'RSS' };
  const latency = (publishP95: number) =>
    latencySummaries([
      // Nearest rank: the 19th of 20 is the p95.
      ...Array.from({ length: 18 }, () => ({ kind: 'publish' as const, ms: 200 })),
      { kind: 'publish', ms: publishP95 },
      { kind: 'publish', ms: publishP95 },
      { kind: 'takedown', ms: 300 },
    ]);

  it('is met when every p95 is under the target, nothing timed out and memory is flat; a kind that did not run is not held against it', () => {
    expect(publishVerdict({ latency: latency(900), targetMs: 1000, timeouts: 0, memory: flat, publishes: 200 })).toEqual({ met: true, misses: [] });
  });

  it('names each miss', () => {
    const verdict = publishVerdict({ latency: latency(1000), targetMs: 1000, timeouts: 2, memory: { ...memoryTrend(samples((n) => 300 + n), 200), measure: 'heap after full GC' }, publishes: 200 });
    expect(verdict.met).toBe(false);
    expect(verdict.misses).toEqual([
      'publish p95 1000 ms is not under 1000 ms',
      '2 operation(s) never showed everywhere',
      `heap after full GC grew 100.0 MB per 100 publishes over the second half (flat: ≤ ${FLAT_MB_PER_100})`,
    ]);
  });

  it('does not judge memory in a run shorter than 100 publishes', () => {
    const growing = { ...memoryTrend(samples((n) => 300 + n), 200), measure: 'RSS' };
    expect(publishVerdict({ latency: latency(900), targetMs: 1000, timeouts: 0, memory: growing, publishes: 20 }).met).toBe(true);
  });

  it('counts a NaN p95 as a miss, never as met', () => {
    const nan = latencySummaries([{ kind: 'publish', ms: Number.NaN }]);
    expect(publishVerdict({ latency: nan, targetMs: 1000, timeouts: 0, memory: flat, publishes: 200 }).met).toBe(false);
  });
});
