/**
 * Rasterises the newsroom's own artwork (`content/art/*.svg`: maps, charts,
 * illustrations) into the JPEGs articles use (`public/images/articles/*.jpg`).
 * The JPEGs are committed, so builds never depend on the fonts of the machine.
 *
 *   npm run images            every SVG whose JPEG is missing or older
 *   npm run images -- --all   every SVG
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const artDir = path.join(process.cwd(), 'content', 'art');
const outDir = path.join(process.cwd(), 'public', 'images', 'articles');
const width = 1600;

async function isFresh(source: string, target: string): Promise<boolean> {
  try {
    const [s, t] = await Promise.all([stat(source), stat(target)]);
    return t.mtimeMs >= s.mtimeMs;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const all = process.argv.includes('--all');
  const files = (await readdir(artDir)).filter((name) => name.endsWith('.svg')).sort();
  let total = 0;
  for (const name of files) {
    const source = path.join(artDir, name);
    const target = path.join(outDir, name.replace(/\.svg$/, '.jpg'));
    if (!all && (await isFresh(source, target))) continue;
    const info = await sharp(source, { density: 192 })
      .resize({ width })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(target);
    total += info.size;
    console.log(`${path.relative(process.cwd(), target)}  ${info.width}x${info.height}  ${(info.size / 1024).toFixed(0)} KB`);
  }
  console.log(`${files.length} artworks, ${(total / 1024).toFixed(0)} KB written`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
