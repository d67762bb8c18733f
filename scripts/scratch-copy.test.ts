import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScratchCopy, scratchCommands } from './scratch-copy';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project in miniature: the entries a build needs, plus ones a copy must leave out. */
function fakeProject(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lede-scratch-test-'));
  made.push(root);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('app/page.tsx', 'export default function Page() {}');
  write('lib/urls.ts', 'export const x = 1;');
  write('tsconfig.json', '{"include":[]}');
  write('package.json', '{}');
  write('next.config.js', 'module.exports = {};');
  write('node_modules/next/package.json', '{"name":"next"}');
  write('fixtures/hostile/articles/a.mdx', '---\ntitle: A\n---\n');
  write('scripts/bench/index.ts', '');
  write('.next/BUILD_ID', 'old');
  return root;
}

describe('makeScratchCopy', () => {
  it('copies what a build needs, with the content asked for as content/', () => {
    const root = fakeProject();
    const copy = makeScratchCopy({ root, contentDir: 'fixtures/hostile' });
    made.push(copy.dir);
    expect(readFileSync(path.join(copy.dir, 'app/page.tsx'), 'utf8')).toContain('Page');
    expect(existsSync(path.join(copy.dir, 'content/articles/a.mdx'))).toBe(true);
    expect(existsSync(path.join(copy.dir, 'scripts'))).toBe(false);
    expect(existsSync(path.join(copy.dir, '.next'))).toBe(false);
    expect(existsSync(path.join(copy.dir, 'next-env.d.ts'))).toBe(false);
    expect(copy.indexDir).toBe(path.join(copy.dir, '.lede', 'site'));
    expect(copy.distDir).toBe(path.join(copy.dir, '.next'));
  });

  it('hard-links node_modules, and a build rewriting its tsconfig.json leaves ours alone', () => {
    const root = fakeProject();
    const copy = makeScratchCopy({ root, contentDir: 'fixtures/hostile' });
    made.push(copy.dir);
    const real = statSync(path.join(root, 'node_modules/next/package.json'));
    const linked = statSync(path.join(copy.dir, 'node_modules/next/package.json'));
    expect(linked.ino).toBe(real.ino);
    writeFileSync(path.join(copy.dir, 'tsconfig.json'), '{"include":[".next/types/**/*.ts"]}');
    expect(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).toBe('{"include":[]}');
  });

  it('empties a given folder first, keeps its index only when asked, and removes it', () => {
    const root = fakeProject();
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'lede-scratch-dir-')), 'copy');
    made.push(path.dirname(dir));
    mkdirSync(path.join(dir, '.lede/site'), { recursive: true });
    writeFileSync(path.join(dir, '.lede/site/index.json'), '{}');
    writeFileSync(path.join(dir, 'stale.txt'), 'x');
    const kept = makeScratchCopy({ root, contentDir: 'fixtures/hostile', dir, keepIndex: true });
    expect(existsSync(path.join(dir, 'stale.txt'))).toBe(false);
    expect(existsSync(path.join(kept.indexDir, 'index.json'))).toBe(true);
    const fresh = makeScratchCopy({ root, contentDir: 'fixtures/hostile', dir });
    expect(existsSync(path.join(fresh.indexDir, 'index.json'))).toBe(false);
    fresh.remove();
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a folder inside the project and content without articles', () => {
    const root = fakeProject();
    expect(() => makeScratchCopy({ root, contentDir: 'fixtures/hostile', dir: path.join(root, 'copy') })).toThrow(/outside the project/);
    expect(() => makeScratchCopy({ root, contentDir: 'lib' })).toThrow(/no articles/);
  });
});

describe('scratchCommands', () => {
  it("runs this project's content build and the copy's own Next", () => {
    const root = fakeProject();
    const copy = makeScratchCopy({ root, contentDir: 'fixtures/hostile' });
    made.push(copy.dir);
    const commands = scratchCommands(copy, root);
    expect(commands.contentBuild()[1]).toBe(path.join(root, 'scripts', 'content-build.ts'));
    expect(commands.nextBuild()[0]?.startsWith(copy.dir)).toBe(true);
    expect(commands.nextStart(3600).slice(-2)).toEqual(['-p', '3600']);
  });
});
