import { describe, expect, it } from 'vitest';
import { splitFrontmatter, type SplitFile } from './frontmatter';

function split(yaml: string, body = '\nBody.\n'): SplitFile {
  const result = splitFrontmatter(`---\n${yaml}---\n${body}`);
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** Problems as `line field: found`, the parts an editor acts on. */
const problems = (yaml: string) => split(yaml).yamlErrors.map((e) => `${e.line} ${e.field}: ${e.found}`);

describe('splitFrontmatter: frontmatter is plain data', () => {
  it('reads plain mappings, lists and scalars, quoted markers included', () => {
    const result = split('title: "!Breaking & *news*"\nteaser: \'&Co <<\'\n"<<": quoted key\ntopics: [a, b]  # &not *an anchor\nimage:\n  alt: x\n');
    expect(result.yamlErrors).toEqual([]);
    expect(result.data).toEqual({ title: '!Breaking & *news*', teaser: '&Co <<', '<<': 'quoted key', topics: ['a', 'b'], image: { alt: 'x' } });
  });

  it('refuses every tag, known or not, with the field and the line in the file', () => {
    expect(problems('title: ok\nteaser: !!binary aGk=\nlang: !!str en\nimage: !custom\n  alt: x\nauthors: [!!js/function "f()"]\n')).toEqual([
      '3 teaser: the tag !!binary',
      '4 lang: the tag !!str',
      '5 image: the tag !custom',
      '7 authors: the tag !!js/function',
    ]);
    // Without the check, the yaml library drops an unknown tag and keeps its text.
    expect(split('title: !Breaking news\n').data).toBeUndefined();
  });

  it('refuses anchors and aliases, each repeated alias of a line once', () => {
    expect(problems('title: &t A title\nteaser: *t\ntopics: [*t, *t]\nimage: &img\n  alt: x\n')).toEqual([
      '2 title: the anchor &t',
      '3 teaser: the alias *t',
      '4 topics: the alias *t',
      '5 image: the anchor &img',
    ]);
  });

  it('never expands a merge key', () => {
    const result = split('base: &b {alt: x}\nimage:\n  <<: *b\n  credit: y\n');
    expect(result.yamlErrors.map((e) => `${e.line} ${e.field}: ${e.found}`)).toEqual(['2 base: the anchor &b', '4 image: the merge key <<', '4 image: the alias *b']);
    expect(result.yamlErrors[1]?.expected).toBe('plain YAML data without merge keys (write the fields out)');
  });

  it('refuses a key given twice, at the second one, naming the first', () => {
    const result = split('title: a\nimage:\n  alt: x\n  alt: y\ntitle: b\n');
    expect(result.yamlErrors).toEqual([
      { line: 5, field: 'image', expected: 'each field once', found: '"alt" a second time (first on line 4)' },
      { line: 6, field: 'title', expected: 'each field once', found: '"title" a second time (first on line 2)' },
    ]);
  });

  it('reports a syntax error as invalid YAML, with its line', () => {
    expect(split('title: ok\nteaser: [unclosed\n').yamlErrors).toEqual([
      { line: 3, field: 'frontmatter', expected: 'valid YAML', found: expect.stringContaining('Flow sequence') },
    ]);
  });
});
