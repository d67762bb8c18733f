/**
 * Draws the publisher logo once into public/brand/logo.png: the "Lede■"
 * wordmark of the share cards (Source Serif 4 Bold, red square full stop) on
 * white, square, for the NewsMediaOrganization in JSON-LD (Google asks for at
 * least 112×112). The glyphs are turned into SVG paths with opentype.js, so
 * the result never depends on the fonts installed on the machine. The PNG is
 * committed; run this again only when the brand changes.
 *
 *   npx tsx scripts/make-logo.ts
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as opentype from 'opentype.js';
import sharp from 'sharp';
import { palette } from '../lib/og/layout';
import { siteConfig } from '../lib/site-config';

const size = siteConfig.publisherLogo.width;
const margin = Math.round(size * 0.12);
const fontFile = path.join(process.cwd(), 'assets', 'fonts', 'source-serif-4-latin-700-normal.woff');
const outFile = path.join(process.cwd(), 'public', siteConfig.publisherLogo.src);

// Same dual-build dance as lib/og/fonts.ts: tsx loads opentype.js as CommonJS.
const parseFont: typeof opentype.parse = opentype.parse ?? (Reflect.get(opentype, 'default') as typeof opentype).parse;

async function main(): Promise<void> {
  if (siteConfig.publisherLogo.height !== size) throw new Error('The logo is drawn square: make publisherLogo width and height equal');
  const data = await readFile(fontFile);
  const font = parseFont(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);

  // Lay the word out at 100 px, then scale the word plus its full stop into the square.
  const probe = font.getPath(siteConfig.name, 0, 0, 100).getBoundingBox();
  const dot = 20; // the cards' full stop: 0.2 of the type size, 0.45 of itself away from the word
  const gap = dot * 0.45;
  const width = probe.x2 - probe.x1 + gap + dot;
  const fontSize = (100 * (size - margin * 2)) / width;
  const scale = fontSize / 100;
  const wordHeight = (probe.y2 - probe.y1) * scale;
  const x = margin - probe.x1 * scale;
  const baseline = (size - wordHeight) / 2 - probe.y1 * scale;
  const word = font.getPath(siteConfig.name, x, baseline, fontSize).toPathData(2);
  const dotSize = dot * scale;
  const dotX = margin + (probe.x2 - probe.x1 + gap) * scale;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="${palette.paper}"/>
  <path d="${word}" fill="${palette.ink}"/>
  <rect x="${dotX.toFixed(2)}" y="${(baseline - dotSize).toFixed(2)}" width="${dotSize.toFixed(2)}" height="${dotSize.toFixed(2)}" fill="${palette.accent}"/>
</svg>`;
  await mkdir(path.dirname(outFile), { recursive: true });
  const info = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toFile(outFile);
  console.log(`${path.relative(process.cwd(), outFile)}: ${info.width}x${info.height}, ${info.size} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
