import { expect, test } from '@playwright/test';
import { cardPaths, feedPaths } from '../../lib/seo/paths';
import { paths } from '../../lib/urls';
import { articleBySlug, referenceSlug } from '../support/content';
import { rawRequest } from './support/raw-http';

/**
 * The precise answer to each kind of bad request: 404 for what does not
 * exist, 400 for a path that cannot be decoded, 405 (with Allow) for a method
 * the site does not take, 200 for a real resource with GET or HEAD.
 * The fuzz test checks the same families at volume for "never 5xx".
 */
const article = articleBySlug(referenceSlug);
const page = paths.article(article);
const card = cardPaths.article(article);
const long = 'a'.repeat(2000);

const cases: readonly { method?: string; target: string; status: number; note: string }[] = [
  { target: '/world/no-such-story', status: 404, note: 'unknown slug' },
  { target: `/world/${long}`, status: 404, note: '2,000-character slug' },
  { target: `/${long}/${long}`, status: 404, note: '4,000-character path' },
  { target: '/world/..%2f..%2f..%2fetc%2fpasswd', status: 404, note: 'encoded traversal' },
  { target: '/world/%2e%2e/%2e%2e/%2e%2e/etc/passwd', status: 404, note: 'dot-segment traversal' },
  { target: '/_next/static/..%2f..%2fserver%2fapp%2findex.html', status: 404, note: 'traversal out of static files' },
  { target: '/images/..%2f..%2fpackage.json', status: 404, note: 'traversal out of public/' },
  { target: '/.lede/site/index.json', status: 404, note: 'the content index is not public' },
  { target: '/%00', status: 404, note: 'encoded NUL' },
  { target: '/world/a%00b', status: 404, note: 'encoded NUL inside a slug' },
  { target: '/world/a%0d%0aSet-Cookie:%20x=1', status: 404, note: 'encoded CRLF' },
  { target: '/world/caf%C3%A9', status: 404, note: 'non-ASCII slug' },
  // A request-target must be ASCII; Node's HTTP parser refuses raw bytes before Next sees them.
  { target: '/world/\u00e9t\u00e9', status: 400, note: 'raw non-ASCII bytes' },
  { target: '/%', status: 400, note: 'lone percent sign' },
  { target: '/world/%E2%82', status: 400, note: 'truncated UTF-8 escape' },
  { target: '/world/%C0%AE%C0%AE', status: 400, note: 'overlong UTF-8' },
  { target: `${page}?__proto__[polluted]=1&a=%&b=%zz`, status: 200, note: 'odd query on a real page' },
  { method: 'HEAD', target: page, status: 200, note: 'HEAD on an article' },
  { method: 'HEAD', target: '/world/no-such-story', status: 404, note: 'HEAD on a missing page' },
  { method: 'OPTIONS', target: page, status: 405, note: 'OPTIONS on an article' },
  { method: 'OPTIONS', target: '/', status: 405, note: 'OPTIONS on the home page' },
  { method: 'POST', target: page, status: 405, note: 'POST on a static page' },
  { method: 'DELETE', target: article.image.src, status: 405, note: 'DELETE on a public image' },
  { target: card, status: 200, note: 'OG card of a real article' },
  { method: 'HEAD', target: card, status: 200, note: 'HEAD on an OG card' },
  { method: 'OPTIONS', target: card, status: 405, note: 'OPTIONS on an OG card' },
  { target: '/world/no-such-story/opengraph-image', status: 404, note: 'OG card of a missing article' },
  { target: `${card}/extra`, status: 404, note: 'below an OG card' },
  { target: feedPaths.site(), status: 200, note: 'site feed' },
  { method: 'HEAD', target: feedPaths.site(), status: 200, note: 'HEAD on the feed' },
  { method: 'OPTIONS', target: feedPaths.site(), status: 405, note: 'OPTIONS on the feed' },
  { target: '/weather/feed.xml', status: 404, note: 'feed of an unknown section' },
  { target: `/_next/image?url=${encodeURIComponent(article.image.src)}&w=640&q=75`, status: 200, note: 'optimizer on a real image' },
  { target: '/_next/image?url=%2F%25&w=640&q=75', status: 400, note: 'optimizer url that does not decode' },
  { target: '/_next/image?url=%2Fetc%2Fpasswd&w=640&q=75', status: 400, note: 'optimizer outside /images/' },
  { target: '/_next/image?url=https%3A%2F%2Fevil.example%2Fa.jpg&w=640&q=75', status: 400, note: 'optimizer on a remote URL' },
  { target: `/_next/image?url=${encodeURIComponent(article.image.src)}&w=641&q=75`, status: 400, note: 'optimizer width not configured' },
];

for (const { method = 'GET', target, status, note } of cases) {
  test(`${note}: ${method} ${target.length > 80 ? `${target.slice(0, 80)}…` : target} → ${status}`, async () => {
    const response = await rawRequest({ method, target });
    expect(response.status).toBe(status);
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
    if (method === 'HEAD') expect(response.body).toBe('');
    expect(response.body).not.toMatch(/root:x:0:0|"dependencies"|"version":1,"builtAt"/);
  });
}

test('a missing page is the site’s own 404 page, not a bare error', async () => {
  const response = await rawRequest({ method: 'GET', target: '/world/..%2f..%2fetc%2fpasswd' });
  expect(response.body).toContain('Page not found');
});
