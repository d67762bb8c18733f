// @ts-check
/**
 * Cache entries as text for Redis. Next's values hold Buffers (RSC payloads,
 * route bodies) and Maps (per-segment data), which JSON would flatten to
 * arrays of bytes or lose: they are written as { $buffer: base64 } and
 * { $map: entries } and read back as what they were.
 */

/**
 * @this {Record<string, unknown>}
 * @param {string} key
 * @param {unknown} value
 */
function replacer(key, value) {
  // `value` has been through Buffer's toJSON already; the holder still has the original.
  const original = this[key];
  if (ArrayBuffer.isView(original)) return { $buffer: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
  if (original instanceof Map) return { $map: [...original] };
  return value;
}

/**
 * @param {string} _key
 * @param {unknown} value
 */
function reviver(_key, value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = /** @type {{ $buffer?: unknown, $map?: unknown }} */ (value);
    if (typeof tagged.$buffer === 'string') return Buffer.from(tagged.$buffer, 'base64');
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map);
  }
  return value;
}

/** @param {unknown} entry */
const toJson = (entry) => JSON.stringify(entry, replacer);
/** @param {string} text */
const fromJson = (text) => JSON.parse(text, reviver);

module.exports = { toJson, fromJson };
