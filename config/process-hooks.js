// @ts-check
/**
 * What the cache handlers (plain CommonJS, loaded by Next outside the app's
 * bundles) ask of the app's TypeScript, through globalThis: the app puts
 * these in place when a server starts (instrumentation.ts,
 * lib/content/live/store.ts) and a handler finds them there.
 */

/**
 * @typedef {{ generationKey: string, generation(): string, catchUp(seen: string | null): Promise<void> }} ContentSync
 * @typedef {(tags: readonly string[]) => Promise<unknown>} TagsExpired
 */

const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

/** The content store's Redis journal, when this server has one. @returns {ContentSync | undefined} */
const contentSync = () => /** @type {ContentSync | undefined} */ (holder[Symbol.for('lede.contentSync')]);

/**
 * Runs after page tags expire (purging front caches); never throws, because
 * what was published is already published.
 * @param {readonly string[]} tags
 */
async function afterTagsExpired(tags) {
  const hook = /** @type {TagsExpired | undefined} */ (holder[Symbol.for('lede.afterTagsExpired')]);
  if (!hook) return;
  try {
    await hook(tags);
  } catch (error) {
    console.error('After expiring pages:', error);
  }
}

module.exports = { contentSync, afterTagsExpired };
