import { expect, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { siteConfig, type SiteConfig } from '../../lib/site-config';
import { e2eOrigin } from '../support/origin';

/**
 * What a link-preview bot does: fetch the raw HTML (no JavaScript runs) and
 * read the tags in its head. The HTML is parsed by Chromium's DOMParser, a
 * real HTML parser that runs no script and loads nothing.
 */

/** Slack's unfurler, one of the bots that reads only the first part of the head. */
export const botUserAgent = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';

/** Link-preview bots drop images over about 300 KB. */
export const cardByteLimit = 300 * 1024;

/** The site as the server under test was built: SITE_URL is the e2e origin (npm test builds it so). */
export const siteUnderTest: SiteConfig = { ...siteConfig, url: e2eOrigin };

export interface HeadTags {
  readonly title: string;
  /** `<meta>` in the head by `property` or `name`, every value in document order */
  readonly meta: Readonly<Record<string, readonly string[]>>;
  readonly links: readonly { rel: string; type: string; href: string; title: string }[];
  /** Open Graph or Twitter tags outside the head, where bots would never see them */
  readonly strayPreviewTags: number;
  /** Text of every `script[type="application/ld+json"]` in the document */
  readonly jsonLd: readonly string[];
}

export async function fetchAsBot(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { headers: { 'user-agent': botUserAgent } });
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('text/html');
  return response.text();
}

export async function readHead(page: Page, html: string): Promise<HeadTags> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const meta: Record<string, string[]> = {};
    for (const element of doc.head.querySelectorAll('meta')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name');
      if (!key) continue;
      (meta[key] ??= []).push(element.getAttribute('content') ?? '');
    }
    return {
      title: doc.head.querySelector('title')?.textContent ?? '',
      meta,
      links: [...doc.head.querySelectorAll('link')].map((link) => ({
        rel: link.getAttribute('rel') ?? '',
        type: link.getAttribute('type') ?? '',
        href: link.getAttribute('href') ?? '',
        title: link.getAttribute('title') ?? '',
      })),
      strayPreviewTags: doc.body.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"], link[rel="canonical"]').length,
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    };
  }, html);
}

/** The single value of a head tag; fails when it is missing or repeated. */
export function one(tags: HeadTags, key: string): string {
  const values = tags.meta[key] ?? [];
  expect(values, `exactly one <meta> ${key}`).toHaveLength(1);
  return values[0] ?? '';
}

export function all(tags: HeadTags, key: string): readonly string[] {
  return tags.meta[key] ?? [];
}

/** An absolute URL on the site's own origin (SITE_URL), never a relative or foreign one. */
export function expectOnSite(url: string, label: string): URL {
  expect(url, label).toMatch(/^https?:\/\//);
  const parsed = new URL(url);
  expect(parsed.origin, label).toBe(e2eOrigin);
  return parsed;
}

export interface FetchedCard {
  readonly bytes: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Fetches a card the way a bot would and decodes every pixel of it: the
 * dimensions come from the decoded image, not from a header that could lie.
 */
export async function fetchCard(request: APIRequestContext, url: string): Promise<FetchedCard> {
  const response = await request.get(url, { headers: { 'user-agent': botUserAgent } });
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('image/png');
  const body = await response.body();
  const decoded = await sharp(body).raw().toBuffer({ resolveWithObject: true });
  expect((await sharp(body).metadata()).format, url).toBe('png');
  return { bytes: body.byteLength, width: decoded.info.width, height: decoded.info.height };
}

/** The checks every card passes: 1200×630 PNG, under the bots' limit. */
export async function expectGoodCard(request: APIRequestContext, url: string): Promise<void> {
  const card = await fetchCard(request, url);
  expect({ width: card.width, height: card.height }, url).toEqual({ width: 1200, height: 630 });
  expect(card.bytes, `${url} is ${card.bytes} bytes`).toBeLessThan(cardByteLimit);
}
