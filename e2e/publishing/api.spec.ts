import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadSingleSource } from '../../lib/content/load';
import { errorBody } from '../../lib/publishing/api';
import { signatureHeaders } from '../../lib/publishing/signature';
import { startExtraServer } from '../support/extra-server';
import { deleteStory, putStory, read } from '../support/publishing-api';
import { extraPorts, publishingOrigin, publishingSecret } from '../support/publishing-server';
import { storyMdx, uniqueSlug } from '../support/stories';

/**
 * The publishing API refuses what it must, with nothing changed: unsigned,
 * stale or replayed requests, oversized bodies, bad slugs, and content that
 * `npm run content:check` would refuse, with the same errors.
 */
const badFixtures = path.join(process.cwd(), 'fixtures', 'content', 'bad', 'articles');

async function expectNotPublished(slug: string, section = 'climate'): Promise<void> {
  expect((await read(`/${section}/${slug}`)).status).toBe(404);
  expect((await read('/sitemaps/0.xml')).text.includes(slug), `sitemap lists ${slug}`).toBe(false);
}

test('a request without a signature, or signed with another key, is refused with 401', async () => {
  const { slug, mdx } = storyMdx();
  const unsigned = await fetch(`${publishingOrigin}/api/articles/${slug}`, { method: 'PUT', body: mdx, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  expect(unsigned.status).toBe(401);
  const wrongKey = await putStory(slug, mdx, { secret: 'another-secret-that-is-long-enough-1234567' });
  expect(wrongKey.status).toBe(401);
  expect(JSON.stringify(wrongKey.json)).not.toContain(publishingSecret);
  expect((await deleteStory('nato-allies-begin-afghanistan-withdrawal', { secret: 'another-secret-that-is-long-enough-1234567' })).status).toBe(401);
  expect((await read('/world/nato-allies-begin-afghanistan-withdrawal')).status).toBe(200);
  await expectNotPublished(slug);
});

test('a timestamp more than 300 s from the server clock is refused, however well signed', async () => {
  const { slug, mdx } = storyMdx();
  for (const skew of [-301_000, 301_000]) {
    const answer = await putStory(slug, mdx, { now: new Date(Date.now() + skew) });
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.json)).toMatch(/300 s/);
  }
  await expectNotPublished(slug);
});

test('a signature works once: a replayed request is refused', async () => {
  const { slug, mdx } = storyMdx();
  const headers = { 'Content-Type': 'text/markdown; charset=utf-8', ...signatureHeaders(publishingSecret, mdx, new Date()) };
  const send = () => fetch(`${publishingOrigin}/api/articles/${slug}`, { method: 'PUT', body: mdx, headers });
  expect((await send()).status).toBe(201);
  expect((await send()).status).toBe(401);
  // The same signed empty body must not take down another story either.
  const deleteHeaders = signatureHeaders(publishingSecret, '', new Date());
  expect((await fetch(`${publishingOrigin}/api/articles/${slug}`, { method: 'DELETE', headers: deleteHeaders })).status).toBe(200);
  expect((await fetch(`${publishingOrigin}/api/articles/nato-allies-begin-afghanistan-withdrawal`, { method: 'DELETE', headers: deleteHeaders })).status).toBe(401);
  // A takedown signed over another story's slug is refused.
  const otherSlug = 'nato-allies-begin-afghanistan-withdrawal';
  const named = signatureHeaders(publishingSecret, slug, new Date());
  expect((await fetch(`${publishingOrigin}/api/articles/${otherSlug}`, { method: 'DELETE', body: slug, headers: named })).status).toBe(400);
  expect((await read('/world/nato-allies-begin-afghanistan-withdrawal')).status).toBe(200);
});

test('the secret is never taken from the query string', async () => {
  const { slug, mdx } = storyMdx();
  const response = await fetch(`${publishingOrigin}/api/articles/${slug}?secret=${publishingSecret}`, { method: 'PUT', body: mdx, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
  expect(response.status).toBe(400);
  await expectNotPublished(slug);
});

test('a body over 1 MB, a slug that is not a slug, and a body that is not MDX text are refused', async () => {
  const { slug, mdx } = storyMdx({ body: 'x'.repeat(1024 * 1024) });
  expect((await putStory(slug, mdx)).status).toBe(413);
  await expectNotPublished(slug);
  for (const bad of ['Not_A_Slug', 'api', 'a--b', 'x'.repeat(121)]) expect((await putStory(bad, storyMdx().mdx)).status).toBe(400);
  expect((await putStory(uniqueSlug('binary'), Buffer.from([0xff, 0xfe, 0x00]))).status).toBe(400);
  expect((await putStory(uniqueSlug('typed'), storyMdx().mdx, { headers: { 'Content-Type': 'application/json' } })).status).toBe(415);
});

test('invalid and hostile MDX get 422 with the errors content:check gives, and nothing is published', async () => {
  for (const fixture of ['body-script.mdx', 'frontmatter-tags.mdx', 'frontmatter-alias-bomb.mdx', 'frontmatter-everything-wrong.mdx']) {
    const slug = uniqueSlug('hostile');
    const source = readFileSync(path.join(badFixtures, fixture), 'utf8').replace(/^slug: .*$/m, `slug: ${slug}`);
    const answer = await putStory(slug, source);
    expect(answer.status, fixture).toBe(422);
    const expected = await loadSingleSource({ slug, source, file: `content/articles/${slug}.mdx`, knownSlugs: new Set(), publicDir: path.join(process.cwd(), 'public') });
    expect(expected.errors.length, fixture).toBeGreaterThan(0);
    expect(answer.json, fixture).toEqual(errorBody(expected.errors));
    await expectNotPublished(slug);
  }
});

test('a story that does not exist cannot be taken down', async () => {
  expect((await deleteStory(uniqueSlug('never-published'))).status).toBe(404);
});

test('with no secret configured the API refuses everything with 503 and says why', async () => {
  const server = await startExtraServer(extraPorts.noSecret, {});
  try {
    const { slug, mdx } = storyMdx();
    const answer = await putStory(slug, mdx, { origin: server.origin });
    expect(answer.status).toBe(503);
    expect(JSON.stringify(answer.json)).toContain('LEDE_PUBLISH_SECRET');
    expect((await deleteStory('nato-allies-begin-afghanistan-withdrawal', { origin: server.origin })).status).toBe(503);
    expect((await read('/world/nato-allies-begin-afghanistan-withdrawal', server.origin)).status).toBe(200);
  } finally {
    await server.stop();
  }
});
