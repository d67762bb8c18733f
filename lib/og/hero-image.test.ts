import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHeroImage } from './hero-image';

const box = { width: 576, height: 630 };
let root: string;
let publicDir: string;

async function decode(dataUri: string): Promise<{ width?: number; height?: number; format?: string; raw: Buffer }> {
  const match = /^data:image\/jpeg;base64,(.+)$/.exec(dataUri);
  expect(match).not.toBeNull();
  const bytes = Buffer.from(match![1]!, 'base64');
  const meta = await sharp(bytes).metadata();
  const raw = await sharp(bytes).removeAlpha().raw().toBuffer();
  return { width: meta.width, height: meta.height, format: meta.format, raw };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'og-hero-'));
  publicDir = path.join(root, 'public');
  await mkdir(path.join(publicDir, 'images', 'articles'), { recursive: true });
  // A chart-like picture: flat background, a dark bar in the middle.
  const chart = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#f6f3ec"/><rect x="200" y="300" width="1200" height="300" fill="#1d3557"/></svg>',
  );
  await sharp(chart).jpeg({ quality: 90 }).toFile(path.join(publicDir, 'images', 'articles', 'chart.jpg'));
  // A photo-like picture: noise right up to the edges.
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .jpeg()
    .toFile(path.join(publicDir, 'images', 'articles', 'photo.jpg'));
  await writeFile(path.join(root, 'secret.jpg'), 'not for you');
  await symlink(path.join(root, 'secret.jpg'), path.join(publicDir, 'images', 'articles', 'link.jpg'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadHeroImage', () => {
  it('fits a flat-edged chart uncropped and continues its background', async () => {
    const image = await decode(await loadHeroImage('/images/articles/chart.jpg', box, { publicDir }));
    expect(image).toMatchObject({ width: box.width, height: box.height, format: 'jpeg' });
    // Top-left corner is in the added band: the chart's background colour.
    const [r = 0, g = 0, b = 0] = image.raw;
    expect(Math.abs(r - 0xf6) + Math.abs(g - 0xf3) + Math.abs(b - 0xec)).toBeLessThan(12);
    // The bar spans 75% of the width: uncropped, it stays inside the panel with background left and right.
    const mid = (Math.floor(box.height / 2) * box.width) * 3;
    expect(image.raw[mid + Math.floor(box.width / 2) * 3]!).toBeLessThan(80);
    expect(image.raw[mid + 10 * 3]!).toBeGreaterThan(200);
  });

  it('crops a photo with busy edges to fill the box', async () => {
    const image = await decode(await loadHeroImage('/images/articles/photo.jpg', box, { publicDir }));
    expect(image).toMatchObject({ width: box.width, height: box.height });
  });

  it('refuses a symlink that leads out of the public folder', async () => {
    await expect(loadHeroImage('/images/articles/link.jpg', box, { publicDir })).rejects.toThrow(/outside the public folder/);
  });

  it('fails for a missing file', async () => {
    await expect(loadHeroImage('/images/articles/missing.jpg', box, { publicDir })).rejects.toThrow(/ENOENT/);
  });
});
