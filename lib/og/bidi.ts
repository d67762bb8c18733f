import bidiFactory from 'bidi-js';

export type TextDirection = 'ltr' | 'rtl';

/** A stretch of one line with one embedding level: shaped as a unit, in one direction. */
export interface BidiRun {
  /** UTF-16 offsets into the line, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly level: number;
  readonly direction: TextDirection;
}

/** bidi-js builds its Unicode tables on first use: one instance per process. */
let bidi: ReturnType<typeof bidiFactory> | undefined;

/**
 * Splits one line into runs and puts them in visual order, left to right
 * (Unicode Bidirectional Algorithm, UAX #9). bidi-js resolves the embedding
 * levels (W/N/I rules: where "Biden", "2021" and "۲۰۲۱" go in a Dari line);
 * rule L2 is applied here to whole runs: from the highest level down to the
 * lowest odd one, every sequence of runs at that level or above is reversed.
 * The glyphs inside an RTL run are reversed by the shaper, which also
 * mirrors brackets.
 */
export function visualRuns(line: string, direction: TextDirection): BidiRun[] {
  if (line.length === 0) return [];
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  const runs: { start: number; end: number; level: number }[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const level = levels[i]!;
    const last = runs.at(-1);
    if (last && last.level === level) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level });
  }
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 === 1 ? run.level : Infinity)));
  let visual = runs;
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level -= 1) {
    const next: typeof runs = [];
    for (let i = 0; i < visual.length; ) {
      if (visual[i]!.level < level) {
        next.push(visual[i]!);
        i += 1;
        continue;
      }
      let j = i;
      while (j < visual.length && visual[j]!.level >= level) j += 1;
      next.push(...visual.slice(i, j).reverse());
      i = j;
    }
    visual = next;
  }
  return visual.map((run) => ({ ...run, direction: run.level % 2 === 1 ? 'rtl' : 'ltr' }));
}

/** Arabic-script letters (Arabic, Supplement, Extended-A, presentation forms): text that needs the Arabic fonts. */
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

export function hasArabicScript(text: string): boolean {
  return arabicScript.test(text);
}
