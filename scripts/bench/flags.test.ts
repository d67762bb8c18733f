import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, parseFlags } from './flags';

describe('parseFlags', () => {
  it('runs every step but the big archive by default, at 100, 1,000 and 10,000 articles', () => {
    const flags = parseFlags([]);
    expect(flags.sizes).toEqual([100, 1000, 10000]);
    expect([...flags.steps]).toEqual(['build', 'compile', 'weight', 'load', 'lighthouse', 'publish', 'related']);
    expect(flags.connections).toBe(50);
    expect(flags.publishes).toBe(200);
  });

  it('reads how many stories the publish step publishes', () => {
    expect(parseFlags(['--only', 'publish', '--publishes', '50']).publishes).toBe(50);
    expect(parseFlags(['--archive', '--publishes', '0']).publishes).toBe(0);
    expect(() => parseFlags(['--publishes', 'many'])).toThrow(/whole number/);
  });

  it('reads sizes with separators and limits steps', () => {
    const flags = parseFlags(['--sizes', '100,1_000', '--only', 'build,weight', '--skip', 'weight']);
    expect(flags.sizes).toEqual([100, 1000]);
    expect([...flags.steps]).toEqual(['build']);
  });

  it('adds the archive step, with or without a size', () => {
    expect(parseFlags(['--archive']).archiveSize).toBe(DEFAULT_FLAGS.archiveSize);
    const flags = parseFlags(['--archive', '20000', '--keep']);
    expect(flags.archiveSize).toBe(20000);
    expect(flags.steps.has('archive')).toBe(true);
    expect(flags.keep).toBe(true);
  });

  it('rejects unknown flags, unknown steps and bad numbers', () => {
    expect(() => parseFlags(['--fast'])).toThrow(/Unknown flag/);
    expect(() => parseFlags(['--only', 'everything'])).toThrow(/unknown step/);
    expect(parseFlags(['--only', 'cluster']).steps).toEqual(new Set(['cluster']));
    expect(parseFlags([]).steps.has('cluster')).toBe(false);
    expect(() => parseFlags(['--sizes', '1e3'])).toThrow(/whole number/);
    expect(() => parseFlags(['--duration'])).toThrow(/needs a value/);
  });
});
