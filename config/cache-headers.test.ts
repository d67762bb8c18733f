import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DRAFT_MODE_COOKIE } from '../lib/publishing/preview';

/**
 * cache-headers.js is CommonJS (next.config.js requires it). Its rules are
 * matched here the way `next start` matches them (server/lib/router-utils:
 * getPathMatch with the same options, then matchHas for `has`), applied in
 * order, a later rule replacing an earlier one's header.
 */
interface Rule {
  readonly source: string;
  readonly has?: readonly { type: 'cookie'; key: string }[];
  readonly headers: readonly { key: string; value: string }[];
}
type PathMatch = (pathname: string) => Record<string, unknown> | false;
type MatchHas = (req: { headers: Record<string, string> }, query: Record<string, string>, has: Rule['has']) => Record<string, unknown> | false;

const require = createRequire(__filename);
const { cacheRules, cachePolicies, draftModeCookie } = require('./cache-headers.js') as {
  cacheRules: readonly Rule[];
  cachePolicies: { article: string; front: string; publicImage: string; privateNoStore: string };
  draftModeCookie: string;
};
const { getPathMatch } = require('next/dist/shared/lib/router/utils/path-match') as {
  getPathMatch: (source: string, options: { strict: boolean; removeUnnamedParams: boolean; regexModifier: (regex: string) => string }) => PathMatch;
};
const { modifyRouteRegex } = require('next/dist/lib/redirect-status') as { modifyRouteRegex: (regex: string) => string };
const { matchHas } = require('next/dist/shared/lib/router/utils/prepare-destination') as { matchHas: MatchHas };

const matchers = cacheRules.map((rule) => ({
  rule,
  match: getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (regex) => modifyRouteRegex(regex) }),
}));

/** The value of header `key` the rules give `pathname`, for a request with these cookies. */
function headerFor(key: string, pathname: string, cookie = ''): string | undefined {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const request = { headers };
  let value: string | undefined;
  for (const { rule, match } of matchers) {
    if (!match(pathname)) continue;
    if (rule.has && !matchHas(request, {}, rule.has)) continue;
    value = rule.headers.find((header) => header.key === key)?.value ?? value;
  }
  return value;
}

const cacheControlFor = (pathname: string, cookie = '') => headerFor('Cache-Control', pathname, cookie);
/** nginx streams a response that says `X-Accel-Buffering: no` instead of buffering (and maybe caching) it. */
const bufferingFor = (pathname: string, cookie = '') => headerFor('X-Accel-Buffering', pathname, cookie);

const editor = `${DRAFT_MODE_COOKIE}=0123abcd; theme=dark`;

describe('cache rules for readers', () => {
  it.each(['/world/nato-allies-begin-afghanistan-withdrawal', '/feed.xml', '/world/feed.xml', '/sitemap.xml', '/world/x/opengraph-image', '/_lede/not/a/page'])(
    '%s is cached as an article',
    (pathname) => expect(cacheControlFor(pathname)).toBe(cachePolicies.article),
  );

  it.each(['/', '/world', '/world/page/2', '/topics/nato', '/topics/nato/page/3'])('the front %s is cached for a shorter time', (pathname) =>
    expect(cacheControlFor(pathname)).toBe(cachePolicies.front),
  );

  it('public pictures are cached for hours', () => expect(cacheControlFor('/images/articles/a.jpg')).toBe(cachePolicies.publicImage));

  it('leaves /_next/ to Next', () => expect(cacheControlFor('/_next/static/chunks/app.js')).toBeUndefined());

  it.each(['/api/preview', '/api/preview/exit', '/api/articles/some-story', '/api/schedule'])('the API answer at %s is private and never stored', (pathname) =>
    expect(cacheControlFor(pathname)).toBe(cachePolicies.privateNoStore),
  );

  it.each(['/api/preview', '/api/articles/some-story'])('the API answer at %s streams through nginx unbuffered', (pathname) => expect(bufferingFor(pathname)).toBe('no'));

  it.each(['/world/nato-allies-begin-afghanistan-withdrawal', '/', '/feed.xml', '/images/articles/a.jpg'])('the public %s is left to nginx to buffer and cache', (pathname) =>
    expect(bufferingFor(pathname)).toBeUndefined(),
  );
});

describe('cache rules with the Draft Mode cookie', () => {
  it('names the cookie Next sets', () => expect(draftModeCookie).toBe(DRAFT_MODE_COOKIE));

  it.each(['/world/nato-allies-begin-afghanistan-withdrawal', '/world/a-new-draft', '/', '/world', '/topics/nato/page/3', '/feed.xml', '/images/articles/a.jpg', '/api/preview'])(
    'makes %s private and never stored',
    (pathname) => expect(cacheControlFor(pathname, editor)).toBe(cachePolicies.privateNoStore),
  );

  it.each(['/world/a-new-draft', '/', '/api/preview'])('streams %s through nginx unbuffered', (pathname) => expect(bufferingFor(pathname, editor)).toBe('no'));

  it('still leaves /_next/ to Next', () => {
    expect(cacheControlFor('/_next/static/chunks/app.js', editor)).toBeUndefined();
    expect(bufferingFor('/_next/static/chunks/app.js', editor)).toBeUndefined();
  });

  it('is not set off by other cookies, or by the name inside another cookie', () => {
    expect(cacheControlFor('/world/x', 'theme=dark')).toBe(cachePolicies.article);
    expect(cacheControlFor('/world/x', `not${DRAFT_MODE_COOKIE}=1`)).toBe(cachePolicies.article);
    expect(cacheControlFor('/world', `x=${DRAFT_MODE_COOKIE}`)).toBe(cachePolicies.front);
  });
});
