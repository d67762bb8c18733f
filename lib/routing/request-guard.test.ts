import { describe, expect, it } from 'vitest';
import { decodesCleanly, guardRequest, type GuardDecision } from './request-guard';

const guard = (method: string, target: string): GuardDecision => {
  // Parsed as Next hands it to proxy.ts: WHATWG URL keeps the path's percent-encoding as sent.
  const url = new URL(target, 'http://lede.test');
  return guardRequest({ method, pathname: url.pathname, searchParams: url.searchParams });
};
const status = (method: string, target: string) => {
  const decision = guard(method, target);
  return decision.action === 'continue' ? 'continue' : decision.status;
};

describe('guardRequest', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/world/nato-allies-begin-afghanistan-withdrawal'],
    ['HEAD', '/world'],
    ['get', '/feed.xml'],
    ['GET', '/sitemap.xml'],
    ['GET', '/sitemaps/0.xml'],
    ['GET', '/world/caf%C3%A9'],
    ['GET', '/world/%2e%2e/%2e%2e/etc/passwd'],
    ['GET', '/?a=%&b=%zz'],
    ['GET', '/_next/image?url=%2Fimages%2Farticles%2Fnato.jpg&w=640&q=75'],
    ['GET', '/_next/static/chunks/app.js'],
  ])('lets %s %s through to Next', (method, target) => expect(status(method, target)).toBe('continue'));

  it.each(['OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'])('answers %s with 405 and the allowed methods', (method) => {
    for (const target of ['/', '/world', '/_next/static/chunks/app.js', '/images/articles/a.jpg']) {
      expect(guard(method, target)).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    }
  });

  it.each(['/%', '/world/%', '/world/%ff', '/world/%E2%82', '/%zz', '/world/%C0%AE', '/topics/%ED%A0%80'])(
    'answers the malformed encoding %s with 400',
    (target) => expect(status('GET', target)).toBe(400),
  );

  it.each(['/%00', '/world/a%00b', '/images/%00.jpg', '/world/x%0d%0aSet-Cookie:%20a=b', '/world/%7F', '/world/%1b'])(
    'answers the encoded control character in %s with 404',
    (target) => expect(status('GET', target)).toBe(404),
  );

  it.each([
    '/_next/image?url=%2F%25&w=640&q=75',
    '/_next/image?url=/etc/passwd&w=640&q=75',
    '/_next/image?url=/images/../../package.json&w=640&q=75',
    '/_next/image?url=https://evil.example/a.jpg&w=640&q=75',
    '/_next/image?url=//evil.example/a.jpg&w=640&q=75',
    '/_next/image?w=640&q=75',
    '/_next/image?url=/images/a.jpg&url=/images/b.jpg&w=640&q=75',
    '/_next/image?url=/images/a.svg&w=640&q=75',
  ])('refuses the image optimizer request %s with 400', (target) => expect(status('GET', target)).toBe(400));
});

describe('decodesCleanly', () => {
  it.each(['', '/a%20b', '/caf%C3%A9', '%e2%82%ac'])('accepts %j', (value) => expect(decodesCleanly(value)).toBe(true));
  it.each(['%', '%2', '%zz', '%E2%82', '%FF', '%C0%AE'])('rejects %j', (value) => expect(decodesCleanly(value)).toBe(false));
});

describe('the publishing API', () => {
  it('takes PUT and DELETE on /api/articles/{slug} only', () => {
    const at = (method: string, pathname: string) => guardRequest({ method, pathname, searchParams: new URLSearchParams() });
    expect(at('PUT', '/api/articles/a-story')).toEqual({ action: 'continue' });
    expect(at('DELETE', '/api/articles/a-story')).toEqual({ action: 'continue' });
    expect(at('GET', '/api/articles/a-story')).toMatchObject({ status: 405, headers: { Allow: 'PUT, DELETE' } });
    expect(at('PUT', '/world/a-story')).toMatchObject({ status: 405 });
    expect(at('PUT', '/api/articles/a/b')).toMatchObject({ status: 405 });
    expect(at('POST', '/api/schedule')).toEqual({ action: 'continue' });
    expect(at('POST', '/api/articles/a-story')).toMatchObject({ status: 405 });
  });
});

describe('editor previews', () => {
  it('are plain GETs (links an editor opens), and take no other method', () => {
    expect(status('GET', '/api/preview?slug=a-story&expires=1700000000&token=ab')).toBe('continue');
    expect(status('HEAD', '/api/preview?slug=a-story')).toBe('continue');
    expect(status('GET', '/api/preview/exit?to=%2Fworld%2Fa-story')).toBe('continue');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect(guard(method, '/api/preview')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
      expect(guard(method, '/api/preview/exit')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
    }
  });
});
