import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageAssets } from './html-assets';
import { gzipSize } from './page-weight';

export interface Floor {
  readonly jsGzipBytes: number;
  readonly scripts: readonly { readonly file: string; readonly gzipBytes: number }[];
}

/**
 * JavaScript of the prerendered home page of a build, read from disk: the
 * same scripts a browser would fetch (nomodule polyfills left out), gzipped
 * the same way as page-weight.ts does over HTTP.
 */
export function measureFloor(distDir: string): Floor {
  const html = readFileSync(path.join(distDir, 'server', 'app', 'index.html'), 'utf8');
  const srcs = [...new Set(pageAssets(html).scripts.filter((s) => s.src && !s.noModule).map((s) => s.src ?? ''))];
  const scripts = srcs.map((src) => {
    const file = src.replace(/^.*?\/_next\//, '');
    return { file, gzipBytes: gzipSize(readFileSync(path.join(distDir, file))) };
  });
  return { jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), scripts };
}
