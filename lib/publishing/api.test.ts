import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempSite, liveStoryMdx, type TempSite } from '../../fixtures/live/stories';
import { ContentError } from '../content/errors';
import type { ContentStore, Outcome } from '../content/live/store';
import type { Snapshot } from '../content/live/snapshot';
import { RedisUnavailableError } from '../cluster/redis';
import { handleArticleRequest, MAX_BODY_BYTES, type ApiRequest } from './api';
import { signatureHeaders, signBody } from './signature';

const SECRET = 'api-test-secret';
const MARKDOWN = 'text/markdown; charset=utf-8';

/**
 * The replay guard is shared by the whole process (globalThis), so every
 * request here is signed at a time no other request used: a signature is
 * never offered twice unless a test means it to be.
 */
let tick = 0;
const nextNow = () => new Date(Date.UTC(2024, 5, 1, 12, 0, 0) + ++tick * 1000);

/** Records what the API asked of it and answers with `next`. */
class FakeStore implements ContentStore {
  readonly calls: string[] = [];
  next: Outcome = { status: 'created', story: { slug: 'x', section: 'climate' }, paths: [] };
  current(): Snapshot {
    throw new Error('the API never reads the snapshot');
  }
  async body() {
    return undefined;
  }
  draft() {
    return undefined;
  }
  due() {
    return false;
  }
  async refresh() {}
  async publish(slug: string, source: string): Promise<Outcome> {
    this.calls.push(`publish ${slug} ${source}`);
    return this.next;
  }
  async takeDown(slug: string): Promise<Outcome> {
    this.calls.push(`takeDown ${slug}`);
    return this.next;
  }
  async release(): Promise<Outcome | undefined> {
    throw new Error('the API never releases');
  }
}

interface Options {
  readonly method?: ApiRequest['method'];
  readonly slug?: string;
  readonly body?: Buffer | string | 'too-large';
  readonly contentType?: string | null;
  readonly secret?: string | undefined;
  /** Signs with this secret instead of the server's */
  readonly signWith?: string;
  /** Signs at this time; the server's clock is `now` */
  readonly signedAt?: Date;
  readonly now?: Date;
  readonly headers?: Record<string, string>;
}

/** A signed request as `npm run publish` sends it, with any one part spoiled by `options`. */
function request(options: Options = {}): ApiRequest {
  const now = options.now ?? nextNow();
  const raw = options.body ?? `story ${tick}`;
  const body = raw === 'too-large' ? raw : Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
  const signed = body === 'too-large' ? {} : signatureHeaders(options.signWith ?? SECRET, body, options.signedAt ?? now);
  const contentType = options.contentType === undefined ? MARKDOWN : options.contentType;
  const headers = new Headers({ ...signed, ...(contentType === null ? {} : { 'content-type': contentType }), ...options.headers });
  return { method: options.method ?? 'PUT', slug: options.slug ?? 'glacier-lakes-grow', headers, body, secret: 'secret' in options ? options.secret : SECRET, now };
}

const errorOf = (json: unknown): string => (json as { error: string }).error;

describe('handleArticleRequest: refusals', () => {
  it('answers 503 when the server has no secret, and touches nothing', async () => {
    const store = new FakeStore();
    for (const secret of [undefined, '']) {
      const response = await handleArticleRequest(request({ secret }), store);
      expect(response.status).toBe(503);
      expect(errorOf(response.json)).toMatch(/LEDE_PUBLISH_SECRET/);
      expect(response.paths).toEqual([]);
    }
    expect(store.calls).toEqual([]);
  });

  it('answers 413 for a body over the limit, before looking at anything else', async () => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request({ body: 'too-large', slug: 'Not A Slug' }), store);
    expect(response).toEqual({ status: 413, json: { error: `The body is over ${MAX_BODY_BYTES} bytes.` }, paths: [] });
    expect(store.calls).toEqual([]);
  });

  it.each(['Glacier-Lakes', 'glacier_lakes', 'glacier--lakes', '-glacier', '', 'api', 'feed', 'opengraph-image', 'a'.repeat(201)])('answers 400 for the slug %j', async (slug) => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request({ slug }), store);
    expect(response.status).toBe(400);
    expect(errorOf(response.json)).toMatch(/slug/);
    expect(store.calls).toEqual([]);
  });

  it('answers 401 for a missing or wrong signature', async () => {
    const store = new FakeStore();
    const unsigned = request();
    unsigned.headers.delete('x-lede-signature');
    expect((await handleArticleRequest(unsigned, store)).status).toBe(401);
    const other = await handleArticleRequest(request({ signWith: 'another-secret' }), store);
    expect(other.status).toBe(401);
    expect(errorOf(other.json)).toMatch(/does not match/);
    const tampered = request();
    const forged = { ...tampered, body: Buffer.from('another body') };
    expect((await handleArticleRequest(forged, store)).status).toBe(401);
    expect(store.calls).toEqual([]);
  });

  it('answers 401 for a timestamp outside the window', async () => {
    const store = new FakeStore();
    const now = nextNow();
    const stale = await handleArticleRequest(request({ now, signedAt: new Date(now.getTime() - 301_000) }), store);
    expect(stale.status).toBe(401);
    expect(errorOf(stale.json)).toMatch(/301 s from the server clock/);
    expect(store.calls).toEqual([]);
  });

  it('answers 401 for a signed request sent a second time, and runs it only once', async () => {
    const store = new FakeStore();
    const first = request({ body: 'replayed story' });
    expect((await handleArticleRequest(first, store)).status).toBe(201);
    const again = await handleArticleRequest({ ...first, now: new Date(first.now.getTime() + 2000) }, store);
    expect(again.status).toBe(401);
    expect(errorOf(again.json)).toMatch(/already used/);
    expect(store.calls).toEqual(['publish glacier-lakes-grow replayed story']);
  });

  it('answers 401 for a signature replayed against another slug or method', async () => {
    const store = new FakeStore();
    store.next = { status: 'taken-down', story: { slug: 'heatwave-records', section: 'climate' }, paths: [] };
    const original = request({ method: 'DELETE', slug: 'heatwave-records', body: '', contentType: null });
    expect((await handleArticleRequest(original, store)).status).toBe(200);
    const replayed = await handleArticleRequest({ ...original, slug: 'nato-summit-opens' }, store);
    expect(replayed.status).toBe(401);
    // The same signature in upper case is the same signature.
    const upper = new Headers(original.headers);
    upper.set('x-lede-signature', `sha256=${(original.headers.get('x-lede-signature') ?? '').slice(7).toUpperCase()}`);
    expect((await handleArticleRequest({ ...original, headers: upper }, store)).status).toBe(401);
    expect(store.calls).toEqual(['takeDown heatwave-records']);
  });

  it.each([null, 'text/plain', 'application/json', 'text/markdown; charset=latin1', 'text/markdownx'])('answers 415 for a PUT sent as %j', async (contentType) => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request({ contentType }), store);
    expect(response.status).toBe(415);
    expect(store.calls).toEqual([]);
  });

  it.each(['text/markdown', 'text/markdown; charset=utf-8', 'TEXT/MARKDOWN;charset=UTF-8'])('takes a PUT sent as %j', async (contentType) => {
    expect((await handleArticleRequest(request({ contentType }), new FakeStore())).status).toBe(201);
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request({ body: Buffer.from([0x2d, 0x2d, 0x2d, 0xff, 0xfe, tick]) }), store);
    expect(response.status).toBe(400);
    expect(errorOf(response.json)).toMatch(/UTF-8/);
    expect(store.calls).toEqual([]);
  });

  it('answers 400 for a DELETE whose body is neither empty nor the slug', async () => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request({ method: 'DELETE', slug: 'heatwave-records', body: 'nato-summit-opens' }), store);
    expect(response.status).toBe(400);
    expect(store.calls).toEqual([]);
  });
});

describe('handleArticleRequest: editions', () => {
  it('answers the address of a story in its own edition', async () => {
    const store = new FakeStore();
    store.next = { status: 'created', story: { slug: 'kabul-lakes', section: 'climate', lang: 'fa-AF' }, paths: [] };
    expect((await handleArticleRequest(request(), store)).json).toMatchObject({ url: '/fa-af/climate/kabul-lakes' });
  });
});

describe('handleArticleRequest: the shared store unreachable', () => {
  const down = new RedisUnavailableError('redis://127.0.0.1:6390', new Error('connect ECONNREFUSED'));

  it('answers 503 naming Redis when the replay guard cannot reach it, before anything is written', async () => {
    const store = new FakeStore();
    const response = await handleArticleRequest(request(), store, { firstUse: () => Promise.reject(down) });
    expect(response.status).toBe(503);
    expect(errorOf(response.json)).toMatch(/nothing was published or taken down: Redis at redis:\/\/127\.0\.0\.1:6390 cannot be reached/);
    expect(response.paths).toEqual([]);
    expect(store.calls).toEqual([]);
  });

  it('answers 503 when the store cannot commit, and expires nothing', async () => {
    const store = new FakeStore();
    store.takeDown = () => Promise.reject(down);
    const response = await handleArticleRequest(request({ method: 'DELETE', body: '' }), store);
    expect(response.status).toBe(503);
    expect(response.paths).toEqual([]);
  });

  it('knows the error by its name, since another bundle of the connection throws another copy of the class', async () => {
    const store = new FakeStore();
    const fromAnotherBundle = Object.assign(new Error('Redis at redis://10.0.0.5:6379 cannot be reached (not connected).'), { name: 'RedisUnavailableError' });
    store.publish = () => Promise.reject(fromAnotherBundle);
    expect((await handleArticleRequest(request(), store)).status).toBe(503);
  });

  it('lets any other failure through as the bug it is', async () => {
    const store = new FakeStore();
    store.publish = () => Promise.reject(new TypeError('a bug'));
    await expect(handleArticleRequest(request(), store)).rejects.toThrow('a bug');
  });
});

describe('handleArticleRequest: answers', () => {
  it('answers 422 with each content error split into its parts', async () => {
    const store = new FakeStore();
    store.next = {
      status: 'invalid',
      errors: [
        new ContentError({ file: 'content/articles/glacier-lakes-grow.mdx', line: 7, field: 'section', expected: 'one of the sections', found: '"gossip"' }),
        new ContentError({ file: 'content/articles/glacier-lakes-grow.mdx', line: 2, field: 'title', expected: 'a non-empty text', found: '""' }),
      ],
    };
    const response = await handleArticleRequest(request(), store);
    expect(response).toEqual({
      status: 422,
      json: {
        errors: [
          { file: 'content/articles/glacier-lakes-grow.mdx', line: 7, field: 'section', message: 'expected one of the sections, found "gossip"' },
          { file: 'content/articles/glacier-lakes-grow.mdx', line: 2, field: 'title', message: 'expected a non-empty text, found ""' },
        ],
      },
      paths: [],
    });
  });

  it.each([
    ['created', 201],
    ['updated', 200],
    ['unchanged', 200],
  ] as const)('answers a PUT the store %s with %i, the story and its address, and the store’s paths', async (status, code) => {
    const store = new FakeStore();
    const paths = ['/', '/science', `/science/glacier-lakes-grow-${status}`];
    store.next = { status, story: { slug: 'glacier-lakes-grow', section: 'science' }, paths };
    const req = request();
    const response = await handleArticleRequest(req, store);
    expect(response.status).toBe(code);
    expect(response.json).toEqual({ slug: 'glacier-lakes-grow', status, url: '/science/glacier-lakes-grow' });
    expect(response.paths).toBe(paths);
    expect(store.calls).toEqual([`publish glacier-lakes-grow ${req.body.toString()}`]);
  });

  it('answers a draft with 202 and expires nothing', async () => {
    const store = new FakeStore();
    store.next = { status: 'draft-saved', story: { slug: 'glacier-lakes-grow', section: 'climate' }, paths: ['/should-not-expire'] };
    const response = await handleArticleRequest(request(), store);
    expect(response).toEqual({ status: 202, json: { slug: 'glacier-lakes-grow', status: 'draft-saved', url: '/climate/glacier-lakes-grow' }, paths: [] });
  });

  it.each(['', 'heatwave-records'])('takes a story down on a DELETE with the body %j', async (body) => {
    const store = new FakeStore();
    const paths = ['/climate', `/climate/heatwave-records-${body.length}`];
    store.next = { status: 'taken-down', story: { slug: 'heatwave-records', section: 'climate' }, paths };
    // No Content-Type: a DELETE is not checked for one.
    const response = await handleArticleRequest(request({ method: 'DELETE', slug: 'heatwave-records', body, contentType: null }), store);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ slug: 'heatwave-records', status: 'taken-down', url: '/climate/heatwave-records' });
    expect(response.paths).toBe(paths);
    expect(store.calls).toEqual(['takeDown heatwave-records']);
  });

  it('answers a second DELETE 200 taken-down, and a DELETE of an unknown story 404', async () => {
    const store = new FakeStore();
    store.next = { status: 'already-gone', story: { slug: 'heatwave-records', section: 'climate' }, paths: [] };
    const again = await handleArticleRequest(request({ method: 'DELETE', slug: 'heatwave-records', body: '' }), store);
    expect(again).toEqual({ status: 200, json: { slug: 'heatwave-records', status: 'taken-down', url: '/climate/heatwave-records' }, paths: [] });
    store.next = { status: 'not-found' };
    const missing = await handleArticleRequest(request({ method: 'DELETE', slug: 'no-such-story', body: '' }), store);
    expect(missing.status).toBe(404);
    expect(missing.paths).toEqual([]);
  });
});

describe('handleArticleRequest with the disk store', () => {
  const NOW = new Date('2024-06-01T12:00:00.000Z');
  let site: TempSite;
  beforeAll(async () => {
    site = await createTempSite([], NOW);
  });
  afterAll(() => site.remove());

  /** Signed at the store's own clock plus a second per request, so the replay guard sees a fresh signature. */
  const at = (n: number) => new Date(Date.UTC(2024, 5, 1, 13, 0, n));

  it('publishes, answers unchanged, refuses a broken file with 422, and takes the story down', async () => {
    const store = site.open();
    const mdx = liveStoryMdx('glacier-lakes-grow', { published: new Date(NOW.getTime() - 60_000) });

    const created = await handleArticleRequest(request({ body: mdx, now: at(1) }), store);
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ slug: 'glacier-lakes-grow', status: 'created', url: '/climate/glacier-lakes-grow' });
    expect(created.paths).toEqual(expect.arrayContaining(['/', '/climate', '/climate/glacier-lakes-grow', '/topics/glaciers']));
    expect(store.current().bySlug.has('glacier-lakes-grow')).toBe(true);

    const same = await handleArticleRequest(request({ body: mdx, now: at(2) }), store);
    expect(same).toEqual({ status: 200, json: { slug: 'glacier-lakes-grow', status: 'unchanged', url: '/climate/glacier-lakes-grow' }, paths: [] });

    const broken = await handleArticleRequest(request({ body: mdx.replace('section: climate', 'section: gossip'), now: at(3) }), store);
    expect(broken.status).toBe(422);
    expect(broken.json).toEqual({ errors: [{ file: 'content/articles/glacier-lakes-grow.mdx', line: 5, field: 'section', message: expect.stringMatching(/^expected one of the sections: .*, found "gossip"$/) }] });

    const down = await handleArticleRequest(request({ method: 'DELETE', body: 'glacier-lakes-grow', contentType: null, now: at(4) }), store);
    expect(down.status).toBe(200);
    expect(down.json).toEqual({ slug: 'glacier-lakes-grow', status: 'taken-down', url: '/climate/glacier-lakes-grow' });
    expect(down.paths).toContain('/climate/glacier-lakes-grow');
    expect(store.current().gone.has('glacier-lakes-grow')).toBe(true);
  });

  it('signs exactly the bytes it checks: a body re-encoded in transit is refused', async () => {
    const store = site.open();
    const now = at(10);
    const body = Buffer.from('é', 'utf8');
    const headers = new Headers({ 'content-type': MARKDOWN, 'x-lede-timestamp': String(Math.floor(now.getTime() / 1000)), 'x-lede-signature': signBody(SECRET, Math.floor(now.getTime() / 1000), Buffer.from('é', 'latin1')) });
    const response = await handleArticleRequest({ method: 'PUT', slug: 'accent-story', headers, body, secret: SECRET, now }, store);
    expect(response.status).toBe(401);
  });
});
