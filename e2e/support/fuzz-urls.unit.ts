import { describe, expect, it } from 'vitest';
import { fuzzKinds, generateFuzzRequests } from './fuzz-urls';

const knownPaths = ['/', '/world', '/world/a-story', '/world/a-story/opengraph-image', '/topics/afghanistan', '/feed.xml', '/images/articles/a-story.jpg'];
const requests = generateFuzzRequests({ seed: 7, count: 520, knownPaths });
const targets = requests.map((request) => request.target);

describe('generateFuzzRequests', () => {
  it('is deterministic: same seed and paths, same requests', () => {
    expect(generateFuzzRequests({ seed: 7, count: 520, knownPaths })).toEqual(requests);
    expect(generateFuzzRequests({ seed: 8, count: 520, knownPaths })).not.toEqual(requests);
  });

  it('makes exactly as many requests as asked, every kind well represented', () => {
    expect(requests).toHaveLength(520);
    for (const kind of fuzzKinds) expect(requests.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(40);
  });

  it('only makes request-targets Node can put on the wire unchanged', () => {
    for (const target of targets) expect(target, target).toMatch(/^\/[\u0021-\u00ff]*$/);
  });

  it('covers the attacks the issue lists', () => {
    const some = (test: (target: string) => boolean) => targets.some(test);
    expect(some((t) => t.includes('..%2f'))).toBe(true);
    expect(some((t) => t.includes('%2e%2e/'))).toBe(true);
    expect(some((t) => t.includes('%00'))).toBe(true);
    expect(some((t) => t.split('?')[0]!.length >= 2000)).toBe(true);
    expect(some((t) => /%[CDEF][0-9A-F]%[89AB][0-9A-F]/i.test(t) || /[\u0080-\u00ff]/.test(t))).toBe(true);
    expect(some((t) => t.includes('?__proto__'))).toBe(true);
    expect(some((t) => t.includes('/opengraph-image'))).toBe(true);
    expect(some((t) => t.endsWith('feed.xml'))).toBe(true);
    expect(some((t) => t.startsWith('/_next/image?'))).toBe(true);
    expect(some((t) => t.startsWith('/_next/static/'))).toBe(true);
    const methods = new Set(requests.map((r) => r.method));
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE']) expect(methods).toContain(method);
    expect(requests.some((r) => r.headers['next-router-state-tree'] !== undefined)).toBe(true);
  });

  it('needs something to mutate', () => {
    expect(() => generateFuzzRequests({ seed: 1, count: 1, knownPaths: [] })).toThrow(/known path/);
  });
});
