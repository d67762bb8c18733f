import { describe, expect, it } from 'vitest';
import { judgeLoad, parseLoadFlags, type RouteRun } from './load-verdict';

const clean: RouteRun = { name: 'article', requests: 1000, errors: 0, timeouts: 0, non2xx: 0 };
const mb = (n: number) => n * 1024 * 1024;

describe('judgeLoad', () => {
  it('passes clean runs with memory growth under 20%', () => {
    expect(judgeLoad([clean, { ...clean, name: 'home' }], mb(200), mb(239))).toEqual({ memoryGrowth: 39 / 200, failures: [] });
  });

  it('fails on any error, timeout or non-2xx answer, naming the route', () => {
    const { failures } = judgeLoad([{ ...clean, errors: 1 }, { ...clean, name: 'feed', timeouts: 2 }, { ...clean, name: 'og', non2xx: 3 }], mb(100), mb(100));
    expect(failures).toEqual(['article: 1 errors', 'feed: 2 timeouts', 'og: 3 non-2xx responses']);
  });

  it('fails at 20% growth and above, and when memory could not be read', () => {
    expect(judgeLoad([clean], mb(200), mb(240)).failures).toEqual(['server memory grew 20.0% after warm-up (limit 20%)']);
    expect(judgeLoad([clean], 0, mb(1)).failures).toHaveLength(1);
  });

  it('fails when nothing was measured', () => {
    expect(judgeLoad([], mb(1), mb(1)).failures).toEqual(['no route was load-tested']);
    expect(judgeLoad([{ ...clean, requests: 0 }], mb(1), mb(1)).failures).toEqual(['article: no request completed']);
  });
});

describe('parseLoadFlags', () => {
  it('defaults to a fresh build, removed afterwards, 50 connections, 30 s per route', () => {
    expect(parseLoadFlags([])).toEqual({ build: true, keep: false, port: 3290, connections: 50, durationS: 30, warmupS: 30 });
  });

  it('reads every option', () => {
    expect(parseLoadFlags(['--no-build', '--keep', '--port', '3205', '--connections', '10', '--duration', '5', '--warmup', '2'])).toEqual({
      build: false,
      keep: true,
      port: 3205,
      connections: 10,
      durationS: 5,
      warmupS: 2,
    });
  });

  it('refuses unknown options (the old --instance too) and bad numbers', () => {
    expect(() => parseLoadFlags(['--instance', 'x-1'])).toThrow(/Unknown option/);
    expect(() => parseLoadFlags(['--fast'])).toThrow(/Unknown option/);
    expect(() => parseLoadFlags(['--duration', '0'])).toThrow(/whole number/);
    expect(() => parseLoadFlags(['--port'])).toThrow(/whole number/);
  });
});
