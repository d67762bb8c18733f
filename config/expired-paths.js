// @ts-check
/**
 * Keeps Next's record of expired cache tags on disk, so an expiry outlives
 * the process. revalidatePath() marks a path's tag expired in a map held in
 * memory (tags-manifest.external); after a restart the map is empty and a
 * page cached before a publish (the home page without the new story) would
 * be served again. Each expiry is also written here, in the content store's
 * folder, and read back when a server starts or another process on the same
 * disk has added some.
 *
 * Entries from before the current build are dropped when read: a build
 * starts with an empty page cache, so nothing older can be stale.
 */
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

/** @param {string} liveDir the content store's folder (lib/content/live/journal.ts) */
function expiredPaths(liveDir) {
  const file = path.join(liveDir, 'expired-tags.json');
  let seen = '';
  /** @type {Record<string, number>} */
  let onDisk = {};

  const stamp = () => {
    try {
      const stat = statSync(file);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return 'none';
    }
  };

  /** @param {number} since drop what is older than this (ms) */
  const read = (since) => {
    try {
      /** @type {Record<string, number>} */
      const all = JSON.parse(readFileSync(file, 'utf8'));
      return Object.fromEntries(Object.entries(all).filter(([, at]) => at > since));
    } catch {
      return {};
    }
  };

  return {
    /**
     * Brings this process's map up to date with the file when it changed.
     * @param {number} builtAt
     */
    refresh(builtAt) {
      const now = stamp();
      if (now === seen) return;
      seen = now;
      onDisk = read(builtAt);
      for (const [tag, at] of Object.entries(onDisk)) {
        const entry = tagsManifest.get(tag) ?? {};
        if ((entry.expired ?? 0) < at) tagsManifest.set(tag, { ...entry, expired: at });
      }
    },
    /**
     * @param {readonly string[]} tags
     * @param {number} builtAt
     */
    record(tags, builtAt) {
      const merged = { ...read(builtAt) };
      for (const tag of tags) {
        const at = tagsManifest.get(tag)?.expired;
        if (typeof at === 'number') merged[tag] = Math.max(at, merged[tag] ?? 0);
      }
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(merged));
      renameSync(temporary, file);
      onDisk = merged;
      seen = stamp();
    },
  };
}

module.exports = { expiredPaths };
