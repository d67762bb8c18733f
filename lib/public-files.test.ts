import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicImageFile, publicImagePath } from './public-files';

let root: string;
let publicDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'public-files-'));
  publicDir = path.join(root, 'public');
  await mkdir(path.join(publicDir, 'images', 'articles'), { recursive: true });
  await writeFile(path.join(publicDir, 'images', 'articles', 'x.jpg'), 'jpeg');
  await writeFile(path.join(root, 'secret.jpg'), 'not for you');
  await symlink(path.join(root, 'secret.jpg'), path.join(publicDir, 'images', 'articles', 'link.jpg'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const refused = [
  ['images/articles/x.jpg', 'relative'],
  ['//evil.example/x.jpg', 'protocol-relative'],
  ['https://evil.example/images/x.jpg', 'remote'],
  ['/images/../../etc/passwd.jpg', 'dot-dot'],
  ['/images/./x.jpg', 'dot segment'],
  ['/images/%2e%2e/x.jpg', 'escaped'],
  ['/images\\..\\x.jpg', 'backslash'],
  ['/images/articles/x.svg', 'not a raster image'],
  ['/images/articles/x.jpg?w=1', 'query'],
  ['/images/articles/x.jpg#top', 'fragment'],
  ['/images//x.jpg', 'empty segment'],
  ['/images/articles/x.jpg\0.png', 'NUL'],
  ['/brand/logo.png', 'outside /images/'],
] as const;

describe('publicImagePath', () => {
  it('accepts pictures under /images/', () => {
    for (const src of ['/images/a.jpg', '/images/articles/nato-summit_2.jpeg', '/images/x/y/z.png', '/images/a.webp', '/images/a.avif']) {
      expect(publicImagePath.test(src)).toBe(true);
    }
  });

  it.each(refused)('refuses %s (%s)', (src) => {
    expect(publicImagePath.test(src)).toBe(false);
  });
});

describe('publicImageFile', () => {
  it('maps a public path to its file in the public folder', () => {
    expect(publicImageFile('/images/articles/x.jpg', publicDir)).toMatch(/public\/images\/articles\/x\.jpg$/);
  });

  it.each(refused)('refuses %s (%s) before touching the disk', (src) => {
    expect(() => publicImageFile(src, '/nonexistent/public')).toThrow(/Refusing image path/);
  });

  it('refuses a symlink that leads out of the public folder', () => {
    expect(() => publicImageFile('/images/articles/link.jpg', publicDir)).toThrow(/links outside the public folder/);
  });

  it('says when the file is missing', () => {
    expect(() => publicImageFile('/images/articles/missing.jpg', publicDir)).toThrow(/ENOENT/);
  });
});
