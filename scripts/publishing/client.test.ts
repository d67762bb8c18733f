import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../lib/publishing/signature';
import { configFromEnv, describeAnswer, printable, publishFile, runEach, slugFromArgument, slugFromFile, unpublishSlug, type ClientOptions, type Outcome } from './client';

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}
interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Record<string, string>;
}

const SECRET = 'client-test-secret';
const NOW = new Date('2024-06-01T10:00:00Z');
const ARTICLE = '---\ntitle: Café prices in Zürich — ein Überblick\n---\n\nGrüße, 東京 ✓\n';

let server: Server;
let baseUrl: string;
let folder: string;
let received: Received[];
let reply: Reply;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'lede-publish-'));
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

beforeEach(() => {
  received = [];
  reply = { status: 200, body: '{}' };
});

const options = (): ClientOptions => ({ baseUrl, secret: SECRET, now: () => NOW });
const article = async (name: string, text = ARTICLE): Promise<string> => {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
};
const header = (request: Received | undefined, name: string): string | null => {
  const value = request?.headers[name];
  return typeof value === 'string' ? value : null;
};

describe('publishFile', () => {
  it('PUTs the raw file bytes to /api/articles/<slug>, signed so the server verifies them', async () => {
    reply = { status: 201, body: JSON.stringify({ slug: 'café-zürich', status: 'created', url: '/economy/café-zürich' }) };
    const outcome = await publishFile(await article('café-zürich.mdx'), options());

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('/api/articles/caf%C3%A9-z%C3%BCrich');
    expect(header(request, 'content-type')).toBe('text/markdown; charset=utf-8');
    expect(header(request, 'x-lede-timestamp')).toBe(String(NOW.getTime() / 1000));
    expect(header(request, 'x-lede-signature')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(request?.body.equals(Buffer.from(ARTICLE, 'utf8'))).toBe(true);
    const check = verifySignature({
      secret: SECRET,
      timestampHeader: header(request, 'x-lede-timestamp'),
      signatureHeader: header(request, 'x-lede-signature'),
      body: request?.body ?? Buffer.alloc(0),
      now: NOW,
    });
    expect(check).toEqual({ ok: true });
    expect(outcome).toEqual({ ok: true, out: [`published economy/café-zürich (201 created) → ${baseUrl}/economy/café-zürich`], err: [] });
  });

  it('sends bytes that are not valid UTF-8 unchanged', async () => {
    const bytes = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]);
    const file = path.join(folder, 'latin1.mdx');
    await writeFile(file, bytes);
    await publishFile(file, options());
    expect(received[0]?.body.equals(bytes)).toBe(true);
  });

  it('says "updated" and "unchanged" for a 200', async () => {
    const file = await article('nato.mdx');
    reply = { status: 200, body: JSON.stringify({ slug: 'nato', status: 'updated', url: '/world/nato' }) };
    expect((await publishFile(file, options())).out).toEqual([`updated world/nato (200) → ${baseUrl}/world/nato`]);
    reply = { status: 200, body: JSON.stringify({ slug: 'nato', status: 'unchanged', url: '/world/nato' }) };
    expect((await publishFile(file, options())).out).toEqual([`unchanged world/nato (200) → ${baseUrl}/world/nato`]);
  });

  it('lists each content error of a 422 as file:line  field  message on stderr', async () => {
    reply = {
      status: 422,
      body: JSON.stringify({
        errors: [
          { file: 'content/articles/nato.mdx', line: 3, field: 'title', message: 'expected at most 200 characters' },
          { file: 'content/articles/nato.mdx', line: 9, field: 'section', message: 'expected one of the sections' },
        ],
      }),
    };
    const outcome = await publishFile(await article('nato.mdx'), options());
    expect(outcome).toEqual({
      ok: false,
      out: [],
      err: [
        'nato: not published (422 Unprocessable Entity):',
        'content/articles/nato.mdx:3  title  expected at most 200 characters',
        'content/articles/nato.mdx:9  section  expected one of the sections',
      ],
    });
  });

  it.each([
    [401, 'X-Lede-Timestamp is 412 s from the server clock; the limit is 300 s.', '401 Unauthorized'],
    [503, 'Publishing is not configured on this server.', '503 Service Unavailable'],
    [413, 'The article is larger than 1 MB.', '413 Payload Too Large'],
  ])('prints the status and message of a %i', async (status, message, statusText) => {
    reply = { status, body: JSON.stringify({ error: message }) };
    const outcome = await publishFile(await article('nato.mdx'), options());
    expect(outcome).toEqual({ ok: false, out: [], err: [`nato: not published (${statusText}): ${message}`] });
  });

  it('prints the status and raw text of an answer it does not know', async () => {
    reply = { status: 502, body: '<html><body>Bad gateway</body></html>', headers: { 'Content-Type': 'text/html' } };
    expect((await publishFile(await article('nato.mdx'), options())).err).toEqual(['nato: not published (502 Bad Gateway): <html><body>Bad gateway</body></html>']);
  });

  it('does not count a 200 that is not the API answering as a success', async () => {
    reply = { status: 200, body: '<!doctype html><title>Some other site</title>', headers: { 'Content-Type': 'text/html' } };
    const outcome = await publishFile(await article('nato.mdx'), options());
    expect(outcome.ok).toBe(false);
    expect(outcome.err[0]).toMatch(/^nato: the server answered 200 OK but not as the publishing API does; is LEDE_URL .* a Lede site\?/);
  });

  it('does not follow a redirect with the signed request', async () => {
    reply = { status: 308, body: '', headers: { Location: 'https://elsewhere.example/api/articles/nato' } };
    const outcome = await publishFile(await article('nato.mdx'), options());
    expect(received).toHaveLength(1);
    expect(outcome.err).toEqual(["nato: not published (308 Permanent Redirect): the server redirects to https://elsewhere.example/api/articles/nato; set LEDE_URL to the site's own origin."]);
  });

  it('sends nothing for a missing file, and names it', async () => {
    const missing = path.join(folder, 'nope.mdx');
    expect(await publishFile(missing, options())).toEqual({ ok: false, out: [], err: [`${missing}: no such file; nothing sent.`] });
    expect(await publishFile(path.join(folder, 'notes.txt'), options())).toMatchObject({ ok: false, err: [expect.stringMatching(/not an \.mdx article file/)] });
    expect(received).toHaveLength(0);
  });

  it('names LEDE_URL when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await publishFile(await article('nato.mdx'), { ...options(), baseUrl: deadUrl });
    expect(outcome.ok).toBe(false);
    expect(outcome.err[0]).toMatch(new RegExp(`^nato: could not reach LEDE_URL \\(${deadUrl}\\): .*ECONNREFUSED.*Is the site running there\\?$`));
  });

  it('gives up on a server that does not answer', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const outcome = await publishFile(await article('nato.mdx'), { ...options(), fetch: never, timeoutMs: 20 });
    expect(outcome.err).toEqual([`nato: no answer from LEDE_URL (${baseUrl}) within 0.02 s.`]);
  });
});

describe('unpublishSlug', () => {
  it('DELETEs /api/articles/<slug> with the slug as the signed body, so the signature names the story', async () => {
    reply = { status: 200, body: JSON.stringify({ slug: 'nato', status: 'taken-down', url: '/world/nato' }) };
    const outcome = await unpublishSlug('nato', options());
    const [request] = received;
    expect(request?.method).toBe('DELETE');
    expect(request?.url).toBe('/api/articles/nato');
    expect(request?.body.toString()).toBe('nato');
    expect(header(request, 'content-type')).toBe('text/plain; charset=utf-8');
    const check = verifySignature({
      secret: SECRET,
      timestampHeader: header(request, 'x-lede-timestamp'),
      signatureHeader: header(request, 'x-lede-signature'),
      body: Buffer.from('nato'),
      now: NOW,
    });
    expect(check).toEqual({ ok: true });
    expect(outcome).toEqual({ ok: true, out: ['taken down world/nato (200)'], err: [] });
  });

  it('prints a 404 as not taken down', async () => {
    reply = { status: 404, body: JSON.stringify({ error: 'No article is published at this slug.' }) };
    expect((await unpublishSlug('world/gone', options())).err).toEqual(['gone: not taken down (404 Not Found): No article is published at this slug.']);
    expect(received[0]?.url).toBe('/api/articles/gone');
  });
});

describe('slugs from arguments', () => {
  it('takes the file name without .mdx', () => {
    expect(slugFromFile('content/articles/nato-allies.mdx')).toBe('nato-allies');
    expect(slugFromFile('nato-allies.md')).toBeNull();
    expect(slugFromFile('content/.mdx')).toBeNull();
  });

  it('takes a slug as printed by publish, as a URL or as a file', () => {
    for (const argument of ['nato', 'world/nato', 'https://news.example/world/nato/', 'content/articles/nato.mdx']) expect(slugFromArgument(argument)).toBe('nato');
  });
});

describe('configFromEnv', () => {
  it('needs LEDE_PUBLISH_SECRET and names it', () => {
    for (const secret of [undefined, '', '  ']) {
      expect(configFromEnv({ LEDE_PUBLISH_SECRET: secret })).toEqual({ ok: false, message: expect.stringMatching(/^LEDE_PUBLISH_SECRET is not set/) });
    }
  });

  it('defaults LEDE_URL to localhost:3000 and strips trailing slashes', () => {
    expect(configFromEnv({ LEDE_PUBLISH_SECRET: 's' })).toEqual({ ok: true, baseUrl: 'http://localhost:3000', secret: 's' });
    expect(configFromEnv({ LEDE_PUBLISH_SECRET: 's', LEDE_URL: 'https://news.example//' })).toMatchObject({ baseUrl: 'https://news.example' });
  });

  it('refuses a LEDE_URL that is not an http(s) address', () => {
    for (const url of ['news.example', 'ftp://news.example']) expect(configFromEnv({ LEDE_PUBLISH_SECRET: 's', LEDE_URL: url })).toMatchObject({ ok: false, message: expect.stringMatching(/^LEDE_URL/) });
  });
});

describe('printing', () => {
  it('keeps escape sequences in server text away from the terminal', () => {
    expect(printable('bad\u001b[2J\u001b]0;owned\u0007 title\n\u202eevil')).toBe('bad [2J ]0;owned  title evil');
  });

  it('shows a field error without a line', () => {
    const outcome = describeAnswer({ action: 'publish', slug: 'x', status: 422, text: JSON.stringify({ errors: [{ file: 'content/articles/x.mdx', message: 'not valid YAML' }] }), location: null, baseUrl: 'http://h' });
    expect(outcome.err).toEqual(['x: not published (422 Unprocessable Entity):', 'content/articles/x.mdx  not valid YAML']);
  });

  it('exits 0 only when every item succeeded, and still runs the rest after a failure', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const act = (item: string): Promise<Outcome> => Promise.resolve(item === 'bad' ? { ok: false, out: [], err: [item] } : { ok: true, out: [item], err: [] });
    expect(await runEach(['a', 'bad', 'c'], act, { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(1);
    expect([out, err]).toEqual([['a', 'c'], ['bad']]);
    expect(await runEach(['a', 'c'], act, { out: () => undefined, err: () => undefined })).toBe(0);
  });
});
