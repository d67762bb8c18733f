import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicImageBytes } from './image-bytes';

describe('publicImageBytes', () => {
  it('refuses paths outside /images/', () => {
    expect(() => publicImageBytes('/images/../package.json')).toThrow(/Refusing image path/);
    expect(() => publicImageBytes('package.json')).toThrow(/Refusing image path/);
  });

  it('reads the real size of an article picture', () => {
    // The function reads from <cwd>/public, as routes do at build time; the content fixtures have that layout.
    const file = 'fixtures/content/public/images/articles/fixture.jpg';
    const cwd = process.cwd();
    process.chdir(path.join(cwd, 'fixtures/content'));
    try {
      expect(publicImageBytes('/images/articles/fixture.jpg')).toBe(statSync(path.join(cwd, file)).size);
    } finally {
      process.chdir(cwd);
    }
  });
});
