import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shrinkPng } from './shrink-png';

describe('shrinkPng', () => {
  it('returns a PNG within budget untouched', async () => {
    const png = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(await shrinkPng(png, 10_000)).toBe(png);
  });

  it('re-encodes an oversized PNG as a smaller palette PNG of the same size', async () => {
    // Soft grain, like a photo: too big as RGB, fine as a palette.
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .blur(1)
      .png()
      .toBuffer();
    const budget = Math.floor(png.byteLength / 2);
    const shrunk = await shrinkPng(png, budget);
    expect(shrunk.byteLength).toBeLessThan(png.byteLength);
    const meta = await sharp(shrunk).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 300, height: 200 });
    expect(meta.isPalette).toBe(true);
  }, 30_000);
});
