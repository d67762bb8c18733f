import { editions as allEditions, type Editions } from '../editions';
import { ContentError } from './errors';

/** One file's `translations` as written, with where each entry is. */
export interface TranslationLinks {
  readonly slug: string;
  readonly file: string;
  readonly picks: readonly unknown[];
  readonly lineOf: (index: number) => number;
}

export interface TranslationTarget {
  readonly lang: string;
  readonly translations: readonly string[];
}

/**
 * A translation link says two files are the same story. A wrong one would
 * tell search engines and readers that different stories are versions of
 * each other, so the links must agree: each version names an existing
 * article in another edition, at most one per edition, and names every
 * version the other names, itself included in reverse (A lists B exactly
 * when B lists A, and both list the same others).
 */
export function translationErrors(
  links: readonly TranslationLinks[],
  articles: ReadonlyMap<string, TranslationTarget>,
  fileSlugs: ReadonlySet<string>,
  editions: Editions = allEditions,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const { slug, file, picks, lineOf } of links) {
    const own = articles.get(slug);
    const seen = new Map<string, string>();
    picks.forEach((pick, index) => {
      if (typeof pick !== 'string') return;
      const field = `translations.${index}`;
      const error = (expected: string, found: string) => errors.push(new ContentError({ file, line: lineOf(index), field, expected, found }));
      if (pick === slug) return error('the slug of this story in another edition', 'the article itself');
      if (!fileSlugs.has(pick)) return error('the slug of an existing article', JSON.stringify(pick));
      const target = articles.get(pick);
      // A target with errors of its own is reported there; own is missing when this file has errors.
      if (!target || !own) return;
      const edition = editions.forLang(target.lang);
      if (edition === editions.forLang(own.lang)) return error(`a version in another edition (both are in the ${edition.lang} edition)`, JSON.stringify(pick));
      const twice = seen.get(edition.lang);
      if (twice) return error(`one version per edition (${twice} is the ${edition.lang} version already)`, JSON.stringify(pick));
      seen.set(edition.lang, pick);
      if (!target.translations.includes(slug)) return error(`${pick} to list ${slug} in its translations too (a link must be mutual)`, 'a one-way link');
      const mine = new Set([slug, ...picks.filter((p): p is string => typeof p === 'string')]);
      const theirs = new Set([pick, ...target.translations]);
      if (mine.size !== theirs.size || [...mine].some((s) => !theirs.has(s))) {
        error(`the same versions as ${pick} lists (${[...theirs].filter((s) => s !== slug).join(', ')})`, `${[...mine].filter((s) => s !== slug).join(', ')}`);
      }
    });
  }
  return errors;
}
