/**
 * MDX compile time per article: lib/content/mdx/compile.ts compileBody, the
 * step the content build runs once per article, over the newsroom's sample
 * corpus (content/articles) and over synthetic articles. One untimed pass
 * first, so the figures are for warm code, as in a build of many articles.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { summarise, type Summary } from './stats';
import { splitFrontmatter } from '../../lib/content/frontmatter';
import { compileBody, type ImageSize, type ImageSizer } from '../../lib/content/mdx/compile';

export interface CompileResult {
  readonly corpus: string;
  readonly articles: number;
  readonly bodyBytesMean: number;
  /** Milliseconds per article */
  readonly ms: Summary;
}

function cachedSizer(publicDir: string): ImageSizer {
  const cache = new Map<string, Promise<ImageSize | undefined>>();
  return (src) => {
    let size = cache.get(src);
    if (!size) {
      size = imageSizeFromFile(path.join(publicDir, src)).then(({ width, height }) => ({ width, height }), () => undefined);
      cache.set(src, size);
    }
    return size;
  };
}

async function bodies(dir: string, limit: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort().slice(0, limit);
  const out: string[] = [];
  for (const name of names) {
    const split = splitFrontmatter(await readFile(path.join(dir, name), 'utf8'));
    if (!('error' in split)) out.push(split.body);
  }
  return out;
}

/** Times compileBody over `rounds` passes of the corpus; every article is timed on its own. */
export async function measureCompile(corpus: string, dir: string, publicDir: string, limit: number, rounds: number): Promise<CompileResult> {
  const sources = await bodies(dir, limit);
  const sizer = cachedSizer(publicDir);
  for (const source of sources) await compileBody(source, sizer);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const source of sources) {
      const t = performance.now();
      const result = await compileBody(source, sizer);
      times.push(performance.now() - t);
      if (!result.ok) throw new Error(`${corpus}: an article did not compile: ${JSON.stringify(result.violations[0])}`);
    }
  }
  return {
    corpus,
    articles: sources.length,
    bodyBytesMean: sources.reduce((sum, s) => sum + Buffer.byteLength(s), 0) / Math.max(1, sources.length),
    ms: summarise(times),
  };
}
