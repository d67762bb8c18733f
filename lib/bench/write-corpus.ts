import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { benchArticles, type BenchArticleFile } from './synthetic-corpus';

/**
 * Writes benchmark archives and the pictures they share. The archive goes
 * wherever the caller says (a temp folder, never content/); the pictures go
 * to public/images/bench/ because next/image only optimises files under
 * public/. That folder is git-ignored.
 */
export const benchImageDir = (publicDir: string) => path.join(publicDir, 'images', 'bench');

/** Four pictures are enough: next/image caches per source and width, as it would for distinct photos of one size. */
export const BENCH_IMAGE_COUNT = 4;

function artwork(index: number): string {
  const hue = (index * 83) % 360;
  const circles = Array.from({ length: 24 }, (_, i) => {
    const x = (i * 397 + index * 131) % 1600;
    const y = (i * 211 + index * 71) % 900;
    const r = 40 + ((i * 53) % 160);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + i * 15) % 360} 55% ${35 + (i % 5) * 8}%)" fill-opacity="0.55"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 45% 70%)"/><stop offset="1" stop-color="hsl(${(hue + 140) % 360} 40% 25%)"/></linearGradient></defs>
<rect width="1600" height="900" fill="url(#g)"/>${circles}</svg>`;
}

/**
 * 1600×900 JPEGs, like the newsroom's own (scripts/make-images.ts), with
 * grain added so they weigh what a photo does rather than a flat graphic.
 */
export async function writeBenchImages(publicDir: string): Promise<string[]> {
  const dir = benchImageDir(publicDir);
  await mkdir(dir, { recursive: true });
  const srcs: string[] = [];
  for (let i = 0; i < BENCH_IMAGE_COUNT; i++) {
    const file = path.join(dir, `hero-${i}.jpg`);
    if (!existsSync(file)) {
      const base = await sharp(Buffer.from(artwork(i))).resize(1600, 900).raw().toBuffer({ resolveWithObject: true });
      const grain = Buffer.from(base.data);
      let state = 12345 + i;
      for (let p = 0; p < grain.length; p++) {
        state = (state * 1103515245 + 12345) >>> 0;
        grain[p] = Math.max(0, Math.min(255, (grain[p] ?? 0) + ((state >>> 16) % 25) - 12));
      }
      await sharp(grain, { raw: base.info }).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
    }
    srcs.push(`/images/bench/hero-${i}.jpg`);
  }
  return srcs;
}

export interface WrittenCorpus {
  readonly contentDir: string;
  readonly files: number;
  readonly drafts: number;
  readonly bytes: number;
}

/** Writes `count` articles to `<contentDir>/articles/`, replacing whatever was there. */
export async function writeBenchCorpus(contentDir: string, count: number, images: readonly string[], seed = 42): Promise<WrittenCorpus> {
  const articlesDir = path.join(contentDir, 'articles');
  await rm(articlesDir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  let files = 0;
  let drafts = 0;
  let bytes = 0;
  // A few writes in flight keep the disk busy without holding the whole archive in memory.
  let batch: Promise<void>[] = [];
  const write = (file: BenchArticleFile) => writeFile(path.join(articlesDir, `${file.slug}.mdx`), file.mdx);
  for (const file of benchArticles({ count, images, seed })) {
    files++;
    if (file.draft) drafts++;
    bytes += Buffer.byteLength(file.mdx);
    batch.push(write(file));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { contentDir, files, drafts, bytes };
}
