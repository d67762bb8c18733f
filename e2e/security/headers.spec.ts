import { expect, test, type Page } from '@playwright/test';
import { cardPaths, feedPaths } from '../../lib/seo/paths';
import { paths } from '../../lib/urls';
import { articleBySlug, articles, referenceSlug, routes } from '../support/content';
import { rawRequest, type RawResponse } from './support/raw-http';

/**
 * Every kind of response carries the security headers (config/security-headers.js),
 * and the strict policy does not break the pages: no CSP violation, no
 * console error, images load, the client router still navigates.
 */
const article = articleBySlug(referenceSlug);
const articlePath = paths.article(article);

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

function expectSecurityHeaders(response: RawResponse, what: string, { ownPolicy = false } = {}) {
  const header = (name: string) => {
    const value = response.headers[name];
    expect(value, `${name} on ${what}`).toBeDefined();
    return String(value);
  };
  expect(header('x-content-type-options')).toBe('nosniff');
  expect(header('referrer-policy')).toBe('strict-origin-when-cross-origin');
  const permissions = header('permissions-policy');
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions, what).toMatch(new RegExp(`(?:^|,)\\s*${feature}=\\(\\)`));
  expect(header('x-frame-options')).toBe('DENY');
  expect(Number(/max-age=(\d+)/.exec(header('strict-transport-security'))?.[1])).toBeGreaterThanOrEqual(31_536_000);
  if (ownPolicy) {
    // The image optimizer sends its own, stricter policy: an image opened on its own can run nothing.
    expect(header('content-security-policy')).toBe("script-src 'none'; frame-src 'none'; sandbox;");
    return;
  }
  const csp = directives(header('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, what).toContain("'self'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  // Only the site itself: no host, scheme or wildcard sources.
  expect(scripts.filter((source) => !source.startsWith("'")), what).toEqual([]);
  for (const name of ['object-src', 'base-uri', 'frame-ancestors']) expect(csp.get(name), `${name} on ${what}`).toEqual(["'none'"]);
  for (const [name, sources] of csp) {
    expect(sources.filter((source) => source === '*' || /^(?:https?|data|blob):/.test(source) || source.includes('.')), `${name} on ${what}`).toEqual([]);
  }
}

test.describe('security headers on every kind of response', () => {
  const fixed: readonly [string, string, number][] = [
    ['home page', routes.home, 200],
    ['section front', routes.sections[0]!, 200],
    ['topic front', routes.topics[0]!, 200],
    ['article', articlePath, 200],
    ['404 page', '/world/no-such-story', 404],
    ['site feed', feedPaths.site(), 200],
    ['section feed', feedPaths.section(article.section), 200],
    ['OG card', cardPaths.article(article), 200],
    ['public image', article.image.src, 200],
    ['favicon', '/favicon.ico', 200],
    ['optimized image', `/_next/image?url=${encodeURIComponent(article.image.src)}&w=640&q=75`, 200],
    ['refused method', `OPTIONS ${articlePath}`, 405],
    ['undecodable path', '/world/%E2%82', 400],
  ];
  for (const [what, target, status] of fixed) {
    test(what, async () => {
      const [method, path] = target.includes(' ') ? (target.split(' ') as [string, string]) : ['GET', target];
      const response = await rawRequest({ method, target: path });
      expect(response.status, target).toBe(status);
      expectSecurityHeaders(response, what, { ownPolicy: path.startsWith('/_next/image') });
    });
  }

  test('static JavaScript and CSS', async () => {
    const html = (await rawRequest({ method: 'GET', target: articlePath })).body;
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!))];
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await rawRequest({ method: 'GET', target: asset });
      expect(response.status, asset).toBe(200);
      expectSecurityHeaders(response, asset);
    }
  });
});

/** Collects CSP violations as the page reports them, from the first byte on. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));
  });
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

/** Scrolls through the page so lazy images load, then waits until every image has decoded. */
async function loadEveryImage(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await expect
    .poll(() => page.evaluate(() => [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.currentSrc || image.src)))
    .toEqual([]);
}

test.describe('pages work under the policy', () => {
  for (const [what, path] of [
    ['home page', routes.home],
    ['section front', routes.sections[0]!],
    ['article', articlePath],
  ] as const) {
    test(`${what}: no CSP violation, images load, Next boots`, async ({ page }) => {
      const problems = await watchForViolations(page);
      expect((await page.goto(path))?.status()).toBe(200);
      await loadEveryImage(page);
      expect(await page.locator('img').count()).toBeGreaterThan(0);
      // Next's inline bootstrap ran: the policy let it through.
      expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
      expect(await problems()).toEqual([]);
    });
  }

  test('client-side navigation from the home page to an article', async ({ page }) => {
    const problems = await watchForViolations(page);
    await page.goto(routes.home);
    await page.waitForLoadState('networkidle');
    const target = articles.find((candidate) => candidate.slug !== referenceSlug) ?? article;
    const link = page.locator(`main a[href="${paths.article(target)}"]`).first();
    await link.click();
    await expect(page).toHaveURL(paths.article(target));
    await expect(page.locator('h1')).toHaveText(target.title);
    await loadEveryImage(page);
    expect(await problems()).toEqual([]);
  });
});
