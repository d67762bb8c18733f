import { describe, expect, it } from 'vitest';
import { parseServeFlags } from './serve-scratch';

describe('parseServeFlags', () => {
  it('reads the content folder, the port and an optional scratch folder', () => {
    expect(parseServeFlags(['--content', 'fixtures/hostile-content', '--port', '3600'])).toEqual({ content: 'fixtures/hostile-content', port: 3600 });
    expect(parseServeFlags(['--content', 'c', '--port', '1', '--dir', '/tmp/x']).dir).toBe('/tmp/x');
  });

  it('reads the size of a generated archive instead of a folder', () => {
    expect(parseServeFlags(['--synthetic', '240', '--port', '3200']).content).toEqual({ synthetic: 240 });
  });

  it('refuses a missing folder or a port that is not one', () => {
    expect(() => parseServeFlags(['--content', 'c', '--synthetic', '5', '--port', '3600'])).toThrow(/usage/);
    expect(() => parseServeFlags(['--synthetic', 'many', '--port', '3600'])).toThrow(/usage/);
    expect(() => parseServeFlags(['--port', '3600'])).toThrow(/usage/);
    expect(() => parseServeFlags(['--content', 'c', '--port', '70000'])).toThrow(/usage/);
    expect(() => parseServeFlags(['--content', 'c'])).toThrow(/usage/);
  });
});
