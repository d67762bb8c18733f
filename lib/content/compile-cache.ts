import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import { env } from '../env';
import { compileBody, type CompileResult, type ImageSize, type ImageSizer } from './mdx/compile';

/**
 * A content-addressed cache of compiled article bodies, so rebuilding a
 * 100,000-article archive compiles only the articles that changed. MDX
 * parsing is most of the content build's time (2–7 ms per article); reading
 * a cached tree costs a fraction of that.
 *
 * An entry is keyed by the body's text and a fingerprint of everything that
 * decides what compiling it gives: Lede's MDX rules and the versions of the
 * parser packages. Pictures are the one input outside the text: an entry
 * records the size of every <Figure> it resolved and is used only while
 * each picture still has that size. Only successful compiles are stored;
 * a body with mistakes is compiled (and its errors reported) every time.
 */
interface Entry {
  readonly version: 1;
  readonly images: readonly (readonly [src: string, width: number, height: number])[];
  readonly hast: HastRoot;
  readonly text: string;
}

export interface CompileCacheStats {
  hits: number;
  misses: number;
  /** Entries found but not used: a picture they depend on changed size */
  stale: number;
}

interface CachedCompiler {
  compile(source: string, imageSize: ImageSizer): Promise<CompileResult>;
  readonly stats: CompileCacheStats;
}

/** Packages whose output ends up in a compiled body. */
const PARSER_PACKAGES = ['unified', 'remark-parse', 'remark-mdx', 'remark-gfm', 'remark-rehype', 'micromark', 'mdast-util-from-markdown', 'mdast-util-to-hast', 'unist-util-visit'];

/**
 * Hash of Lede's MDX code (lib/content/mdx/*.ts) and the parser packages'
 * versions: change either and every entry is a miss.
 */
export function compilerFingerprint(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  const mdxDir = path.join(root, 'lib', 'content', 'mdx');
  for (const name of readdirSync(mdxDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    hash.update(name).update(readFileSync(path.join(mdxDir, name)));
  }
  for (const pkg of PARSER_PACKAGES) {
    const file = path.join(root, 'node_modules', pkg, 'package.json');
    hash.update(pkg).update(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'missing');
  }
  return hash.digest('hex').slice(0, 16);
}

function defaultCompileCacheDir(root: string = process.cwd()): string {
  return env().compileCacheDir ?? path.join(root, '.lede', 'cache', 'mdx');
}

async function sizesStillMatch(entry: Entry, imageSize: ImageSizer): Promise<boolean> {
  for (const [src, width, height] of entry.images) {
    const size = await imageSize(src);
    if (!size || size.width !== width || size.height !== height) return false;
  }
  return true;
}

export function cachedCompiler(dir: string, fingerprint: string, compile: typeof compileBody = compileBody): CachedCompiler {
  const stats: CompileCacheStats = { hits: 0, misses: 0, stale: 0 };
  return {
    stats,
    async compile(source, imageSize) {
      const key = createHash('sha256').update(fingerprint).update('\0').update(source).digest('hex');
      const file = path.join(dir, key.slice(0, 2), `${key}.json`);
      try {
        const entry = JSON.parse(await readFile(file, 'utf8')) as Entry;
        if (entry.version === 1 && (await sizesStillMatch(entry, imageSize))) {
          stats.hits++;
          return { ok: true, body: { hast: entry.hast, text: entry.text } };
        }
        stats.stale++;
      } catch {
        stats.misses++;
      }
      const used = new Map<string, ImageSize | undefined>();
      const result = await compile(source, async (src) => {
        const size = await imageSize(src);
        used.set(src, size);
        return size;
      });
      if (result.ok && [...used.values()].every((size) => size !== undefined)) {
        const entry: Entry = {
          version: 1,
          images: [...used].map(([src, size]) => [src, size?.width ?? 0, size?.height ?? 0] as const),
          hast: result.body.hast,
          text: result.body.text,
        };
        // Written to a temporary name and renamed, so parallel builds never read half an entry. A failed write only costs a miss next time.
        const temporary = `${file}.${process.pid}.tmp`;
        await mkdir(path.dirname(file), { recursive: true })
          .then(() => writeFile(temporary, JSON.stringify(entry)))
          .then(() => rename(temporary, file))
          .catch(() => undefined);
      }
      return result;
    },
  };
}

/** The content build's cache, unless LEDE_COMPILE_CACHE=0 turns it off. */
export function compileCache(root: string = process.cwd()): CachedCompiler | undefined {
  if (!env().compileCache) return undefined;
  return cachedCompiler(defaultCompileCacheDir(root), compilerFingerprint(root));
}
