import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';
import { isSafeUrl } from './mdx/allowed-components';

/**
 * Hostile MDX beyond lib/content/load.test.ts: markup and URLs disguised the
 * ways browsers would still honour. Each must fail the build with its file,
 * line and rule.
 */
const fixtures = path.join(__dirname, '../../fixtures/content');
const badArticles = path.relative(process.cwd(), path.join(fixtures, 'bad/articles'));

describe('hostile article bodies', async () => {
  const { articles, errors } = await loadCorpus({ contentDir: path.join(fixtures, 'bad'), publicDir: path.join(fixtures, 'public'), includeDrafts: true });
  const reported = errors.map((error) => error.format());

  it.each([
    ['body-style-plain.mdx', 16, 'body: no-html', '<style>'],
    ['body-anchor-javascript.mdx', 16, 'body: no-html', '<a>'],
    ['body-anchor-javascript.mdx', 16, 'body: unsafe-url', 'href="javascript:alert(1)"'],
    ['body-autolink-javascript.mdx', 16, 'body: mdx-syntax', ''],
    ['body-reference-link.mdx', 18, 'body: unsafe-url', 'javascript:alert(document.cookie)'],
    ['body-img-onerror.mdx', 16, 'body: no-html', '<img>'],
    ['body-img-onerror.mdx', 16, 'body: no-event-handler', 'onerror'],
    ['body-html-comment.mdx', 16, 'body: mdx-syntax', 'comment'],
    ['body-disguised-schemes.mdx', 16, 'body: unsafe-url', '"javascript:alert(1)"'],
    ['body-disguised-schemes.mdx', 18, 'body: unsafe-url', '"JAVASCRIPT:alert(1)"'],
    ['body-disguised-schemes.mdx', 20, 'body: unsafe-url', 'java\\tscript'],
    ['body-disguised-schemes.mdx', 22, 'body: unsafe-url', 'java\\u0001script'],
    ['body-disguised-schemes.mdx', 24, 'body: unsafe-url', 'data:text/html'],
    ['body-disguised-schemes.mdx', 26, 'body: component-props', '/\\t/evil.example/'],
    ['body-disguised-schemes.mdx', 28, 'body: component-props', '/\\\\evil.example/'],
    ['body-disguised-schemes.mdx', 30, 'body: component-props', 'java\\nscript'],
    // Refused at the first anchor, before anything is expanded.
    ['frontmatter-alias-bomb.mdx', 2, 'a', 'found the anchor &a'],
    ['frontmatter-alias-bomb.mdx', 3, 'b', 'found the alias *a'],
  ])('%s:%i reports %s', (file, line, rule, found) => {
    const prefix = `${path.join(badArticles, file)}:${line} ${rule}:`;
    expect(reported.some((message) => message.startsWith(prefix) && message.includes(found)), `${prefix} … ${found}\n${reported.join('\n')}`).toBe(true);
  });

  it('publishes nothing from a corpus with hostile files', () => expect(articles).toEqual([]));
});

describe('isSafeUrl sees URLs as a browser does', () => {
  it.each([
    'javascript&#58;alert(1)'.replace('&#58;', ':'),
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '/\\evil.example/',
    '\\\\evil.example/',
    '/\t/evil.example/',
    '//evil.example/',
    'https://example.org/a b',
    'data:image/png;base64,AAAA',
    'blob:https://example.org/x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'javascript%3Aalert(1)',
    '',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it.each(['/world/a-story', '/world/a-story#reactions', '#top', 'https://example.org/a?b=c', 'HTTPS://EXAMPLE.ORG', 'mailto:desk@example.org', ' https://example.org '])(
    'allows %j',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
});
