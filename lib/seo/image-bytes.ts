import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Size of a picture in `public/` (feed enclosures must give a length).
 * `src` is a path the content schema has already checked (`/images/…`, no
 * dots but the extension), so it cannot leave the folder. The `public`
 * segment is written out so the bundler traces only that folder.
 */
export function publicImageBytes(src: string): number {
  if (!src.startsWith('/images/') || src.includes('..')) throw new Error(`Not a public image path: ${JSON.stringify(src)}`);
  return statSync(path.join(process.cwd(), 'public', src)).size;
}
