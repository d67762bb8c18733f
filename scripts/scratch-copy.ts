/**
 * A throwaway copy of the project for builds that must not touch the working
 * tree: benchmark archives, the hostile-content e2e build, share-card build
 * timings. `next build` rewrites tsconfig.json and next-env.d.ts and fills
 * `.next/` and `.lede/`; in a copy, parallel builds cannot overwrite each
 * other or the site's own build, and nothing tracked is ever edited.
 *
 * node_modules is hard-linked, not symlinked: Turbopack refuses a
 * node_modules that points outside the project ("Could not find the Next.js
 * package"), and hard links of 27,000 files take seconds and no space. The
 * content folder is hard-linked too (builds only read it), so a
 * 100,000-article archive costs no copy either. Across filesystems, where
 * links cannot go, files are copied.
 */
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What `content:build` and `next build` read; everything else (tests, scripts, docs, outputs) stays behind. */
export const BUILD_ENTRIES = ['app', 'components', 'lib', 'config', 'public', 'assets', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json', 'tsconfig.json', 'next-env.d.ts'] as const;

export interface ScratchCopy {
  /** The copy's root: run builds and servers with this as their working directory */
  readonly dir: string;
  /** Where content:build writes the index in the copy (lib/content/index-file.ts) */
  readonly indexDir: string;
  /** Where `next build` writes in the copy */
  readonly distDir: string;
  /** Deletes the copy (links only: the real node_modules and content are untouched) */
  remove(): void;
}

export interface ScratchOptions {
  /** The articles to build (a folder with `articles/`, and `public/` files they use, if any), linked in as the copy's `content/` */
  readonly contentDir: string;
  /** The project to copy; default the working directory */
  readonly root?: string;
  /** Exactly this folder (emptied first), for a caller that must know it in advance; default a new one under the temp dir */
  readonly dir?: string;
  /** Keep the copy's `.lede/` (an earlier content build) when `dir` already holds one */
  readonly keepIndex?: boolean;
}

/** Recreates a tree of hard links (copies across filesystems); symlinks are recreated as they were. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkFile(source, target);
  }
}

function linkFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
    copyFileSync(source, target);
  }
}

export function makeScratchCopy(options: ScratchOptions): ScratchCopy {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.contentDir);
  if (!existsSync(path.join(contentDir, 'articles'))) throw new Error(`no articles/ folder in ${contentDir}`);
  const modules = path.join(root, 'node_modules');
  if (!lstatSync(modules, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no node_modules in ${root}: run npm ci first`);
  if (options.dir) {
    const wanted = path.resolve(options.dir);
    if (wanted === root || wanted.startsWith(`${root}${path.sep}`)) throw new Error(`a scratch copy must be outside the project, not ${wanted}`);
  }
  const dir = options.dir ? path.resolve(options.dir) : mkdtempSync(path.join(os.tmpdir(), 'lede-scratch-'));
  const keep = options.keepIndex === true ? new Set(['.lede']) : new Set<string>();
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  // Sources are copied, never linked: `next build` rewrites tsconfig.json in place, which through a link would edit ours.
  for (const name of BUILD_ENTRIES) {
    const source = path.join(root, name);
    if (existsSync(source)) cpSync(source, path.join(dir, name), { recursive: true });
  }
  linkTree(contentDir, path.join(dir, 'content'));
  // A generated archive carries its pictures in its own public/: next/image optimises only files under the copy's.
  const contentPublic = path.join(contentDir, 'public');
  if (existsSync(contentPublic)) linkTree(contentPublic, path.join(dir, 'public'));
  linkTree(modules, path.join(dir, 'node_modules'));

  return {
    dir,
    indexDir: path.join(dir, '.lede', 'site'),
    distDir: path.join(dir, '.next'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The build's commands, as argv for `spawn(process.execPath, …)` with the
 * copy as working directory. content:build is this project's script (it
 * writes to `<cwd>/.lede/site`); Next is the copy's own, so the code it runs
 * and the packages Turbopack resolves come from one place.
 */
export function scratchCommands(copy: ScratchCopy, root: string = process.cwd()) {
  const next = path.join(copy.dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const tsx = path.join(copy.dir, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return {
    contentBuild: (): string[] => [tsx, path.join(path.resolve(root), 'scripts', 'content-build.ts')],
    nextBuild: (): string[] => [next, 'build'],
    nextStart: (port: number): string[] => [next, 'start', '-p', String(port)],
  };
}
