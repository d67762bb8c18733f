import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * isr-cache-handler.js is plain CommonJS (next.config.js loads it at
 * run time), so it is required here rather than imported with types.
 */
interface CacheHandler {
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
}
type CacheHandlerClass = (new (ctx: Record<string, unknown>) => CacheHandler) & { isNotFound(data: unknown): boolean };
const require = createRequire(__filename);
const NoNotFoundCache = require('./isr-cache-handler.js') as CacheHandlerClass;
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external') as {
  SharedCacheControls: { cacheControls: Map<string, unknown> };
};

/** The file-system surface Next's cache writes through. */
const cacheFs = {
  readFile: (file: string, encoding?: BufferEncoding) => fs.readFile(file, encoding),
  writeFile: (file: string, data: string | Buffer) => fs.writeFile(file, data),
  writeFileAtomic: (file: string, data: string | Buffer) => fs.writeFile(file, data),
  mkdir: (dir: string) => fs.mkdir(dir, { recursive: true }),
  stat: (file: string) => fs.stat(file),
  existsSync: () => false,
};

const page = (status: number) => ({ kind: 'APP_PAGE', html: '<p>x</p>', rscData: Buffer.from('x'), headers: {}, status, postponed: undefined, segmentData: undefined });
const ctx = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };

let distDir: string | undefined;
afterEach(() => distDir && rmSync(distDir, { recursive: true, force: true }));

function handler(): CacheHandler {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'lede-isr-'));
  return new NoNotFoundCache({ fs: cacheFs, dev: false, flushToDisk: true, serverDistDir: distDir, revalidatedTags: [], maxMemoryCacheSize: 0 });
}
const written = () => (distDir ? readdirSync(distDir, { recursive: true }).length : 0);

describe('the ISR cache handler', () => {
  it('stores real pages as Next does', async () => {
    await handler().set('/route-cache/APP_PAGE/abc/$/world/a-story', page(200), ctx);
    expect(written()).toBeGreaterThan(0);
  });

  it('stores no 404, and forgets the lifetime Next noted for it', async () => {
    const key = '/route-cache/APP_PAGE/abc/$/world/made-up-slug';
    SharedCacheControls.cacheControls.set(key, ctx.cacheControl);
    await handler().set(key, page(404), ctx);
    expect(written()).toBe(0);
    expect(SharedCacheControls.cacheControls.has(key)).toBe(false);
  });

  it('recognises 404s of pages and route handlers only', () => {
    expect(NoNotFoundCache.isNotFound(page(404))).toBe(true);
    expect(NoNotFoundCache.isNotFound({ kind: 'APP_ROUTE', status: 404 })).toBe(true);
    expect(NoNotFoundCache.isNotFound(page(200))).toBe(false);
    expect(NoNotFoundCache.isNotFound({ kind: 'FETCH', status: 404 })).toBe(false);
    expect(NoNotFoundCache.isNotFound(null)).toBe(false);
  });
});
