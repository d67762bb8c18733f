import { describe, expect, it } from 'vitest';
import { atPublishes, fullCollections } from './gc-trace';

const log = [
  '▲ Next.js 16.4.6',
  '[4242:0x11cf5ec0]      270 ms: Scavenge 12.1 (14.0) -> 11.0 (15.0) MB, 1.10 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure;',
  '[4242:0x11cf5ec0]      559 ms: Mark-Compact 160.3 (185.3) -> 42.2 (78.5) MB, 13.45 / 0.00 ms  (+ 2.0 ms in 63 steps since start of marking) finalize incremental marking via stack guard; GC in old space requested',
  '[4243:0x2000000]      600 ms: Mark-Compact 10.0 (12.0) -> 9.0 (12.0) MB, 1.00 / 0.00 ms  testing',
  '[4242:0x11cf5ec0]     1800 ms: Mark-Compact (reduce) 90.5 (120.0) -> 44.0 (80.0) MB, 20.00 / 0.00 ms  (average mu = 0.9) memory reducer',
].join('\n');

describe('fullCollections', () => {
  it('reads every Mark-Compact of one process, reduce included, and skips scavenges and other output', () => {
    expect(fullCollections(log, 4242)).toEqual([
      { pid: 4242, atMs: 559, beforeMb: 160.3, afterMb: 42.2 },
      { pid: 4242, atMs: 1800, beforeMb: 90.5, afterMb: 44.0 },
    ]);
    expect(fullCollections(log)).toHaveLength(3);
    expect(fullCollections('nothing here')).toEqual([]);
  });
});

describe('atPublishes', () => {
  it('places each collection at the publishes started before it, dropping those before the first mark', () => {
    const marks = [
      { atMs: 500, publishes: 0 },
      { atMs: 1000, publishes: 1 },
      { atMs: 1500, publishes: 2 },
    ];
    const collections = [
      { pid: 1, atMs: 100, beforeMb: 1, afterMb: 1 },
      { pid: 1, atMs: 700, beforeMb: 1, afterMb: 2 },
      { pid: 1, atMs: 1500, beforeMb: 1, afterMb: 3 },
      { pid: 1, atMs: 9000, beforeMb: 1, afterMb: 4 },
    ];
    expect(atPublishes(collections, marks)).toEqual([
      { publishes: 0, afterMb: 2 },
      { publishes: 2, afterMb: 3 },
      { publishes: 2, afterMb: 4 },
    ]);
    expect(atPublishes(collections, [])).toEqual([]);
  });
});
