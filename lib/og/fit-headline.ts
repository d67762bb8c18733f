import { splitGraphemes } from './text';

/** One candidate type size, tried from the first (largest) to the last. */
export interface FitStep {
  readonly fontSize: number;
  /** Multiple of the font size; the result is rounded to whole pixels. */
  readonly lineHeight: number;
  /** Cap on lines at this size; the box height caps them anyway. */
  readonly maxLines?: number;
}

export interface FitBox {
  readonly width: number;
  readonly height: number;
}

export interface FittedHeadline {
  readonly fontSize: number;
  /** Line height in px (whole pixels so every line starts on a pixel row). */
  readonly lineHeight: number;
  readonly lines: readonly string[];
  /** True when the text did not fit at the smallest size and ends in an ellipsis. */
  readonly truncated: boolean;
}

/** Only the measuring half of a TextMeasurer: keeps this module free of font loading. */
export type MeasureText = (text: string, fontSize: number) => number;

export const ellipsis = '\u2026';
const hyphen = '-';

/** Punctuation that looks wrong right before an ellipsis ("Gaza,…"). */
const trailingPunctuation = /[\s,;:.\u2013\u2014-]+$/u;

/** A piece of a line: a whole word, or a part of a word too wide for the box. */
interface Token {
  readonly text: string;
  /** Part of a word broken across lines (the text then ends with an added hyphen unless it is the last part). */
  readonly partial: boolean;
}

type Line = Token[];

const lineText = (line: Line): string => line.map((token) => token.text).join(' ');

export function lineHeightPx(step: FitStep): number {
  return Math.round(step.fontSize * step.lineHeight);
}

export function maxLinesFor(step: FitStep, box: FitBox): number {
  const byHeight = Math.max(1, Math.floor(box.height / lineHeightPx(step)));
  return step.maxLines === undefined ? byHeight : Math.max(1, Math.min(byHeight, step.maxLines));
}

/**
 * Breaks a word wider than the box into pieces that fit. Prefers the last
 * hyphen or slash already in the fitting part ("state-of-the-|art"),
 * otherwise cuts between graphemes and adds a hyphen.
 */
function breakWord(word: string, fits: (text: string) => boolean): Token[] {
  const pieces: Token[] = [];
  let rest = splitGraphemes(word);
  while (rest.length > 0 && !fits(rest.join(''))) {
    // Longest prefix that fits with a hyphen after it; at least one grapheme so this always progresses.
    let take = 1;
    while (take < rest.length && fits(rest.slice(0, take + 1).join('') + hyphen)) take += 1;
    const natural = rest.slice(0, take).findLastIndex((g) => g === '-' || g === '/');
    if (natural > 0) {
      pieces.push({ text: rest.slice(0, natural + 1).join(''), partial: true });
      rest = rest.slice(natural + 1);
    } else {
      pieces.push({ text: rest.slice(0, take).join('') + hyphen, partial: true });
      rest = rest.slice(take);
    }
  }
  if (rest.length > 0) pieces.push({ text: rest.join(''), partial: pieces.length > 0 });
  return pieces;
}

/**
 * Greedy line breaking: each word goes on the current line if the line still
 * fits, else starts the next. Returns null when a single word is wider than
 * the box and `breakWords` is off.
 */
function breakLines(words: readonly string[], fits: (text: string) => boolean, breakWords: boolean): Line[] | null {
  const lines: Line[] = [];
  let current: Line = [];
  for (const word of words) {
    const token: Token = { text: word, partial: false };
    if (current.length > 0 && fits(lineText([...current, token]))) {
      current.push(token);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [];
    if (fits(word)) {
      current = [token];
      continue;
    }
    if (!breakWords) return null;
    const pieces = breakWord(word, fits);
    const last = pieces.pop();
    for (const piece of pieces) lines.push([piece]);
    if (last) current = [last];
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** Shortens `line` so that it plus an ellipsis fits, cutting at a word boundary when the line has more than one word. */
function withEllipsis(line: Line, fits: (text: string) => boolean): string {
  const tokens = [...line];
  // A broken-off word part is not a word boundary: drop it when a whole word precedes it.
  while (tokens.length > 1 && tokens.at(-1)?.partial) tokens.pop();
  while (tokens.length > 1) {
    const text = lineText(tokens).replace(trailingPunctuation, '');
    if (text && fits(text + ellipsis)) return text + ellipsis;
    tokens.pop();
  }
  // One word (or word part) left: cut it grapheme by grapheme, the only option for a
  // headline that is a single enormous word.
  const first = tokens[0];
  if (!first) return ellipsis;
  const word = first.text.replace(/-$/, first.partial ? '' : '-');
  let parts = splitGraphemes(word);
  while (parts.length > 1) {
    const text = parts.join('').replace(trailingPunctuation, '');
    if (text && fits(text + ellipsis)) return text + ellipsis;
    parts = parts.slice(0, -1);
  }
  return parts.join('') + ellipsis;
}

/**
 * Chooses the largest type size at which `text` fits `box`, and the lines to
 * set it in. Deterministic and pure: the same text, measure and box always
 * give the same lines, which the card renders one block per line with
 * `white-space: nowrap` so the renderer cannot rewrap them.
 *
 * 1. Largest step where greedy word wrapping fits without breaking any word.
 * 2. Else the largest step where it fits with over-wide words broken (hyphenated).
 * 3. Else the smallest step, cut to its line limit, the last line ending in an
 *    ellipsis after a whole word.
 *
 * `text` should already be cleaned (see cleanCardText); spaces separate words.
 */
export function fitHeadline(text: string, measure: MeasureText, box: FitBox, steps: readonly FitStep[]): FittedHeadline {
  const smallest = steps.at(-1);
  if (!smallest) throw new Error('fitHeadline needs at least one step');
  const words = text.split(' ').filter((word) => word.length > 0);

  for (const breakWords of [false, true]) {
    for (const step of steps) {
      const fits = (candidate: string): boolean => measure(candidate, step.fontSize) <= box.width;
      const lines = breakLines(words, fits, breakWords);
      if (lines && lines.length <= maxLinesFor(step, box)) {
        return { fontSize: step.fontSize, lineHeight: lineHeightPx(step), lines: lines.map(lineText), truncated: false };
      }
    }
  }

  const fits = (candidate: string): boolean => measure(candidate, smallest.fontSize) <= box.width;
  // Not null: with breakWords every word fits after breaking.
  const lines = breakLines(words, fits, true) ?? [];
  const kept = lines.slice(0, maxLinesFor(smallest, box));
  const last = kept.pop();
  const texts = kept.map(lineText);
  if (last) texts.push(withEllipsis(last, fits));
  return { fontSize: smallest.fontSize, lineHeight: lineHeightPx(smallest), lines: texts, truncated: true };
}
