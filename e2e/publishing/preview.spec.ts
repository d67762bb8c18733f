import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { DRAFT_MODE_COOKIE, previewUrl } from '../../lib/publishing/preview';
import { signatureHeaders } from '../../lib/publishing/signature';
import { publishingOrigin, publishingSecret } from '../support/publishing-server';

/**
 * Editor previews (docs/preview.md) on the publishing server: a draft of a
 * new story and a pending edit of a live one are saved through the API, then
 * seen by a reader (never), by an editor with a signed link (with a banner,
 * noindex and `private, no-store`), and by a reader again (the cache was not
 * touched). The server's store outlives a run, so the new slug and the
 * edited title are unique to it.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- config/cache-headers.js is CommonJS, read by next.config.js
const { cachePolicies } = require('../../config/cache-headers.js') as { cachePolicies: { article: string } };

const run = Date.now().toString(36);
/** A live sample story no other spec edits; its draft record is replaced by each run. */
const liveSlug = 'dune-premieres-venice';
const livePath = `/culture/${liveSlug}`;
const liveSource = readFileSync(path.join('content', 'articles', `${liveSlug}.mdx`), 'utf8');
const liveTitle = /^title: (.*)$/m.exec(liveSource)?.[1] ?? '';
const newSlug = `preview-check-${run}`;
const newPath = `/culture/${newSlug}`;
const newTitle = `A story nobody has read yet (${run})`;
const editedTitle = `Dune reaches Venice: the corrected headline (${run})`;

/** The sample story with another title, saved as a draft. */
function draftOf(title: string): string {
  return liveSource.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`).replace(/^---\n/, '---\ndraft: true\n');
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const url = (pathname: string) => `${publishingOrigin}${pathname}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  expect(liveTitle).not.toBe('');
  for (const [slug, title] of [
    [newSlug, newTitle],
    [liveSlug, editedTitle],
  ] as const) {
    const body = draftOf(title);
    const response = await request.put(url(`/api/articles/${slug}`), {
      data: body,
      headers: { 'Content-Type': 'text/markdown; charset=utf-8', ...signatureHeaders(publishingSecret, body, new Date()) },
    });
    expect(response.status(), await response.text()).toBe(202);
    expect(await response.json()).toMatchObject({ slug, status: 'draft-saved' });
  }
});

/** A browser with no cookies: what any reader gets. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

const cacheControl = (response: Response | null) => response?.headers()['cache-control'] ?? '';

async function expectLiveStory(page: Page, response: Response | null): Promise<void> {
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(liveTitle);
  await expect(page.getByText(/^Preview —/)).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /^index, follow/);
  expect(cacheControl(response)).toBe(cachePolicies.article);
  // Served from Next's cache, as `next build` prerendered it: reading draftMode() did not make the route dynamic
  // (a dynamic page never says HIT). Polled, because another spec's publish may have just expired this page.
  await expect.poll(async () => (await page.context().request.get(url(livePath))).headers()['x-nextjs-cache'], { timeout: 15_000 }).toBe('HIT');
}

async function readerSeesOnlyLiveStories(browser: Browser): Promise<void> {
  const { context, page } = await freshPage(browser);
  expect((await page.goto(url(newPath)))?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expectLiveStory(page, await page.goto(url(livePath)));
  await context.close();
}

async function expectPreview(page: Page, response: Response | null, title: string): Promise<void> {
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(title);
  const banner = page.getByRole('region', { name: 'Preview — not published' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Exit preview' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /^noindex, nofollow/);
  expect(cacheControl(response)).toContain('private');
  expect(cacheControl(response)).toContain('no-store');
}

test('a reader never sees a draft or a pending edit', async ({ browser }) => {
  await readerSeesOnlyLiveStories(browser);
});

test('a signed link shows drafts under a banner, noindex and private; readers still get the cached live story', async ({ browser }) => {
  const { context, page } = await freshPage(browser);

  const response = await page.goto(previewUrl(publishingOrigin, publishingSecret, newSlug, inAnHour()));
  expect(page.url()).toBe(url(newPath));
  const redirect = await response?.request().redirectedFrom()?.response();
  expect(redirect?.status()).toBe(303);
  expect(cacheControl(redirect ?? null)).toBe('private, no-store');
  await expectPreview(page, response, newTitle);
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain(DRAFT_MODE_COOKIE);

  const edit = await page.goto(previewUrl(publishingOrigin, publishingSecret, liveSlug, inAnHour()));
  expect(page.url()).toBe(url(livePath));
  await expectPreview(page, edit, editedTitle);

  // Other pages seen with the cookie are private too: nothing of a preview session reaches a shared cache.
  const front = cacheControl(await page.goto(url('/culture')));
  expect(front).toContain('private');
  expect(front).toContain('no-store');

  // The previews above neither replaced nor expired what readers are served.
  await readerSeesOnlyLiveStories(browser);
  await context.close();
});

test('the exit link ends the preview and returns to the live page', async ({ browser }) => {
  const { context, page } = await freshPage(browser);
  await page.goto(previewUrl(publishingOrigin, publishingSecret, liveSlug, inAnHour()));
  await expect(page.locator('h1')).toHaveText(editedTitle);

  const [back] = await Promise.all([page.waitForResponse(url(livePath)), page.getByRole('link', { name: 'Exit preview' }).click()]);
  expect(page.url()).toBe(url(livePath));
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(DRAFT_MODE_COOKIE);
  await expectLiveStory(page, back);
  await context.close();
});

test('the exit link only goes back to this site', async ({ request }) => {
  for (const to of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
    const response = await request.get(url(`/api/preview/exit?to=${encodeURIComponent(to)}`), { maxRedirects: 0 });
    expect(response.status(), to).toBe(303);
    expect(response.headers().location, to).toBe('/');
  }
});

test('a tampered or expired link is refused and turns nothing on', async ({ browser }) => {
  const valid = new URL(previewUrl(publishingOrigin, publishingSecret, newSlug, inAnHour()));
  const token = valid.searchParams.get('token') ?? '';
  const tampered = new URL(valid);
  tampered.searchParams.set('token', `${token.startsWith('0') ? '1' : '0'}${token.slice(1)}`);
  const otherSlug = new URL(valid);
  otherSlug.searchParams.set('slug', liveSlug);
  const expired = previewUrl(publishingOrigin, publishingSecret, newSlug, Math.floor(Date.now() / 1000) - 60);

  for (const link of [tampered.toString(), otherSlug.toString(), expired]) {
    const { context, page } = await freshPage(browser);
    const response = await page.goto(link);
    expect(response?.status(), link).toBe(401);
    expect(cacheControl(response)).toBe('private, no-store');
    expect(await context.cookies()).toEqual([]);
    expect((await page.goto(url(newPath)))?.status()).toBe(404);
    await context.close();
  }
});
