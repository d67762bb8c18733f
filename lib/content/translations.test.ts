import { describe, expect, it } from 'vitest';
import { translationErrors, type TranslationLinks } from './translations';

const links = (slug: string, picks: unknown[]): TranslationLinks => ({ slug, file: `content/articles/${slug}.mdx`, picks, lineOf: (i) => 10 + i });

const articles = new Map([
  ['nato', { lang: 'en', translations: ['nato-fa', 'nato-ps'] }],
  ['nato-fa', { lang: 'fa-AF', translations: ['nato', 'nato-ps'] }],
  ['nato-ps', { lang: 'ps', translations: ['nato', 'nato-fa'] }],
  ['other-fa', { lang: 'fa-AF', translations: [] }],
  ['kabul', { lang: 'en', translations: ['other-fa'] }],
  ['kabul-2', { lang: 'en', translations: ['nato'] }],
]);
const files = new Set([...articles.keys()]);

describe('translationErrors', () => {
  it('accepts links that every version makes', () => {
    expect(translationErrors([links('nato', ['nato-fa', 'nato-ps']), links('nato-fa', ['nato', 'nato-ps'])], articles, files)).toEqual([]);
  });

  it('names file, line and field for a one-way link, a missing story, itself and the same edition', () => {
    const errors = translationErrors(
      [links('kabul', ['other-fa', 'gone', 'kabul']), links('kabul-2', ['nato'])],
      articles,
      files,
    ).map((error) => error.format());
    expect(errors).toContain('content/articles/kabul.mdx:10 translations.0: expected other-fa to list kabul in its translations too (a link must be mutual), found a one-way link');
    expect(errors).toContain('content/articles/kabul.mdx:11 translations.1: expected the slug of an existing article, found "gone"');
    expect(errors).toContain('content/articles/kabul.mdx:12 translations.2: expected the slug of this story in another edition, found the article itself');
    expect(errors).toContain('content/articles/kabul-2.mdx:10 translations.0: expected a version in another edition (both are in the en edition), found "nato"');
  });

  it('refuses a version list that disagrees with the other side’s', () => {
    const partial = new Map(articles).set('nato-fa', { lang: 'fa-AF', translations: ['nato'] });
    const [error] = translationErrors([links('nato-fa', ['nato'])], partial, files);
    expect(error?.format()).toMatch(/translations\.0: expected the same versions as nato lists \(nato, nato-ps\), found nato$/);
  });
});
