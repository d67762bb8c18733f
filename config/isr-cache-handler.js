// @ts-check
/**
 * Next's own file-system ISR cache, minus one thing: it never stores a 404.
 *
 * Routes that render on demand (articles past LEDE_PRERENDER_COUNT, older
 * pages of fronts) answer an unknown slug with notFound(), and Next 16 caches
 * that 404 like any page: six files under `<distDir>/server/route-cache/` per
 * distinct URL, forever (revalidate: false). Anyone can mint distinct URLs, so
 * the disk fills without bound; a 2,000-character slug or an encoded NUL also
 * makes the write itself fail (ENAMETOOLONG, ERR_INVALID_ARG_VALUE) in the
 * server log. Not caching 404s bounds the cache by the real pages; a 404
 * costs one render of the not-found page, the same as a cache miss.
 *
 * Next also remembers each stored entry's lifetime in a process-wide map
 * (SharedCacheControls) just before calling set(), one entry per URL and
 * never evicted; for a refused 404 that entry is dropped too, or made-up
 * URLs would grow the server's memory instead of its disk.
 *
 * This extends Next's internal FileSystemCache (next/dist/...), so a Next
 * upgrade may move it: the require below then fails at server start, loudly,
 * and e2e/security/fuzz.spec.ts fails if 404s are cached again.
 */
const { statSync } = require('node:fs');
const path = require('node:path');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external');
const { expiredPaths } = require('./expired-paths');
const { isNotFound } = require('./not-found-entry');
const { afterTagsExpired } = require('./process-hooks');

/** When this build was made: expiries older than it cannot concern anything in its cache. */
function builtAt(/** @type {string | undefined} */ serverDistDir) {
  try {
    return statSync(path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID')).mtimeMs;
  } catch {
    return 0;
  }
}

class NoNotFoundCache extends FileSystemCache {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    // @ts-expect-error FileSystemCache's context type is internal to Next; this passes it through unchanged.
    super(ctx);
    this.builtAt = builtAt(ctx.serverDistDir);
    // Expiries survive a restart (config/expired-paths.js), in the same folder as the content store.
    this.expired = expiredPaths(process.env.LEDE_LIVE_DIR ?? path.join(process.cwd(), '.lede', 'live'));
    this.expired.refresh(this.builtAt);
  }

  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    this.expired.refresh(this.builtAt);
    return super.get(...args);
  }

  /** @param {Parameters<FileSystemCache['revalidateTag']>} args */
  async revalidateTag(...args) {
    await super.revalidateTag(...args);
    const [tags] = args;
    this.expired.record(typeof tags === 'string' ? [tags] : tags, this.builtAt);
    await afterTagsExpired(typeof tags === 'string' ? [tags] : tags);
  }

  /** @param {[key: string, data: unknown, ctx: unknown]} args */
  async set(...args) {
    if (isNotFound(args[1])) {
      SharedCacheControls.cacheControls.delete(args[0]);
      return;
    }
    return super.set(...args);
  }
}

module.exports = NoNotFoundCache;
module.exports.isNotFound = isNotFound;
