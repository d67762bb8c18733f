// @ts-check
/**
 * CDN caching rules, as Next `headers()` entries (issue #6); next.config.js
 * applies them. What `next start` sends without them, checked on Next 16.4:
 *
 * - prerendered and on-demand (ISR) pages: `s-maxage=31536000` and nothing
 *   else, so a CDN keeps a front page for a year and never revalidates;
 * - a 404 from an on-demand route (an unknown article slug): the same year;
 * - `/_next/static/*`: `public, max-age=31536000, immutable`, right for
 *   hashed files, and Next overwrites any rule set here anyway;
 * - `/_next/image`: `public, max-age=<images.minimumCacheTTL>, must-revalidate`,
 *   set by the optimiser itself;
 * - files in public/ (article pictures): `public, max-age=0`.
 *
 * Next keeps a Cache-Control header set by these rules instead of its own
 * (send-payload.js: "If cache control is already set on the response we
 * don't override it"), except on errors (500s stay `private, no-store`) and
 * on `/_next/*`. So pages get times a newsroom wants: a CDN serves fronts
 * for a minute and articles for five, then keeps serving the old copy while
 * it fetches a new one in the background (stale-while-revalidate) and when
 * the origin is down (stale-if-error). `max-age=0` keeps browsers
 * revalidating with the ETag, so a reader never sees an old front from the
 * browser cache. e2e/budgets/cdn-headers.spec.ts checks what is sent.
 *
 * Rules are applied in order and a later one wins for the same header, so
 * the general page rule comes first.
 *
 * Two rules make a response `private, no-store`, and come last so they win:
 *
 * - `/api/*`: a route handler's own Cache-Control does not replace one set
 *   here (Next only adds a handler's header when none is set), so without
 *   this the preview link's redirect, which sets the Draft Mode cookie, would
 *   go out as `public, s-maxage=300` like a page.
 * - any request carrying the Draft Mode cookie (docs/preview.md): an
 *   editor's view may be a draft, and must never be stored by a CDN and
 *   served to readers. Next itself sends `private, no-cache, no-store` for a
 *   page it rendered in Draft Mode; this covers the rest (fronts, feeds,
 *   pictures, a made-up cookie) so nothing about a preview session is
 *   cached either. `private` alone keeps it out of shared caches, so there
 *   is no `Vary: Cookie`: on the public responses it would split the CDN's
 *   cache by every reader's cookies. A CDN should still pass a request with
 *   the cookie to the origin rather than answer it from its cache, or an
 *   editor sees the live story (docs/preview.md).
 *
 * Both private rules also send `X-Accel-Buffering: no`. nginx in front of a
 * cluster (docs/scaling.md) must buffer responses to cache them, and would
 * then hold a streamed answer (an editor's preview, an API reply) until it
 * is complete; this header, which nginx reads and never passes on, makes it
 * stream just these, which are never cached anyway.
 * @type {{ source: string, has?: { type: 'cookie', key: string }[], headers: { key: string, value: string }[] }[]}
 */

const article = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400, stale-if-error=604800';
const front = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400';
/** Pictures in public/ are not content-hashed (an editor may replace one), so hours, not a year. */
const publicImage = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';
/** For one browser only, and kept by no cache: API answers and everything seen in Draft Mode. */
const privateNoStore = 'private, no-store';
/** Next's Draft Mode cookie (lib/publishing/preview.ts DRAFT_MODE_COOKIE; this file is CommonJS and cannot import it). */
const draftModeCookie = '__prerender_bypass';

const cacheControl = (/** @type {string} */ value) => [{ key: 'Cache-Control', value }];
/** Never stored, so a buffering proxy (nginx) may pass them on as they stream. */
const privateHeaders = [...cacheControl(privateNoStore), { key: 'X-Accel-Buffering', value: 'no' }];

const cacheRules = [
  // Everything Next renders (articles, feeds, sitemaps, share cards, 404s), except /_next/ which Next handles.
  { source: '/((?!_next/).*)', headers: cacheControl(article) },
  // Fronts change with every story published: the home page, section and topic fronts and their older pages.
  { source: '/', headers: cacheControl(front) },
  { source: '/:section((?!_next$)[^/.]+)', headers: cacheControl(front) },
  { source: '/:section/page/:page', headers: cacheControl(front) },
  { source: '/topics/:topic', headers: cacheControl(front) },
  { source: '/topics/:topic/page/:page', headers: cacheControl(front) },
  { source: '/images/:path*', headers: cacheControl(publicImage) },
  // Last, so they win over every rule above.
  { source: '/api/:path*', headers: privateHeaders },
  { source: '/((?!_next/).*)', has: [{ type: 'cookie', key: draftModeCookie }], headers: privateHeaders },
];

module.exports = { cacheRules, cachePolicies: { article, front, publicImage, privateNoStore }, draftModeCookie };
