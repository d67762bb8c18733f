import { ellipsis, trailingPunctuation } from '../format/truncate';
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
type MeasureText = (text: string, fontSize: number) => number;

const hyphen = '-';

/** A piece of a line: a whole word, or a part of a word too wide for the box. */
interface Token {
  readonly text: string;
  /**
   * A part of a broken word other than its last: it ends in a hyphen (added,
   * or the word's own) and is not a word boundary. Always alone on its line.
   */
  readonly endsMidWord: boolean;
}

type Line = Token[];

const lineText = (line: Line): string => line.map((token) => token.text).join(' ');

function lineHeightPx(step: FitStep): number {
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
      pieces.push({ text: rest.slice(0, natural + 1).join(''), endsMidWord: true });
      rest = rest.slice(natural + 1);
    } else {
      pieces.push({ text: rest.slice(0, take).join('') + hyphen, endsMidWord: true });
      rest = rest.slice(take);
    }
  }
  if (rest.length > 0) pieces.push({ text: rest.join(''), endsMidWord: false });
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
    const token: Token = { text: word, endsMidWord: false };
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

/**
 * Shortens `line` so that it plus an ellipsis fits, cutting after a whole word.
 * Returns null when that is impossible: the line holds a single word (or word
 * part) too wide to take an ellipsis.
 */
function withEllipsisAfterWord(line: Line, fits: (text: string) => boolean): string | null {
  const tokens = line.filter((token) => !token.endsMidWord);
  while (tokens.length > 0) {
    const text = lineText(tokens).replace(trailingPunctuation, '');
    if (text && fits(text + ellipsis)) return text + ellipsis;
    tokens.pop();
  }
  return null;
}

/** Last resort for a headline that is one enormous word: cut it grapheme by grapheme. */
function withEllipsisInWord(line: Line, fits: (text: string) => boolean): string {
  let parts = splitGraphemes(lineText(line).replace(/-$/, ''));
  while (parts.length > 1) {
    const text = parts.join('').replace(trailingPunctuation, '');
    if (text && fits(text + ellipsis)) return text + ellipsis;
    parts = parts.slice(0, -1);
  }
  return parts.join('') + ellipsis;
}

/**
 * Cuts `lines` to `maxLines`, ending in an ellipsis after a whole word. When
 * the last line cannot take one (a single wide word), the cut moves up a line;
 * only text without any usable word boundary is cut inside a word.
 */
function truncate(lines: readonly Line[], maxLines: number, fits: (text: string) => boolean): string[] {
  const kept = lines.slice(0, maxLines);
  for (let last = kept.length - 1; last >= 0; last -= 1) {
    const ending = withEllipsisAfterWord(kept[last]!, fits);
    if (ending !== null) return [...kept.slice(0, last).map(lineText), ending];
  }
  const last = kept.at(-1);
  return last ? [...kept.slice(0, -1).map(lineText), withEllipsisInWord(last, fits)] : [ellipsis];
}

/**
 * Evens out ragged lines, like CSS `text-wrap: balance`: the narrowest width
 * (whole pixels) at which greedy wrapping still needs no more lines than it
 * does at `maxWidth`. Greedy line count only grows as the width shrinks, so a
 * binary search finds it. Avoids a lone word on the last line of a headline.
 */
function balanceLines(words: readonly string[], width: (text: string) => number, maxWidth: number, lines: Line[]): Line[] {
  if (lines.length < 2) return lines;
  let low = Math.ceil(Math.max(...words.map(width)));
  let high = Math.floor(maxWidth);
  if (low >= high) return lines;
  let best = lines;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const candidate = breakLines(words, (text) => width(text) <= mid, false);
    if (candidate && candidate.length <= lines.length) {
      high = mid;
      best = candidate;
    } else {
      low = mid + 1;
    }
  }
  return best;
}

/**
 * Chooses the largest type size at which `text` fits `box`, and the lines to
 * set it in. Deterministic and pure: the same text, measure and box always
 * give the same lines, which the card renders one block per line with
 * `white-space: nowrap` so the renderer cannot rewrap them.
 *
 * 1. Largest step where greedy word wrapping fits without breaking any word;
 *    the lines are then balanced to even lengths.
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
      const width = (candidate: string): number => measure(candidate, step.fontSize);
      const lines = breakLines(words, (candidate) => width(candidate) <= box.width, breakWords);
      if (lines && lines.length <= maxLinesFor(step, box)) {
        // Broken words are left as they are: moving their hyphens around gains nothing.
        const set = breakWords ? lines : balanceLines(words, width, box.width, lines);
        return { fontSize: step.fontSize, lineHeight: lineHeightPx(step), lines: set.map(lineText), truncated: false };
      }
    }
  }

  const fits = (candidate: string): boolean => measure(candidate, smallest.fontSize) <= box.width;
  // Not null: with breakWords every word fits after breaking.
  const lines = breakLines(words, fits, true) ?? [];
  return { fontSize: smallest.fontSize, lineHeight: lineHeightPx(smallest), lines: truncate(lines, maxLinesFor(smallest, box), fits), truncated: true };
}
