import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from './build-index';
import { cosineAtLeast, isDuplicate } from './parts';
import { testDoc } from '../../fixtures/related/test-docs';

/** n distinct made-up words, so vectors overflow their 64 kept terms. */
function wordList(prefix: string, n: number): string {
  return Array.from({ length: n }, (_, i) => `${prefix}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
}

describe('near-duplicates', () => {
  const long = wordList('kw', 200);
  const docs = [
    testDoc('original', { title: 'One long report', bodyText: long }),
    testDoc('copy', { title: 'The same long report, retitled', bodyText: `${long} ${wordList('extra', 3)}` }),
    testDoc('half', { title: 'Another report', bodyText: `${wordList('kw', 100)} ${wordList('zz', 100)}` }),
    testDoc('other', { title: 'Unrelated', bodyText: `${wordList('zz', 100)} ${wordList('yy', 100)}` }),
  ];
  const index = buildRelatedIndex(docs);
  const at = (slug: string) => index.bySlug.get(slug) ?? -1;

  it('recognises two versions of a long report although each vector holds only part of it', () => {
    expect(index.text.mass[at('original')]).toBeLessThan(0.9);
    expect(isDuplicate(index, at('original'), at('copy'))).toBe(true);
    expect(isDuplicate(index, at('copy'), at('original'))).toBe(true);
  });

  it('does not merge reports that share only part of their words', () => {
    expect(isDuplicate(index, at('original'), at('half'))).toBe(false);
    expect(isDuplicate(index, at('half'), at('other'))).toBe(false);
    expect(isDuplicate(index, at('original'), at('other'))).toBe(false);
    expect(cosineAtLeast(index, at('original'), at('half'), 0.9)).toBe(false);
  });
});
