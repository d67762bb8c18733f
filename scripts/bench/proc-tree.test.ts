import { describe, expect, it } from 'vitest';
import { parseCpuMs, parseStat, sampleTreeMemory, treeOf } from './proc-tree';

describe('parseStat', () => {
  it('reads pid, parent and RSS, even when the command name has spaces and parentheses', () => {
    const stat = '4242 (next-build (v16) x) S 4200 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 11 0 500 1234567 2500 18446744073709551615';
    expect(parseStat(stat)).toEqual({ pid: 4242, ppid: 4200, rss: 2500 * 4096 });
  });

  it('gives up on a line it cannot read', () => {
    expect(parseStat('garbage')).toBeUndefined();
  });
});

describe('treeOf', () => {
  it('collects the root and all its descendants, nothing else', () => {
    const processes = [
      { pid: 1, ppid: 0, rss: 1 },
      { pid: 10, ppid: 1, rss: 10 },
      { pid: 11, ppid: 10, rss: 11 },
      { pid: 12, ppid: 11, rss: 12 },
      { pid: 20, ppid: 1, rss: 20 },
    ];
    expect(treeOf(10, processes).map((p) => p.pid).sort()).toEqual([10, 11, 12]);
  });
});

describe('sampleTreeMemory', () => {
  it('sees this process on Linux', () => {
    const sampler = sampleTreeMemory(process.pid, 1000);
    const { peakBytes, samples } = sampler.stop();
    expect(samples).toBe(1);
    expect(peakBytes).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('parseCpuMs', () => {
  it('adds user and system clock ticks (fields 14 and 15)', () => {
    const stat = '4242 (next-server (v16.4.6)) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 500 1234567 2500';
    expect(parseCpuMs(stat)).toBe(3000);
  });
});
