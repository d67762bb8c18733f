import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';

const fixtures = path.join(__dirname, '../../fixtures/content');
const publicDir = path.join(fixtures, 'public');
const load = (corpus: 'good' | 'bad', includeDrafts = false) =>
  loadCorpus({ contentDir: path.join(fixtures, corpus), publicDir, includeDrafts });

describe('loadCorpus on valid content', () => {
  it('loads, validates and sorts articles newest first, without drafts', async () => {
    const { articles, errors } = await load('good');
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(['alliance-agrees-drawdown', 'budget-talks-resume']);
  });

  it('includes drafts for previews', async () => {
    const { articles } = await load('good', true);
    expect(articles.map((a) => a.slug)).toContain('unfinished-draft');
  });

  it('reads image sizes from the files and derives topic slugs', async () => {
    const [article] = (await load('good')).articles;
    expect(article?.image).toMatchObject({ width: 1600, height: 900, alt: 'A plain blue rectangle used as a test picture' });
    expect(article?.topics).toContainEqual({ name: "Women's rights", slug: 'womens-rights' });
  });

  it('applies defaults: site language, no sources, no related picks', async () => {
    const { articles } = await load('good');
    const budget = articles.find((a) => a.slug === 'budget-talks-resume');
    expect(budget).toMatchObject({ lang: 'de', sources: [], related: [], draft: false });
    expect(articles.find((a) => a.slug === 'alliance-agrees-drawdown')?.lang).toBe('en');
  });

  it('carries a correction, trimmed, only on the article that has one', async () => {
    const { articles } = await load('good');
    expect(articles.find((a) => a.slug === 'alliance-agrees-drawdown')?.correction).toBe(
      'An earlier version of this article said the plan was agreed on Tuesday. It was agreed on Wednesday.',
    );
    expect(articles.find((a) => a.slug === 'budget-talks-resume')).not.toHaveProperty('correction');
  });

  it('compiles the body to a tree with allowed components and sized figures', async () => {
    const [article] = (await load('good')).articles;
    const json = JSON.stringify(article?.body);
    for (const name of ['Quote', 'MediaTeaser', 'FactBox', 'Figure']) expect(json).toContain(`"tagName":"${name}"`);
    expect(json).not.toContain('mdxJsx');
    expect(json).toContain('"tagName":"table"');
    expect(json).toContain('"width":"800","height":"600"');
    expect(article?.bodyText).toContain('The alliance set out its plan on Wednesday.\nReactions');
  });
});

describe('loadCorpus on hostile and broken content', () => {
  it('lists every error at once, with file, line, field, expected and found', async () => {
    const { articles, errors } = await load('bad');
    expect(articles).toEqual([]);
    const lines = errors.map((e) => e.format());
    const has = (file: string, line: number, field: string) =>
      expect(lines.some((l) => l.startsWith(`${path.relative(process.cwd(), path.join(fixtures, 'bad/articles', file))}:${line} ${field}:`)), `${file}:${line} ${field}\n${lines.join('\n')}`).toBe(true);

    const wrong = 'frontmatter-everything-wrong.mdx';
    has(wrong, 1, 'title');
    has(wrong, 3, 'published');
    has(wrong, 4, 'updated');
    has(wrong, 5, 'section');
    has(wrong, 6, 'topics.1');
    has(wrong, 7, 'authors');
    has(wrong, 10, 'image.alt');
    has(wrong, 9, 'image.src');
    has(wrong, 12, 'related.0');
    has(wrong, 13, 'draft');
    has(wrong, 14, 'tittle');
    has(wrong, 15, 'slug');
    has('topics.mdx', 1, 'file name');
    has('frontmatter-bad-yaml.mdx', 3, 'frontmatter');
    has('frontmatter-missing.mdx', 1, 'frontmatter');

    has('body-expression.mdx', 16, 'body: no-expression');
    has('body-expression.mdx', 18, 'body: no-expression');
    has('body-import-export.mdx', 16, 'body: no-import-export');
    has('body-import-export.mdx', 18, 'body: no-import-export');
    has('body-script.mdx', 16, 'body: no-html');
    has('body-iframe.mdx', 16, 'body: no-html');
    has('body-style.mdx', 16, 'body: mdx-syntax');
    has('body-event-handler.mdx', 16, 'body: no-event-handler');
    has('body-unsafe-url.mdx', 16, 'body: unsafe-url');
    has('body-unsafe-url.mdx', 18, 'body: component-props');
    has('body-unknown-component.mdx', 16, 'body: unknown-component');
    has('body-heading-image.mdx', 16, 'body: heading-level');
    has('body-heading-image.mdx', 18, 'body: no-markdown-image');
    has('body-attribute-expression.mdx', 16, 'body: no-expression');
    has('body-missing-figure.mdx', 16, 'body: missing-image');
  });

  it('refuses YAML beyond plain data, naming file:line and the field', async () => {
    const lines = (await load('bad')).errors.map((e) => e.format());
    const file = (name: string) => path.relative(process.cwd(), path.join(fixtures, 'bad/articles', name));
    const noTags = 'expected plain YAML data without tags (quote a value that starts with !)';
    const noAnchors = 'expected plain YAML data without anchors or aliases (write the value out; quote a value that starts with & or *)';
    const expected = [
      `${file('frontmatter-anchor-alias.mdx')}:2 title: ${noAnchors}, found the anchor &headline`,
      `${file('frontmatter-anchor-alias.mdx')}:3 teaser: ${noAnchors}, found the alias *headline`,
      `${file('frontmatter-duplicate-key.mdx')}:8 title: expected each field once, found "title" a second time (first on line 2)`,
      `${file('frontmatter-duplicate-key.mdx')}:12 image: expected each field once, found "alt" a second time (first on line 11)`,
      `${file('frontmatter-merge-key.mdx')}:9 image: expected plain YAML data without merge keys (write the fields out), found the merge key <<`,
      `${file('frontmatter-tags.mdx')}:2 title: ${noTags}, found the tag !Breaking`,
      `${file('frontmatter-tags.mdx')}:3 teaser: ${noTags}, found the tag !!binary`,
      `${file('frontmatter-tags.mdx')}:7 authors: ${noTags}, found the tag !!js/function`,
      `${file('frontmatter-tags.mdx')}:8 image: ${noTags}, found the tag !custom`,
    ];
    const yamlFiles = ['frontmatter-anchor-alias.mdx', 'frontmatter-duplicate-key.mdx', 'frontmatter-merge-key.mdx', 'frontmatter-tags.mdx'].map(file);
    // Exactly these (loadCorpus reads files in name order), and nothing else from those files: the schema does not run on YAML that is not plain data.
    expect(lines.filter((line) => yamlFiles.some((name) => line.startsWith(`${name}:`)))).toEqual(expected);
  });

  it('refuses a correction without the updated time that dates it', async () => {
    const lines = (await load('bad')).errors.map((e) => e.format());
    const file = path.relative(process.cwd(), path.join(fixtures, 'bad/articles', 'frontmatter-correction-without-updated.mdx'));
    expect(lines.filter((line) => line.startsWith(`${file}:`))).toEqual([
      `${file}:8 correction: expected an \`updated\` time for the correction, found none`,
    ]);
  });

  it('says what was expected and what was found for every error', async () => {
    const { errors } = await load('bad');
    expect(errors.length).toBeGreaterThan(25);
    expect(errors.every((e) => e.expected.length > 0 && e.found.length > 0 && e.line >= 1)).toBe(true);
  });

  it('never evaluates what an article smuggles in', async () => {
    process.env.LEDE_SECRET_PROBE = 'do-not-leak';
    const { errors } = await load('bad');
    expect(existsSync('/tmp/lede-hostile-marker')).toBe(false);
    expect(errors.map((e) => e.format()).join('\n')).not.toContain('do-not-leak');
  });
});
