// @ts-check
/**
 * Security headers for every response (pages, 404s, feeds, OG images, static
 * files); next.config.js applies them to `/:path*`. Plain CommonJS because
 * next.config.js loads it before anything is compiled; e2e/security tests
 * assert what reaches the browser.
 *
 * Why scripts are allowed with 'unsafe-inline' and not nonces or hashes
 * ---------------------------------------------------------------------
 * Next's App Router puts its bootstrap and RSC payload in inline <script>
 * tags (`self.__next_f.push(...)`), different on every page. The choices:
 *
 * - Nonces (the Next 16 guide's "strict" CSP: proxy.ts makes a nonce per
 *   request, `script-src 'nonce-…' 'strict-dynamic'`). A nonce must be fresh
 *   per response, so Next renders every page dynamically: no prerendered
 *   HTML, no CDN caching of article pages, a render per reader. For a news
 *   site that serves the same story to everyone that is the wrong trade.
 * - Hashes of the inline scripts. They differ per page and per build, so the
 *   header would have to be computed per route after `next build` and served
 *   by a proxy lookup; the 404 page, draft previews and any re-rendered page
 *   would break whenever a payload changed. `experimental.sri` only covers
 *   the external chunks, not the inline payload.
 * - 'unsafe-inline' for scripts, with everything else locked to the site
 *   itself. Chosen. Its weakness is that an injected inline script would
 *   run, so the defence against injection is upstream and tested: article
 *   bodies are HAST from MDX with code, raw HTML, handlers and unsafe URLs
 *   rejected at build time (lib/content/mdx/rules.ts), React escapes every
 *   string it renders, and JSON-LD is serialised with `<` escaped
 *   (e2e/security/hostile-content). The CSP still blocks scripts from any
 *   other origin, eval, plugins, <base> hijacking, form posts elsewhere,
 *   framing, and any connection to another host.
 *
 * Revisit when Next can hash its inline scripts at build time for static
 * pages; then `script-src 'self' 'sha256-…'` drops 'unsafe-inline'.
 */

/** `next dev` needs eval for React's debugging stacks; production never gets it. */
const isDev = process.env.NODE_ENV === 'development';

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  // Stylesheets are files; next/image writes `style="color:transparent"` on
  // each <img>, so inline style *attributes* are allowed, inline <style> is not.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {{ key: string, value: string }[]} */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only features every current browser recognises: an unknown name is logged as a console error.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Two years, as the HSTS preload list asks. No `preload`: that is a
  // commitment for every subdomain, the newsroom's call, not the code's.
  // Browsers ignore the header on plain-http localhost.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  // No page needs a handle on a window it opens or is opened from.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

module.exports = { securityHeaders, contentSecurityPolicy };
