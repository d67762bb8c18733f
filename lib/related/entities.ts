import { calendarWords, entityTitles, nameConnectors, nameHeads, titleModifiers } from './entity-words';
import { englishStopWords } from './stopwords-en';
import { germanStopWords } from './stopwords-de';
import { stopWordLanguage, wordTable, type StopWordLanguage } from './tokenize';

/**
 * How sure the finder is that a mention names something:
 * - `name`: several capitalised words ("Lena Hartmann", "Deutsche Bahn"), or one
 *   capitalised mid-sentence in English ("in Kassel"), or an acronym ("NATO");
 * - `maybe`: one capitalised word where capitals prove nothing: at the start of
 *   an English sentence ("Scans showed …"), or any German noun ("Streik").
 *   The index keeps a `maybe` only when the same word is a `name` somewhere in
 *   the archive (entity-vectors.ts), so "Kabul" at the start of a sentence or
 *   in a German report still counts, and "Streik" does not.
 */
export type Certainty = 'name' | 'maybe';

export interface EntityMention {
  /** Lower case, words joined by one space: the same in every language */
  readonly key: string;
  /** As first written, for explanations */
  readonly name: string;
  /** Mentions weighted by field (title ×3, teaser ×2, body ×1) */
  readonly count: number;
  readonly certainty: Certainty;
}

export interface EntitySource {
  readonly title: string;
  readonly teaser: string;
  readonly bodyText: string;
  readonly lang: string;
}

const FIELD_BOOST = { title: 3, teaser: 2, body: 1 } as const;
/** A surname alone counts for the full name, and a full name for half a mention of the surname (see `aliases`). */
const ALIAS_SHARE = 0.5;
/**
 * Only the start of the body is read: a report names its people, places
 * and organisations in its first paragraphs, and reading all of a long
 * story doubled the finder's cost on a 100,000-story archive.
 */
export const BODY_CHARACTERS = 2_000;
/** Longer runs of capitals are headlines in title case or lists, not one name. */
const MAX_NAME_WORDS = 5;

const stopWords: Record<StopWordLanguage, ReadonlySet<string>> = { en: englishStopWords, de: germanStopWords };

/** Per UTF-16 code unit, decided once like `wordTable`: 1 a capital (or titlecase) letter, 2 a small letter. */
const CAPITAL = 1;
const SMALL = 2;
const caseTable: Uint8Array = (() => {
  const table = new Uint8Array(65_536);
  for (let code = 0; code < 65_536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (char !== char.toLowerCase()) table[code] = CAPITAL;
    else if (char !== char.toUpperCase()) table[code] = SMALL;
  }
  return table;
})();

/**
 * What a character between two words does to a name, decided once per
 * code unit: 1 ends a sentence (the next word's capital proves nothing),
 * 2 ends a name without ending the sentence, 3 is white space, 0 neither
 * (a hyphen joins "Frank-Walter"). No string is made for the gaps between
 * words: at 40 million words that allocation was most of the finder's time.
 */
const SENTENCE_END = 1;
const NAME_BREAK = 2;
const SPACE = 3;
const gapTable: Uint8Array = (() => {
  const table = new Uint8Array(65_536);
  for (const char of '.!?:;\n"“”„«»‘’\'([') table[char.charCodeAt(0)] = SENTENCE_END;
  for (const char of ',)]–—/&+|') table[char.charCodeAt(0)] = NAME_BREAK;
  for (const char of ' \t\r\u00a0') table[char.charCodeAt(0)] = SPACE;
  return table;
})();

/** Two or more characters, capitals and digits only: "NATO", "G7", "GDL". */
function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const kind = caseTable[word.charCodeAt(i)];
    if (kind === SMALL) return false;
    if (kind === CAPITAL) capitals++;
  }
  return capitals > 0;
}

interface Found {
  name: string;
  count: number;
  certainty: Certainty;
}

/**
 * Finds the named entities of one article by its capitals: runs of
 * capitalised words, joined across "of", "von der" and hyphens, less the
 * titles, stop words and dates around them. Fast (one pass over the text,
 * a string only for capitalised words) because the build runs it on every
 * article of a 100,000-story archive; docs/related.md says why no NLP
 * library is used and what this misses.
 */
export function findEntities(source: EntitySource): EntityMention[] {
  const language = stopWordLanguage(source.lang);
  const found = new Map<string, Found>();
  scanField(source.title, FIELD_BOOST.title, language, found);
  scanField(source.teaser, FIELD_BOOST.teaser, language, found);
  scanField(source.bodyText.length > BODY_CHARACTERS ? source.bodyText.slice(0, BODY_CHARACTERS) : source.bodyText, FIELD_BOOST.body, language, found);
  return resolve(found);
}

function scanField(text: string, boost: number, language: StopWordLanguage, found: Map<string, Found>): void {
  const run: string[] = [];
  let runStartsSentence = false;
  let connectors: string[] = [];
  let sentenceStart = true;
  // What the characters since the last word did: see gapTable.
  let endsSentence = false;
  let breaksName = false;
  let onlySpace = true;
  const length = text.length;
  // Local copies: compiled to CommonJS, every use of an import is a property
  // getter call. No closures in here: the build's TypeScript loader wraps
  // each one it creates in a naming helper, which cost more than the scan.
  const isWordChar = wordTable;
  const letterCase = caseTable;
  const gapKind = gapTable;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (isWordChar[code] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if ((endsSentence || breaksName) && run.length > 0) {
        record(run, runStartsSentence, boost, language, found);
        run.length = 0;
        connectors = [];
      }
      if (endsSentence) sentenceStart = true;
      if (letterCase[text.charCodeAt(start)] === CAPITAL) {
        if (run.length === 0) runStartsSentence = sentenceStart;
        else if (connectors.length > 0) run.push(...connectors);
        if (connectors.length > 0) connectors = [];
        run.push(text.slice(start, i));
        if (run.length > MAX_NAME_WORDS) {
          record(run, runStartsSentence, boost, language, found);
          run.length = 0;
        }
      } else if (run.length > 0 && i - start <= 3 && onlySpace && nameConnectors.has(text.slice(start, i))) {
        connectors.push(text.slice(start, i));
      } else if (run.length > 0) {
        record(run, runStartsSentence, boost, language, found);
        run.length = 0;
        connectors = [];
      }
      sentenceStart = false;
      endsSentence = false;
      breaksName = false;
      onlySpace = true;
      start = -1;
    }
    const kind = gapKind[code];
    if (kind === SENTENCE_END) endsSentence = true;
    else if (kind === NAME_BREAK) breaksName = true;
    if (kind !== SPACE) onlySpace = false;
  }
  if (run.length > 0) record(run, runStartsSentence, boost, language, found);
}

/**
 * Splits a run at a title ("Afghan President Ashraf Ghani" names Ashraf
 * Ghani; what stands before a title is kept only when it is a name of its
 * own, "NATO Secretary General …"), then records what is left.
 */
function record(run: readonly string[], startsSentence: boolean, boost: number, language: StopWordLanguage, found: Map<string, Found>): void {
  if (run.length === 1) {
    recordWord(run[0] ?? '', startsSentence, boost, language, found);
    return;
  }
  const lower = run.map(toLower);
  let title = -1;
  for (let at = run.length - 2; at >= 0; at--) {
    if (entityTitles.has(lower[at] ?? '') && !isAcronym(run[at] ?? '')) {
      title = at;
      break;
    }
  }
  if (title < 0) {
    recordName(run, lower, startsSentence, boost, language, found);
    return;
  }
  let left = title;
  while (left > 0 && titleModifiers.has(lower[left - 1] ?? '')) left--;
  if (left > 1 || (left === 1 && isAcronym(run[0] ?? ''))) recordName(run.slice(0, left), lower.slice(0, left), startsSentence, boost, language, found);
  let right = title + 1;
  while (right < run.length - 1 && (nameConnectors.has(lower[right] ?? '') || titleModifiers.has(lower[right] ?? '') || entityTitles.has(lower[right] ?? ''))) right++;
  recordName(run.slice(right), lower.slice(right), false, boost, language, found);
}

function toLower(word: string): string {
  return word.toLowerCase();
}

/** One capitalised word alone: the common case, without the arrays a longer run needs. */
function recordWord(word: string, startsSentence: boolean, boost: number, language: StopWordLanguage, found: Map<string, Found>): void {
  const key = word.toLowerCase();
  if (key.length < 2 || calendarWords.has(key) || entityTitles.has(key)) return;
  const acronym = isAcronym(word);
  if (startsSentence && !acronym && (stopWords[language].has(key) || englishStopWords.has(key))) return;
  const certainty: Certainty = acronym || (language === 'en' && !startsSentence) ? 'name' : 'maybe';
  add(found, key, word, boost, certainty);
}

/** Drops a sentence's first stop word, dates and dangling connectors from the ends of a name and records it. */
function recordName(
  run: readonly string[],
  lower: readonly string[],
  startsSentence: boolean,
  boost: number,
  language: StopWordLanguage,
  found: Map<string, Found>,
): void {
  const stops = stopWords[language];
  let from = 0;
  let to = run.length;
  let firstOfSentence = startsSentence;
  // Only the sentence's own first word can be a capitalised stop word: "The
  // Taliban"; inside a run a capitalised stop word belongs to the name ("Ever Given").
  if (startsSentence && !isAcronym(run[0] ?? '') && (stops.has(lower[0] ?? '') || englishStopWords.has(lower[0] ?? ''))) {
    from = 1;
    firstOfSentence = false;
  }
  while (from < to && (calendarWords.has(lower[from] ?? '') || entityTitles.has(lower[from] ?? ''))) {
    from++;
    firstOfSentence = false;
  }
  while (to > from && (calendarWords.has(lower[to - 1] ?? '') || nameConnectors.has(lower[to - 1] ?? ''))) to--;
  if (from >= to) return;
  const words = run.slice(from, to);
  const keyWords = lower.slice(from, to);
  if (words.length > 1 && firstOfSentence) {
    // "Many Kabul residents …": the first word's capital may be the
    // sentence's. The whole run counts only if the archive knows it as a
    // name; the rest of it certainly is one.
    add(found, keyWords.join(' '), words.join(' '), boost, 'maybe');
    add(found, keyWords.slice(1).join(' '), words.slice(1).join(' '), boost, words.length > 2 || isAcronym(words[1] ?? '') || language === 'en' ? 'name' : 'maybe');
    return;
  }
  const certainty: Certainty =
    words.length > 1 || isAcronym(words[0] ?? '') || (language === 'en' && !firstOfSentence) ? 'name' : 'maybe';
  add(found, keyWords.join(' '), words.join(' '), boost, certainty);
}

function add(found: Map<string, Found>, key: string, name: string, boost: number, certainty: Certainty): void {
  if (key.length < 2) return;
  const entry = found.get(key);
  if (entry) {
    entry.count += boost;
    if (certainty === 'name') entry.certainty = 'name';
  } else {
    found.set(key, { name, count: boost, certainty });
  }
}

/**
 * Folds a surname written alone into the full name used in the same
 * article ("Hartmann" into "Lena Hartmann"), and gives each full name half
 * a mention of its last word, so another article that only says
 * "Hartmann" still shares something with this one. Generic heads
 * ("Bank", "Union", "Airlines") get no alias: they would link unrelated names.
 */
function resolve(found: Map<string, Found>): EntityMention[] {
  const fullNameOf = new Map<string, string>();
  for (const [key, entry] of found) {
    const space = key.lastIndexOf(' ');
    if (space < 0 || entry.certainty !== 'name') continue;
    const last = key.slice(space + 1);
    const current = fullNameOf.get(last);
    if (current === undefined || (found.get(current)?.count ?? 0) < entry.count) fullNameOf.set(last, key);
  }
  for (const [last, full] of fullNameOf) {
    const alone = found.get(last);
    const fullEntry = found.get(full);
    if (!alone || !fullEntry) continue;
    fullEntry.count += alone.count;
    found.delete(last);
  }
  const mentions: EntityMention[] = [];
  for (const [key, entry] of found) mentions.push({ key, name: entry.name, count: entry.count, certainty: entry.certainty });
  for (const [last, full] of fullNameOf) {
    const fullEntry = found.get(full);
    if (!fullEntry || last.length < 3 || nameHeads.has(last) || englishStopWords.has(last) || found.has(last)) continue;
    mentions.push({ key: last, name: fullEntry.name.slice(fullEntry.name.lastIndexOf(' ') + 1), count: fullEntry.count * ALIAS_SHARE, certainty: 'name' });
  }
  return mentions;
}
