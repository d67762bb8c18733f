// @ts-check
/** Response kinds whose value carries an HTTP status. */
const statusKinds = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/**
 * True for a 404 Next is about to cache. Neither cache handler stores one
 * (config/isr-cache-handler.js says why): anyone can mint distinct URLs.
 * @param {unknown} data the cache value Next is about to store
 * @returns {boolean}
 */
function isNotFound(data) {
  if (!data || typeof data !== 'object') return false;
  const { kind, status } = /** @type {{ kind?: unknown, status?: unknown }} */ (data);
  return typeof kind === 'string' && statusKinds.has(kind) && status === 404;
}

module.exports = { isNotFound };
