import { englishStopWords } from './stopwords-en';
import { germanStopWords } from './stopwords-de';

export type StopWordLanguage = 'en' | 'de';

/** `de`, `de-DE`, `de-AT` … are German; everything else falls back to English. */
export function stopWordLanguage(lang: string): StopWordLanguage {
  return /^de(?:[-_]|$)/i.test(lang) ? 'de' : 'en';
}

const stopWords: Record<StopWordLanguage, ReadonlySet<string>> = { en: englishStopWords, de: germanStopWords };

// Letters and digits of any script; apostrophes and hyphens split words, so
// "Germany's" gives "germany" and "heat-pump" gives "heat" and "pump".
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGITS = /^\p{N}+$/u;

/**
 * Whether each UTF-16 code unit is part of a word, decided once by the
 * Unicode regex: scanning with a table is several times faster than a
 * Unicode-aware regex over 40 million words. Astral characters (surrogates)
 * count as word characters, which keeps rare scripts' words whole.
 */
export const wordTable: Uint8Array = (() => {
  const table = new Uint8Array(65_536);
  for (let code = 0; code < 65_536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = 1;
    else table[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return table;
})();

/** Calls `visit` with each lower-cased word of a text, in order, before stop words are removed. */
function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  const length = lower.length;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const inWord = i < length && wordTable[lower.charCodeAt(i)] === 1;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(lower.slice(start, i));
      start = -1;
    }
  }
}

/** Raw lower-cased words of a text, before stop words are removed. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word));
  return out;
}

/**
 * Harman's S-stemmer: folds English plurals ("floods" → "flood") and nothing
 * else, so it never merges words of different meaning the way aggressive
 * stemmers do ("general" / "generous").
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/**
 * The index term for one raw word, or null when it carries no meaning: a stop
 * word of the article's language, a single letter or a bare number (years and
 * counts link unrelated stories of the same year).
 */
export function termOf(word: string, language: StopWordLanguage): string | null {
  if (word.length < 2 || stopWords[language].has(word) || DIGITS.test(word)) return null;
  return language === 'en' ? stemEnglish(word) : word;
}

/** Index terms of a text in reading order; the build uses a cached variant of this. */
export function tokenize(text: string, lang: string): string[] {
  const language = stopWordLanguage(lang);
  const terms: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word, language);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Lower case, letters and digits only, single spaces: two versions of one headline compare equal. */
export function normaliseTitle(title: string): string {
  return words(title.normalize('NFKC')).join(' ');
}
