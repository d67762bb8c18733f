/**
 * Draws app/favicon.ico: the brand's initial with its red square full stop
 * (the logo of scripts/make-logo.ts, which is unreadable at 32 px). Without
 * it every page view asks for /favicon.ico, gets a 404, and the browser logs
 * an error (Lighthouse's best-practices audit counts it). The glyph becomes
 * an SVG path with opentype.js, so the result does not depend on installed
 * fonts. The file is committed; run this again only when the brand changes.
 *
 *   npx tsx scripts/make-favicon.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as opentype from 'opentype.js';
import sharp from 'sharp';
import { palette } from '../lib/og/layout';
import { siteConfig } from '../lib/site-config';

const sizes = [16, 32, 48] as const;
const fontFile = path.join(process.cwd(), 'assets', 'fonts', 'source-serif-4-latin-700-normal.woff');
const outFile = path.join(process.cwd(), 'app', 'favicon.ico');

// Same dual-build dance as lib/og/fonts.ts: tsx loads opentype.js as CommonJS.
const parseFont: typeof opentype.parse = opentype.parse ?? (Reflect.get(opentype, 'default') as typeof opentype).parse;

/** The initial and its full stop on a 100-unit square, as SVG. */
function drawMark(font: opentype.Font): string {
  const initial = siteConfig.name.slice(0, 1);
  const fontSize = 96;
  const box = font.getPath(initial, 0, 0, fontSize).getBoundingBox();
  const dot = 18;
  const width = box.x2 - box.x1 + dot * 0.3 + dot;
  const x = (100 - width) / 2 - box.x1;
  const baseline = (100 - (box.y2 - box.y1)) / 2 - box.y1;
  const glyph = font.getPath(initial, x, baseline, fontSize).toPathData(2);
  const dotX = x + box.x2 + dot * 0.3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="14" fill="${palette.paper}"/>
  <path d="${glyph}" fill="${palette.ink}"/>
  <rect x="${dotX.toFixed(2)}" y="${(baseline - dot).toFixed(2)}" width="${dot}" height="${dot}" fill="${palette.accent}"/>
</svg>`;
}

/** An ICO file holding PNG images, which every current browser reads. */
function packIco(images: readonly { readonly size: number; readonly png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, at) => {
    const entry = 6 + 16 * at;
    header.writeUInt8(size % 256, entry); // width (0 would mean 256)
    header.writeUInt8(size % 256, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main(): Promise<void> {
  const data = await readFile(fontFile);
  const font = parseFont(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const svg = Buffer.from(drawMark(font));
  const images = await Promise.all(
    sizes.map(async (size) => ({ size, png: await sharp(svg, { density: (72 * size) / 100 }).resize(size, size).png().toBuffer() })),
  );
  const ico = packIco(images);
  await writeFile(outFile, ico);
  console.log(`${path.relative(process.cwd(), outFile)}: ${sizes.join(', ')} px, ${ico.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
