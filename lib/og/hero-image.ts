import { realpath } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

export interface ImageBox {
  readonly width: number;
  readonly height: number;
}

export interface HeroImageOptions {
  /** Folder public paths resolve against; the site's `public/` unless a script says otherwise. */
  readonly publicDir?: string;
}

const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp']);

export function defaultPublicDir(): string {
  return path.join(process.cwd(), 'public');
}

/**
 * Maps a public URL path ("/images/articles/x.jpg") to a file inside
 * `publicDir`, refusing anything that could leave it: relative or
 * protocol-relative paths, "..", backslashes, NUL, percent-escapes and
 * non-image extensions. Frontmatter is validated elsewhere; this is the
 * last line before a filesystem read.
 */
export function resolvePublicImage(src: string, publicDir: string): string {
  const reject = (why: string): never => {
    throw new Error(`Refusing image path ${JSON.stringify(src)}: ${why}`);
  };
  if (!src.startsWith('/') || src.startsWith('//')) reject('must be a path from the site root');
  if (/[\\\0%?#]/.test(src)) reject('backslash, NUL, escapes, query and fragment are not allowed');
  const segments = src.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) reject('empty, "." or ".." segment');
  if (!imageExtensions.has(path.extname(src).toLowerCase())) reject('not a JPEG, PNG or WebP');
  const root = path.resolve(publicDir);
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) reject('outside the public folder');
  return file;
}

/**
 * Reads a hero image from disk, crops and resizes it to exactly `box` (so the
 * renderer draws it 1:1, without resampling), and returns it as a data: URI
 * for Satori: nothing is fetched over the network.
 */
export async function loadHeroImage(src: string, box: ImageBox, options: HeroImageOptions = {}): Promise<string> {
  const publicDir = options.publicDir ?? defaultPublicDir();
  const file = resolvePublicImage(src, publicDir);
  // A symlink inside public/ must not lead outside it either.
  const [realRoot, realFile] = await Promise.all([realpath(publicDir), realpath(file)]);
  if (!realFile.startsWith(realRoot + path.sep)) throw new Error(`Refusing image path ${JSON.stringify(src)}: links outside the public folder`);

  // JPEG keeps the data URI (and Satori's SVG) small. It does not make the
  // card smaller: the pixels end up in the card's PNG whatever the format here
  // (see shrinkPng in index.ts for that).
  const jpeg = await sharp(realFile)
    .rotate() // honour EXIF orientation from cameras
    .resize(box.width, box.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
