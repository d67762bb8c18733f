// @ts-check
/**
 * CDN caching rules, as Next `headers()` entries. Filled in by the
 * performance issue (#6); next.config.js applies them.
 * @type {{ source: string, headers: { key: string, value: string }[] }[]}
 */
const cacheRules = [];

module.exports = { cacheRules };
