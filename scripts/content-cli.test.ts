import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real command-line tools on the hostile corpus, as an editor or CI runs
 * them: they must exit non-zero, name file:line and rule for each attack, and
 * leave the published index exactly as it was.
 */
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
/**
 * The tools run in a folder of their own, which links to what they read, so
 * the index they write (or must not write) is never the site's .lede/site.
 */
const cwd = mkdtempSync(path.join(os.tmpdir(), 'lede-content-cli-'));
for (const name of ['lib', 'public', 'node_modules']) symlinkSync(path.join(root, name), path.join(cwd, name));
const badCorpus = path.join(root, 'fixtures/content/bad');
const badArticles = path.relative(cwd, path.join(badCorpus, 'articles'));
const secret = `lede-probe-${process.pid}`;
const indexDir = path.join(cwd, '.lede', 'site');
/** Each run starts a TypeScript process; this only stops a hung one, it measures nothing. */
const hangGuard = { timeout: 120_000 };

function run(script: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.join(root, script)], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LEDE_CONTENT_DIR: badCorpus, LEDE_SECRET_PROBE: secret, ...extraEnv },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file and its bytes under a folder, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      }),
  );
}

/** Staging or previous-index folders a half-finished publish would leave beside the index. */
const leftovers = () => (existsSync(path.dirname(indexDir)) ? readdirSync(path.dirname(indexDir)).filter((name) => name.startsWith('site.')) : []);

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('npm run content:check on hostile content', () => {
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    ({ status, output } = run('scripts/content-check.ts'));
  }, hangGuard.timeout);

  it('exits non-zero', () => expect(status).not.toBe(0));

  it.each([
    ['body-expression.mdx', 16, 'no-expression'],
    ['body-expression.mdx', 18, 'no-expression'],
    ['body-import-export.mdx', 16, 'no-import-export'],
    ['body-script.mdx', 16, 'no-html'],
    ['body-iframe.mdx', 16, 'no-html'],
    ['body-style-plain.mdx', 16, 'no-html'],
    ['body-event-handler.mdx', 16, 'no-event-handler'],
    ['body-img-onerror.mdx', 16, 'no-event-handler'],
    ['body-anchor-javascript.mdx', 16, 'unsafe-url'],
    ['body-unsafe-url.mdx', 16, 'unsafe-url'],
    ['body-reference-link.mdx', 18, 'unsafe-url'],
    ['body-disguised-schemes.mdx', 16, 'unsafe-url'],
    ['body-disguised-schemes.mdx', 18, 'unsafe-url'],
    ['body-disguised-schemes.mdx', 20, 'unsafe-url'],
    ['body-disguised-schemes.mdx', 24, 'unsafe-url'],
    ['body-disguised-schemes.mdx', 26, 'component-props'],
    ['body-autolink-javascript.mdx', 16, 'mdx-syntax'],
    ['body-html-comment.mdx', 16, 'mdx-syntax'],
    ['body-unknown-component.mdx', 16, 'unknown-component'],
  ])('names %s:%i and rule %s', (file, line, rule) => {
    expect(output).toContain(`  ${badArticles}/${file}:${line} body: ${rule}: expected `);
  });

  it.each([
    ['frontmatter-tags.mdx', 3, 'teaser', 'found the tag !!binary'],
    ['frontmatter-anchor-alias.mdx', 3, 'teaser', 'found the alias *headline'],
    ['frontmatter-merge-key.mdx', 9, 'image', 'found the merge key <<'],
    ['frontmatter-duplicate-key.mdx', 8, 'title', 'found "title" a second time (first on line 2)'],
    ['frontmatter-alias-bomb.mdx', 2, 'a', 'found the anchor &a'],
  ])('names %s:%i, field %s, in the frontmatter', (file, line, field, found) => {
    const prefix = `  ${badArticles}/${file}:${line} ${field}: expected `;
    expect(output.split('\n').some((text) => text.startsWith(prefix) && text.endsWith(found)), `${prefix}… ${found}\n${output}`).toBe(true);
  });

  it('never runs what the articles smuggle in', () => {
    expect(output).not.toContain(secret);
    expect(existsSync('/tmp/lede-hostile-marker')).toBe(false);
  });
});

describe('npm run content:build on hostile content', () => {
  it('writes nothing when there was no index', hangGuard, () => {
    rmSync(indexDir, { recursive: true, force: true });
    const { status, output } = run('scripts/content-build.ts');
    expect(status).not.toBe(0);
    expect(output).toContain('Nothing was published');
    expect(existsSync(indexDir)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('leaves the published index byte for byte as it was', hangGuard, () => {
    mkdirSync(path.join(indexDir, 'articles'), { recursive: true });
    writeFileSync(path.join(indexDir, 'index.json'), JSON.stringify({ version: 1, marker: 'published before the hostile build' }));
    writeFileSync(path.join(indexDir, 'articles', 'kept.json'), '{"body":{"type":"root","children":[]}}');
    const before = snapshot(indexDir);

    const { status, output } = run('scripts/content-build.ts');

    expect(status).not.toBe(0);
    expect(output).toContain(`${badArticles}/body-script.mdx:16 body: no-html`);
    expect(snapshot(indexDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(output).not.toContain(secret);
  });
});
