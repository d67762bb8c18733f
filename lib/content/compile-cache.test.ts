import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedCompiler, compilerFingerprint } from './compile-cache';
import { compileBody, type ImageSizer } from './mdx/compile';

const dirs: string[] = [];
async function cacheDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lede-compile-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const body = 'A paragraph.\n\n<Figure src="/images/a.jpg" alt="A map" credit="Lede" />\n\n## Subhead\n\nMore text.\n';
const sized = (width: number): ImageSizer => async () => ({ width, height: 900 });

describe('cachedCompiler', () => {
  it('compiles once, then serves the same tree from the cache', async () => {
    const dir = await cacheDir();
    const compile = vi.fn(compileBody);
    const first = cachedCompiler(dir, 'f1', compile);
    const a = await first.compile(body, sized(1600));
    const second = cachedCompiler(dir, 'f1', compile);
    const b = await second.compile(body, sized(1600));
    expect(compile).toHaveBeenCalledTimes(1);
    expect(second.stats).toEqual({ hits: 1, misses: 0, stale: 0 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toContain('"width":"1600"');
  });

  it('recompiles when a figure changed size, the compiler changed, or the text changed', async () => {
    const dir = await cacheDir();
    await cachedCompiler(dir, 'f1').compile(body, sized(1600));
    const resized = cachedCompiler(dir, 'f1');
    expect(JSON.stringify(await resized.compile(body, sized(1200)))).toContain('"width":"1200"');
    expect(resized.stats.stale).toBe(1);
    const upgraded = cachedCompiler(dir, 'f2');
    await upgraded.compile(body, sized(1200));
    expect(upgraded.stats.misses).toBe(1);
    const edited = cachedCompiler(dir, 'f1');
    await edited.compile(`${body}One more line.\n`, sized(1200));
    expect(edited.stats.misses).toBe(1);
  });

  it('never stores a body with mistakes', async () => {
    const dir = await cacheDir();
    const bad = 'Text with {an expression}.\n';
    await cachedCompiler(dir, 'f1').compile(bad, sized(1600));
    const again = cachedCompiler(dir, 'f1');
    const result = await again.compile(bad, sized(1600));
    expect(result.ok).toBe(false);
    expect(again.stats.misses).toBe(1);
  });
});

describe('compilerFingerprint', () => {
  it('is stable for the same code', () => {
    expect(compilerFingerprint()).toBe(compilerFingerprint());
    expect(compilerFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
