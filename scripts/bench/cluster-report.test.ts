import { describe, expect, it } from 'vitest';
import { compare, DEFAULT_CLUSTER_FLAGS, judgeCluster, parseClusterFlags, ratio, type ClusterRun } from './cluster-report';

const run = (setup: ClusterRun['setup'], page: ClusterRun['page'], requestsPerSecond: number, serverCpuMsPerRequest: number, p99Ms = 20): ClusterRun => ({
  setup,
  page,
  requests: requestsPerSecond * 15,
  requestsPerSecond,
  p50Ms: 5,
  p99Ms,
  errors: 0,
  non2xx: 0,
  serverCpuMsPerRequest,
});

describe('parseClusterFlags', () => {
  it('defaults: build, every set-up, article and home, 15 s after 5 s, 50 connections', () => {
    expect(parseClusterFlags([])).toEqual(DEFAULT_CLUSTER_FLAGS);
    expect(DEFAULT_CLUSTER_FLAGS).toMatchObject({ build: true, setups: ['a', 'b', 'c'], pages: ['article', 'home'], durationS: 15, warmupS: 5, connections: 50 });
  });

  it('reads every flag', () => {
    expect(parseClusterFlags(['--no-build', '--keep', '--duration', '20', '--warmup', '0', '--connections', '10', '--pages', 'article', '--setups', 'a,c', '--port', '4120', '--redis-port', '4192', '--out', 'x.json'])).toEqual({
      build: false,
      keep: true,
      durationS: 20,
      warmupS: 0,
      connections: 10,
      pages: ['article'],
      setups: ['a', 'c'],
      port: 4120,
      redisPort: 4192,
      out: 'x.json',
    });
  });

  it('refuses unknown set-ups, pages and flags', () => {
    expect(() => parseClusterFlags(['--setups', 'a,d'])).toThrow(/unknown "d"/);
    expect(() => parseClusterFlags(['--pages', 'feed'])).toThrow(/unknown "feed"/);
    expect(() => parseClusterFlags(['--duration', '0'])).toThrow(/at least 1/);
    expect(() => parseClusterFlags(['--fast'])).toThrow(/Unknown option '--fast'/);
  });
});

describe('compare', () => {
  it('sets each run against set-up a on the same page', () => {
    const [a, b, c, home] = compare([run('a', 'article', 300, 5), run('b', 'article', 450, 5.5), run('c', 'article', 3000, 0.5), run('c', 'home', 2000, 1)]);
    expect(a?.throughputVsA).toBe(1);
    expect(b?.throughputVsA).toBe(1.5);
    expect(b?.cpuPerRequestVsA).toBeCloseTo(1.1);
    expect(c?.throughputVsA).toBe(10);
    expect(c?.cpuPerRequestVsA).toBe(0.1);
    expect(home?.throughputVsA).toBeUndefined();
  });

  it('prints ratios, a dash when there is none', () => {
    expect(ratio(2.345)).toBe('2.35×');
    expect(ratio(undefined)).toBe('-');
    expect(ratio(Number.NaN)).toBe('-');
  });
});

describe('judgeCluster', () => {
  it('meets the target when every page through the front cache has p99 under 50 ms and no failures', () => {
    expect(judgeCluster([run('a', 'article', 300, 5, 400), run('c', 'article', 3000, 0.5, 30)])).toEqual({ met: true, misses: [] });
  });

  it('names each miss', () => {
    const failing = { ...run('c', 'home', 2000, 1, 50), non2xx: 3 };
    expect(judgeCluster([failing]).misses).toEqual(['home: p99 50 ms ≥ 50 ms', 'home: 0 errors, 3 non-2xx']);
    expect(judgeCluster([run('a', 'article', 300, 5)])).toEqual({ met: false, misses: ['set-up c (the front cache) was not measured'] });
  });
});
