import sharp, { type PngOptions } from 'sharp';

/**
 * Palette encodings tried in turn, best looking first. libimagequant with its
 * default dithering: 256 colours hold antialiased type and a photo well, and
 * an 8-bit PNG is about a third of the RGBA one resvg writes.
 */
const steps: readonly PngOptions[] = [
  { palette: true, quality: 90 },
  { palette: true, quality: 75 },
  { palette: true, colours: 64 },
];

/**
 * Returns `png` unchanged when it is within `budget` bytes, else the first
 * palette re-encoding that is (or the smallest one tried).
 *
 * Why the whole card and not just the hero: the card is a PNG, and a photo
 * region costs 300–500 KB there whatever format it was embedded in; reducing
 * only the embedded picture to 32 colours saved under 5% on a photo in
 * measurements, because grain still defeats PNG's compression.
 */
export async function shrinkPng(png: Uint8Array, budget: number): Promise<Uint8Array> {
  if (png.byteLength <= budget) return png;
  let smallest = png;
  for (const options of steps) {
    const candidate = await sharp(png).png({ ...options, effort: 7, compressionLevel: 9 }).toBuffer();
    if (candidate.byteLength < smallest.byteLength) smallest = candidate;
    if (candidate.byteLength <= budget) return candidate;
  }
  return smallest;
}
