import { describe, expect, it } from 'vitest';
import { pathsFromTags, purgeFrontCaches } from './purge';

function fakeFetch(answer: (url: string) => number | Error) {
  const calls: string[] = [];
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.method} ${url}`);
    const result = answer(url);
    if (result instanceof Error) throw result;
    return new Response(null, { status: result });
  }) as typeof fetch;
  return { calls, fetcher };
}

describe('purgeFrontCaches', () => {
  it('sends PURGE for every path to each front cache in turn, nginx before the CDN in front of it, and counts 404 (not cached) as done', async () => {
    const { calls, fetcher } = fakeFetch((url) => (url.endsWith('/') ? 404 : 200));
    const report = await purgeFrontCaches(['/', '/world/a-story'], ['http://127.0.0.1:8080', 'https://cdn.example'], fetcher);
    expect(calls).toEqual(['PURGE http://127.0.0.1:8080/', 'PURGE http://127.0.0.1:8080/world/a-story', 'PURGE https://cdn.example/', 'PURGE https://cdn.example/world/a-story']);
    expect(report).toEqual({ purged: 4, failures: [] });
  });

  it('reports a refusal or an unreachable cache and still resolves', async () => {
    const { fetcher } = fakeFetch((url) => (url.includes('cdn') ? new Error('connect ECONNREFUSED') : 403));
    const report = await purgeFrontCaches(['/'], ['http://127.0.0.1:8080', 'https://cdn.example'], fetcher);
    expect(report.purged).toBe(0);
    expect(report.failures).toEqual(['http://127.0.0.1:8080/: answered 403', 'https://cdn.example/: connect ECONNREFUSED']);
  });

  it('does nothing without front caches', async () => {
    const { calls, fetcher } = fakeFetch(() => 200);
    expect(await purgeFrontCaches(['/'], [], fetcher)).toEqual({ purged: 0, failures: [] });
    expect(calls).toEqual([]);
  });
});

describe('pathsFromTags', () => {
  it('turns the tags revalidatePath expires back into addresses, once each', () => {
    expect(pathsFromTags(['_N_T_/', '_N_T_/index', '_N_T_/world/a-story', '_N_T_/world/a-story', '_N_T_/feed.xml'])).toEqual(['/', '/world/a-story', '/feed.xml']);
  });

  it('purges an edition page under the address readers use, not its route', () => {
    expect(pathsFromTags(['_N_T_/edition/fa-af/world/kabul-falls', '_N_T_/edition/ps'])).toEqual(['/fa-af/world/kabul-falls', '/ps']);
  });

  it('skips typed tags and tags that are not addresses', () => {
    expect(pathsFromTags(['_N_T_/layout', '_N_T_/world/page', 'stories', '_N_T_'])).toEqual([]);
  });
});
