/**
 * A deterministic generator of hostile and odd HTTP requests for the fuzz
 * test (e2e/security/fuzz.spec.ts): bad slugs, path traversal, encoded NUL
 * and control bytes, 2,000-character paths, non-ASCII and malformed
 * encodings, odd query strings, methods and Next's own request headers,
 * aimed at pages, OG images, feeds, the image optimizer and static files.
 * Same seed and known paths, same requests, so a failure can be replayed.
 */
import { seededRandom } from '../../fixtures/random';

export interface FuzzRequest {
  /** Which family of attack made it, for the failure report */
  readonly kind: FuzzKind;
  readonly method: string;
  /** The request-target exactly as it goes on the wire: path and query, never normalised */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  /** Real URLs of the site under test (pages, OG images, feeds, images), mutated into hostile ones */
  readonly knownPaths: readonly string[];
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function randomWord(random: Random, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  return Array.from({ length }, () => pick(random, [...letters])).join('');
}

/** Splits `/a/b?q` into its path segments, dropping the query. */
function segments(path: string): string[] {
  return (path.split('?')[0] ?? '').split('/').filter(Boolean);
}

/** Puts `insert` at a random segment boundary of a known path. */
function insertSegment(random: Random, path: string, insert: string): string {
  const parts = segments(path);
  const at = Math.floor(random() * (parts.length + 1));
  parts.splice(at, 0, insert);
  return `/${parts.join('/')}`;
}

const sections = ['world', 'economy', 'climate', 'science', 'culture', 'sport', 'topics', 'weather', 'etc', 'images', '_next'];

const traversals = [
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5c..%5cpackage.json',
  '%252e%252e%252fpackage.json',
  '..;/..;/package.json',
  '.%2e/.%2e/next.config.js',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '..%c0%af..%c0%afetc%c0%afpasswd',
  '....//....//etc/passwd',
  '%2e%2e%5c%2e%2e%5c.env',
  '.lede%2fsite%2findex.json',
];

const controls = ['%00', 'a%00b', '%00.jpg', '%0d%0aSet-Cookie:%20x=1', '%0a', '%09', '%1b%5b31m', '%7f', '%08', 'x%00/../y'];

const nonAscii = [
  'caf%C3%A9',
  '%F0%9F%93%B0',
  '%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1',
  '%E2%80%8Bzero-width',
  '%EF%BC%8F%EF%BC%8Ffullwidth-slash',
  'a%CC%81%CC%81%CC%81',
  '%E2%80%AEreversed',
  '\u00e9t\u00e9',
  '\u00ff\u00fe',
  '%C2%A0nbsp',
];

const malformed = ['%', '%%', '%zz', '%2', '%E2%82', '%C0%AE', '%ED%A0%80', '%FF', '%F0%9F', 'a%g0b', '%u002e%u002e'];

const queries = [
  '?__proto__[polluted]=1',
  '?constructor[prototype][polluted]=1',
  '?a=%',
  '?a=%zz&b=%E2%82',
  `?${'x=1&'.repeat(400)}`,
  '?_rsc=1',
  '?_rsc=%00',
  '?url=javascript:alert(1)',
  '?%00=%00',
  '?a[]=1&a[]=2&a[x]=3',
  '?;&&&=&=',
  '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?__nextDataReq=1',
  '?__nextLocale=xx',
  '?_next_intercept=1',
  '?__nextppronly=fallback',
  '?__nextFallback=1',
  `?${'a'.repeat(3000)}`,
  '?page=-1',
  '?page=999999999999999999999',
];

const headerSets: readonly Readonly<Record<string, string>>[] = [
  { rsc: '1' },
  { rsc: '1', 'next-router-state-tree': '%%%not-json' },
  { rsc: '1', 'next-router-state-tree': encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]') },
  { rsc: '1', 'next-router-state-tree': encodeURIComponent(JSON.stringify(Array(50).fill(['x', {}]))) },
  { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
  { rsc: '1', 'next-router-segment-prefetch': '/../../../etc/passwd' },
  { 'next-url': '/../../etc/passwd', rsc: '1' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-nextjs-data': '1' },
  { 'next-action': 'deadbeef', 'content-type': 'multipart/form-data; boundary=x' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
  { accept: 'image/avif,image/webp;q=0.1,*/*;q=0' },
  { range: 'bytes=999999999-' },
  { range: 'bytes=0-1,2-3,4-5,6-7,8-9' },
  { 'if-none-match': '"'.repeat(200) },
  { 'if-modified-since': 'yesterday' },
  { 'accept-encoding': 'br;q=2, gzip;q=-1, *;q=NaN' },
  { 'x-prerender-revalidate': 'guess' },
  { 'x-now-route-matches': '1=%E2%82' },
];

const imageQueries = [
  (known: string) => `?url=${encodeURIComponent(known)}&w=640&q=75`,
  (known: string) => `?url=${encodeURIComponent(known)}&w=99999&q=75`,
  (known: string) => `?url=${encodeURIComponent(known)}&w=0&q=75`,
  (known: string) => `?url=${encodeURIComponent(known)}&w=-1&q=101`,
  (known: string) => `?url=${encodeURIComponent(known)}&w=abc&q=`,
  () => '?url=%2F..%2F..%2Fetc%2Fpasswd&w=640&q=75',
  () => '?url=%2F%25&w=640&q=75',
  () => '?url=https%3A%2F%2Fevil.example%2Fa.jpg&w=640&q=75',
  () => '?url=%2F%2Fevil.example%2Fa.jpg&w=640&q=75',
  () => '?url=data%3Aimage%2Fpng%3Bbase64%2CAAAA&w=640&q=75',
  () => '?url=%2Fimages%2F%00.jpg&w=640&q=75',
  () => '?url=%2F_next%2Fimage%3Furl%3D%252Fimages%252Fa.jpg&w=640&q=75',
  () => '?w=640&q=75',
  (known: string) => `?url=${encodeURIComponent(known)}&url=%2Fetc%2Fpasswd&w=640&q=75`,
];

const imageAccepts: readonly Readonly<Record<string, string>>[] = [{}, { accept: 'image/avif' }, { accept: 'image/webp' }, { accept: '*/*' }];

const staticTargets = [
  '/_next/static/chunks/does-not-exist.js',
  '/_next/static/..%2f..%2fserver%2fapp%2findex.html',
  '/_next/static/%2e%2e/%2e%2e/BUILD_ID',
  '/_next/data/build-id/index.json',
  '/_next/webpack-hmr',
  '/__nextjs_original-stack-frame?file=/etc/passwd',
  '/_next/static/media/%00.woff2',
  '/.env',
  '/.git/config',
  '/package.json',
  '/next.config.js',
  '/.lede/site/index.json',
];

const methods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];

export type FuzzKind =
  | 'unknown-slug'
  | 'traversal'
  | 'control-bytes'
  | 'long-path'
  | 'non-ascii'
  | 'malformed-encoding'
  | 'odd-query'
  | 'method'
  | 'next-headers'
  | 'og-image'
  | 'feed'
  | 'image-optimizer'
  | 'static-file';

type Generator = (random: Random, known: string, images: readonly string[]) => Omit<FuzzRequest, 'kind'>;

const get = (target: string, headers: Readonly<Record<string, string>> = {}) => ({ method: 'GET', target, headers });

const generators: Readonly<Record<FuzzKind, Generator>> = {
  'unknown-slug': (random) => get(`/${pick(random, sections)}/${randomWord(random, 3 + Math.floor(random() * 40))}`),
  traversal: (random, known) => get(insertSegment(random, known, pick(random, traversals))),
  'control-bytes': (random, known) => get(insertSegment(random, known, pick(random, controls))),
  'long-path': (random, known) => {
    const length = pick(random, [2000, 2048, 4000, 8000]);
    const shape = pick(random, ['segment', 'many', 'encoded']);
    const long =
      shape === 'segment' ? randomWord(random, length) : shape === 'many' ? Array.from({ length: length / 2 }, () => 'a').join('/') : '%41'.repeat(length / 3);
    return get(`${(known.split('?')[0] ?? '').replace(/\/$/, '')}/${long}`);
  },
  'non-ascii': (random, known) => get(insertSegment(random, known, pick(random, nonAscii))),
  'malformed-encoding': (random, known) => get(insertSegment(random, known, pick(random, malformed))),
  'odd-query': (random, known) => get(`${known.split('?')[0] ?? '/'}${pick(random, queries)}`),
  method: (random, known) => ({ method: pick(random, methods), target: known, headers: {} }),
  'next-headers': (random, known) => ({ method: pick(random, ['GET', 'GET', 'HEAD', 'POST']), target: known, headers: pick(random, headerSets) }),
  'og-image': (random, known) => {
    const parts = segments(known).slice(0, 2);
    const base = parts.length > 0 ? `/${parts.join('/')}` : '';
    const tail = pick(random, ['/opengraph-image', '/twitter-image', '/opengraph-image.png', '/opengraph-image/x', '/opengraph-image?w=99999', '/opengraph-image-abc123']);
    return get(pick(random, [`${base}${tail}`, `/world/${randomWord(random, 12)}${tail}`, `/topics/${randomWord(random, 8)}${tail}`, tail]));
  },
  feed: (random) =>
    get(
      pick(random, [
        '/feed.xml',
        '/feed.xml/',
        '/feed.xml?format=atom',
        '/feed.xml/..%2f..%2fpackage.json',
        `/${pick(random, sections)}/feed.xml`,
        `/${randomWord(random, 6)}/feed.xml`,
        '/world/feed.xml%00',
        '/rss',
        '/feed',
        '/sitemap.xml',
        '/sitemaps/0.xml',
        '/sitemaps/99.xml',
        '/news-sitemap.xml',
        '/robots.txt',
      ]),
    ),
  'image-optimizer': (random, _known, images) => get(`/_next/image${pick(random, imageQueries)(pick(random, images))}`, pick(random, imageAccepts)),
  'static-file': (random) => ({ method: pick(random, ['GET', 'GET', 'HEAD', 'POST', 'OPTIONS']), target: pick(random, staticTargets), headers: {} }),
};

export const fuzzKinds = Object.keys(generators) as FuzzKind[];

/**
 * `count` requests, cycling through every kind so each is covered even in a
 * short run; the seed picks the known path and the mutation.
 */
export function generateFuzzRequests({ seed, count, knownPaths }: FuzzOptions): FuzzRequest[] {
  if (knownPaths.length === 0) throw new Error('generateFuzzRequests needs at least one known path');
  const random = seededRandom(seed);
  const images = knownPaths.filter((known) => known.startsWith('/images/'));
  const imagePool = images.length > 0 ? images : ['/images/none.jpg'];
  return Array.from({ length: count }, (_, index) => {
    const kind = fuzzKinds[index % fuzzKinds.length] as FuzzKind;
    return { kind, ...generators[kind](random, pick(random, knownPaths), imagePool) };
  });
}
