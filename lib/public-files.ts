import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The one place that says which public paths name a picture and where that
 * picture is on disk. The content schema, the MDX component rules, the share
 * cards and the feeds all go through here, so a path one of them accepts can
 * never be read by another with weaker checks.
 */

/**
 * A picture shipped in `public/images/`: segments of letters, digits, `_` and
 * `-` (so no `.`, `..`, empty segment, `%`-escape, backslash, query or
 * fragment can appear), ending in a raster extension. Never a remote URL.
 */
export const publicImagePath = /^\/images\/(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+\.(?:jpe?g|png|webp|avif)$/;

/** What the schema tells an editor when `publicImagePath` does not match. */
export const publicImagePathRule = 'a path under /images/ ending in .jpg, .png, .webp or .avif';

export function defaultPublicDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'public');
}

/**
 * Maps a public image path ("/images/articles/x.jpg") to its file inside
 * `publicDir`, refusing anything that could leave it: a path the pattern does
 * not accept, a resolved file outside the folder, or a symlink leading out
 * of it. Content is validated when it is loaded; this is the last line
 * before a filesystem read. Throws when the file does not exist.
 */
export function publicImageFile(src: string, publicDir: string = defaultPublicDir()): string {
  const reject = (why: string): never => {
    throw new Error(`Refusing image path ${JSON.stringify(src)}: ${why}`);
  };
  if (!publicImagePath.test(src)) reject(publicImagePathRule.replace(/^a/, 'not'));
  const root = path.resolve(/* turbopackIgnore: true */ publicDir);
  const file = path.resolve(/* turbopackIgnore: true */ root, ...src.split('/').slice(1));
  if (!file.startsWith(root + path.sep)) reject('outside the public folder');
  // A symlink inside public/ must not lead outside it either.
  const realRoot = realpathSync(/* turbopackIgnore: true */ root);
  const realFile = realpathSync(/* turbopackIgnore: true */ file);
  if (!realFile.startsWith(realRoot + path.sep)) reject('links outside the public folder');
  return realFile;
}
