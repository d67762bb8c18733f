import { statSync } from 'node:fs';
import { publicImageFile } from '../public-files';

/** Size of a picture in `public/` (feed enclosures must give a length). */
export function publicImageBytes(src: string): number {
  return statSync(publicImageFile(src)).size;
}
