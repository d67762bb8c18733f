// @ts-check
const { securityHeaders } = require('./config/security-headers');
const { cacheRules } = require('./config/cache-headers');
const { execFileSync } = require('node:child_process');

/**
 * The build ID names a build in Next's caches (the shared Redis cache of a cluster too) and in
 * client navigations, so every host that builds the same source must agree on it (docs/scaling.md):
 * LEDE_BUILD_ID when the deploy sets one, else the commit when the checkout has no changes, else
 * null, which lets Next choose a random one (an edited tree is not that commit's build).
 * @returns {string | null}
 */
function buildId() {
  if (process.env.LEDE_BUILD_ID) return process.env.LEDE_BUILD_ID;
  try {
    const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return git('status', '--porcelain') === '' ? git('rev-parse', 'HEAD') : null;
  } catch {
    return null; // no git, or not a checkout (a scratch copy)
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The site has two root layouts (the default edition's and the other editions', docs/editions.md), so an
  // address no route matches gets app/global-not-found.tsx, a 404 page with its own document.
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  generateBuildId: async () => buildId(),
  // One deployment, one ID on every instance: Next's version-skew protection (a client that meets another
  // deployment reloads instead of navigating) and `?dpl=` on asset URLs. Unset, Next leaves both off.
  deploymentId: process.env.LEDE_DEPLOYMENT_ID,
  // `npm run build` type-checks the whole project with tsc first (prebuild); Next's own pass would repeat it.
  typescript: { ignoreBuildErrors: true },
  images: {
    // WebP only: AVIF saves a little more but costs several times the CPU to encode on first request.
    formats: ['image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1280, 1600],
    imageSizes: [96, 128, 192, 256, 384],
  },
  // Next's page cache, never storing a 404 (issue #7): on disk, or in Redis when REDIS_URL is set (docs/scaling.md).
  cacheHandler: require.resolve('./config/cache-handler.js'),
  // In a cluster no server keeps a copy of its own in memory: every server must see the same entry, the one in
  // Redis (the Redis handler keeps none anyway; this is Next's self-hosting advice, kept explicit). One server on
  // its disk keeps Next's default memory cache in front of the files. `next start` reads this when it starts.
  cacheMaxMemorySize: process.env.REDIS_URL?.trim() ? 0 : undefined,
  // A self-contained server in .next/standalone/ (docs/deployment.md). Pages read the content index and
  // share cards their fonts with fs at run time, untraced (turbopackIgnore), so both are included by hand.
  // Article bodies (one file per article, 100,000 in a big archive) go only with the article routes: keys
  // match any route containing them, and every extra match repeats the whole list in that route's trace.
  output: 'standalone',
  // Right-to-left share cards shape text with harfbuzzjs (lib/og/shaping.ts), an ES module that loads its
  // WebAssembly from beside itself: left to Node's own loader rather than bundled.
  // Its WebAssembly is read with fs from beside the module at run time. Next's tracer copies the whole package
  // today (checked in .next/standalone); the .wasm is named below as well, with the card fonts (assets/fonts:
  // the Latin and Arabic-script TTFs), so a change in the tracer cannot drop it silently.
  serverExternalPackages: ['harfbuzzjs'],
  outputFileTracingIncludes: {
    '/**': ['./.lede/site/index.json', './.lede/site/texts.json', './assets/fonts/**/*', './node_modules/harfbuzzjs/dist/harfbuzz.wasm'],
    '/\\[section\\]/\\[slug\\]': ['./.lede/site/articles/**/*'],
  },
  async headers() {
    const everywhere = securityHeaders.length > 0 ? [{ source: '/:path*', headers: securityHeaders }] : [];
    return [...everywhere, ...cacheRules];
  },
};

module.exports = nextConfig;
