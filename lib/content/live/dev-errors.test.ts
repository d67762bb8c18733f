import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError, type ContentErrorInit } from '../errors';
import { contentErrorsInDev, DEV_ERRORS_FILE, DevErrors, readDevErrors, toErrorInit } from './dev-errors';

const error = (file: string, line: number, field = 'section'): ContentErrorInit => ({ file, line, field, expected: 'one of the sections', found: '"weather"' });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lede-dev-errors-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('DevErrors and readDevErrors', () => {
  it('writes each slug’s errors in line order, and a reader sees them', () => {
    const errors = new DevErrors(dir);
    errors.set('a', [error('content/articles/a.mdx', 9), error('content/articles/a.mdx', 2, 'title')]);
    errors.set('b', [error('content/articles/b.mdx', 4)]);
    const read = readDevErrors(dir);
    expect(read.get('a')?.map((e) => e.line)).toEqual([2, 9]);
    expect(read.get('b')).toEqual([error('content/articles/b.mdx', 4)]);
  });

  it('keeps only the five fields of a ContentError', () => {
    const errors = new DevErrors(dir);
    errors.set('a', [new ContentError(error('content/articles/a.mdx', 3))]);
    expect(readDevErrors(dir).get('a')).toEqual([error('content/articles/a.mdx', 3)]);
    expect(toErrorInit(new ContentError(error('x.mdx', 1)))).toEqual(error('x.mdx', 1));
  });

  it('clears a slug once it is fixed, and removes the file when nothing is left', () => {
    const errors = new DevErrors(dir);
    errors.set('a', [error('content/articles/a.mdx', 1)]);
    errors.set('b', [error('content/articles/b.mdx', 1)]);
    errors.clear('a');
    expect([...readDevErrors(dir).keys()]).toEqual(['b']);
    errors.set('b', []);
    expect(existsSync(path.join(dir, DEV_ERRORS_FILE))).toBe(false);
    expect(readDevErrors(dir).size).toBe(0);
    expect(errors.slugs()).toEqual([]);
  });

  it('writes atomically: no temp file is left beside it', () => {
    const errors = new DevErrors(dir);
    for (let n = 1; n <= 5; n += 1) errors.set('a', [error('content/articles/a.mdx', n)]);
    expect(readdirSync(dir)).toEqual([DEV_ERRORS_FILE]);
  });

  it('starts empty: errors of an earlier session are stale', () => {
    writeFileSync(path.join(dir, DEV_ERRORS_FILE), JSON.stringify({ version: 1, bySlug: { old: [error('old.mdx', 1)] } }));
    new DevErrors(dir);
    expect(readDevErrors(dir).size).toBe(0);
  });

  it('reads no errors from a missing, broken or unknown file', () => {
    expect(readDevErrors(path.join(dir, 'nowhere')).size).toBe(0);
    writeFileSync(path.join(dir, DEV_ERRORS_FILE), '{ not json');
    expect(readDevErrors(dir).size).toBe(0);
    writeFileSync(path.join(dir, DEV_ERRORS_FILE), JSON.stringify({ version: 2, bySlug: { a: [] } }));
    expect(readDevErrors(dir).size).toBe(0);
  });
});

describe('contentErrorsInDev', () => {
  beforeEach(() => {
    // defaultLiveDir() resolves LEDE_LIVE_DIR against the working directory
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    mkdirSync(path.join(dir, '.lede', 'live'), { recursive: true });
    const errors = new DevErrors(path.join(dir, '.lede', 'live'));
    errors.set('b', [error('content/articles/b.mdx', 4)]);
    errors.set('a', [error('content/articles/a.mdx', 7)]);
  });

  it('gives one slug’s errors, or every file’s sorted by file and line, in development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(contentErrorsInDev('a')).toEqual([error('content/articles/a.mdx', 7)]);
    expect(contentErrorsInDev('c')).toEqual([]);
    expect(contentErrorsInDev().map((e) => e.file)).toEqual(['content/articles/a.mdx', 'content/articles/b.mdx']);
  });

  it.each(['production', 'test'])('gives nothing when NODE_ENV is %s, even with the file there', (mode) => {
    vi.stubEnv('NODE_ENV', mode);
    expect(contentErrorsInDev('a')).toEqual([]);
    expect(contentErrorsInDev()).toEqual([]);
  });
});
