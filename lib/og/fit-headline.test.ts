import { beforeAll, describe, expect, it } from 'vitest';
import { ellipsis } from '../format/truncate';
import { fitHeadline, maxLinesFor, type FitBox, type FitStep, type FittedHeadline } from './fit-headline';
import { loadOgFonts } from './fonts';
import { articleHeadlineBox, articleHeadlineSteps } from './layout';
import type { TextMeasurer } from './measure';
import { cleanCardText } from './text';

const headlines = {
  short: 'Storm floods Hamburg', // 20
  medium: 'Germany’s coalition agrees a budget after weeks of wrangling, with deep cuts to rail, research and foreign aid', // 110
  long: 'After a decade of delays, the Brenner Base Tunnel finally has an opening date – but Austria, Italy and Bavaria still disagree over who pays for the access lines, and hauliers from Görlitz to Ağrı wait', // 200
  noSpaces: 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(5).slice(0, 200),
  markup: 'Why </script> and <b>bold</b> tags stay text in a headline',
  nonAscii: 'Zwölf Städte, ein Ziel: Ağrı, Düzce und Málaga prüfen die Änderung',
};

let serif: TextMeasurer;
beforeAll(async () => {
  serif = (await loadOgFonts()).serifBold;
});

function fit(text: string, box: FitBox = articleHeadlineBox, steps: readonly FitStep[] = articleHeadlineSteps): FittedHeadline {
  return fitHeadline(cleanCardText(text, serif.covers), serif.measure, box, steps);
}

/** What every fitted headline must satisfy, whatever its text. */
function expectWithinBox(fitted: FittedHeadline, box: FitBox, steps: readonly FitStep[] = articleHeadlineSteps): void {
  const step = steps.find((candidate) => candidate.fontSize === fitted.fontSize);
  expect(step).toBeDefined();
  expect(fitted.lines.length).toBeGreaterThan(0);
  expect(fitted.lines.length).toBeLessThanOrEqual(maxLinesFor(step!, box));
  expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height);
  for (const line of fitted.lines) {
    expect(serif.measure(line, fitted.fontSize), line).toBeLessThanOrEqual(box.width);
    expect(line).toBe(line.trim());
  }
}

/** The text before the ellipsis is the start of the headline and ends where a word ends. */
function expectEllipsisOnWordBoundary(fitted: FittedHeadline, original: string): void {
  const last = fitted.lines.at(-1)!;
  expect(last.endsWith(ellipsis)).toBe(true);
  const kept = [...fitted.lines.slice(0, -1), last.slice(0, -ellipsis.length)].join(' ');
  expect(original.startsWith(kept)).toBe(true);
  // What follows in the original: optional punctuation (dropped before the ellipsis), then a space.
  expect(original.slice(kept.length)).toMatch(/^[\p{P}]*\s/u);
  for (const line of fitted.lines.slice(0, -1)) expect(line).not.toContain(ellipsis);
}

describe('fitHeadline with the card font', () => {
  it('sets a 20-character headline at the largest size, unchanged', () => {
    const fitted = fit(headlines.short);
    expectWithinBox(fitted, articleHeadlineBox);
    expect(fitted.fontSize).toBe(articleHeadlineSteps[0]!.fontSize);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(' ')).toBe(headlines.short);
  });

  it('steps down for 110 and 200 characters and keeps every word', () => {
    const medium = fit(headlines.medium);
    const long = fit(headlines.long);
    for (const [fitted, text] of [
      [medium, headlines.medium],
      [long, headlines.long],
    ] as const) {
      expectWithinBox(fitted, articleHeadlineBox);
      expect(fitted.truncated).toBe(false);
      expect(fitted.lines.join(' ')).toBe(text);
    }
    expect(medium.fontSize).toBeLessThan(articleHeadlineSteps[0]!.fontSize);
    expect(long.fontSize).toBeLessThan(medium.fontSize);
  });

  it('ends in an ellipsis after a whole word when even the smallest size is too big', () => {
    // Room for two lines at the smallest size (34 px × 1.18 → 40 px) and one at the others.
    const box = { width: articleHeadlineBox.width, height: 80 };
    for (const text of [headlines.medium, headlines.long, headlines.nonAscii]) {
      const fitted = fit(text, box);
      expectWithinBox(fitted, box);
      expect(fitted.truncated).toBe(true);
      expect(fitted.fontSize).toBe(articleHeadlineSteps.at(-1)!.fontSize);
      expectEllipsisOnWordBoundary(fitted, text);
    }
  });

  it('drops punctuation before the ellipsis instead of leaving "wrangling,…"', () => {
    // One line, exactly wide enough for "… wrangling…": the greedy line ends "wrangling," and
    // the cut must turn that into "wrangling…", not drop the word.
    const step: FitStep = { fontSize: 40, lineHeight: 1.2, maxLines: 1 };
    const expected = 'Germany’s coalition agrees a budget after weeks of wrangling…';
    const width = Math.ceil(serif.measure(expected, 40));
    const fitted = fit(headlines.medium, { width, height: 200 }, [step]);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toEqual([expected]);
    expectEllipsisOnWordBoundary(fitted, headlines.medium);
  });

  it('breaks a 200-character headline without spaces into hyphenated pieces that fit', () => {
    const fitted = fit(headlines.noSpaces);
    expectWithinBox(fitted, articleHeadlineBox);
    // Nothing lost: the pieces without their added hyphens give back the word.
    const rejoined = fitted.lines.map((line, i) => (i < fitted.lines.length - 1 ? line.replace(/-$/, '') : line)).join('');
    expect(rejoined).toBe(headlines.noSpaces);
    expect(fitted.lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
  });

  it('truncates an enormous single word with an ellipsis when it cannot fit even broken', () => {
    const box = { width: articleHeadlineBox.width, height: 90 };
    const fitted = fit(headlines.noSpaces, box);
    expectWithinBox(fitted, box);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines.at(-1)!.endsWith(ellipsis)).toBe(true);
    expect(fitted.lines.at(-1)!).not.toMatch(/-…$/u);
  });

  it('keeps markup as literal text', () => {
    const fitted = fit(headlines.markup);
    expectWithinBox(fitted, articleHeadlineBox);
    expect(fitted.lines.join(' ')).toBe(headlines.markup);
    expect(fitted.lines.join(' ')).toContain('</script>');
    expect(fitted.lines.join(' ')).toContain('<b>bold</b>');
  });

  it('measures and keeps non-ASCII letters (ä, é, ğ, ı) from the latin-ext font', () => {
    const fitted = fit(headlines.nonAscii);
    expectWithinBox(fitted, articleHeadlineBox);
    expect(fitted.lines.join(' ')).toBe(headlines.nonAscii);
    expect(fitted.lines.join(' ')).toMatch(/ğ/u);
  });

  it('is deterministic', () => {
    expect(fit(headlines.long)).toEqual(fit(headlines.long));
  });
});

describe('fitHeadline logic (fixed-width font)', () => {
  // Every character 0.5 em wide: widths are easy to reason about.
  const mono = (text: string, fontSize: number): number => [...text].length * fontSize * 0.5;
  const steps: FitStep[] = [
    { fontSize: 20, lineHeight: 1 },
    { fontSize: 10, lineHeight: 1 },
  ];

  it('prefers a smaller size to breaking a word that fits whole there', () => {
    // "abcdefghijklmnop" is 160 px at 20 px (box 100), 80 px at 10 px.
    const fitted = fitHeadline('abcdefghijklmnop', mono, { width: 100, height: 40 }, steps);
    expect(fitted).toEqual({ fontSize: 10, lineHeight: 10, lines: ['abcdefghijklmnop'], truncated: false });
  });

  it('breaks at a hyphen already in the word before adding one', () => {
    // 14 characters a line: "state-of-the-a-" would fit, but the word's own hyphen is the better break.
    const fitted = fitHeadline('state-of-the-art-technology', mono, { width: 70, height: 20 }, [{ fontSize: 10, lineHeight: 1 }]);
    expect(fitted.lines).toEqual(['state-of-the-', 'art-technology']);
  });

  it('adds a hyphen where a word has none', () => {
    const fitted = fitHeadline('abcdefghijklmnopqrstuvwxyz', mono, { width: 50, height: 30 }, [{ fontSize: 10, lineHeight: 1 }]);
    expect(fitted.lines).toEqual(['abcdefghi-', 'jklmnopqr-', 'stuvwxyz']);
  });

  it('balances lines instead of leaving one short word at the end', () => {
    // Greedy at 60 px (12 characters) gives "aaaa bbbb cc" / "dd"; balanced: "aaaa bbbb" / "cc dd".
    const fitted = fitHeadline('aaaa bbbb cc dd', mono, { width: 60, height: 20 }, [{ fontSize: 10, lineHeight: 1 }]);
    expect(fitted.lines).toEqual(['aaaa bbbb', 'cc dd']);
  });

  it('moves the cut up a line rather than cut inside a word', () => {
    // Ten characters a line: "aa bb cc" / "abcdefghij" / "more"; two lines allowed, and
    // "abcdefghij…" is too wide, so the ellipsis goes after "cc".
    const fitted = fitHeadline('aa bb cc abcdefghij more', mono, { width: 50, height: 100 }, [{ fontSize: 10, lineHeight: 1, maxLines: 2 }]);
    expect(fitted.lines).toEqual(['aa bb cc…']);
    expect(fitted.truncated).toBe(true);
  });

  it('returns no lines for empty text', () => {
    expect(fitHeadline('', mono, { width: 100, height: 40 }, steps).lines).toEqual([]);
  });

  it('caps lines by maxLines as well as by height', () => {
    // Six characters a line: "aa bb" / "cc dd" / "ee ff", cut to two.
    const fitted = fitHeadline('aa bb cc dd ee ff', mono, { width: 30, height: 100 }, [{ fontSize: 10, lineHeight: 1, maxLines: 2 }]);
    expect(fitted.lines).toEqual(['aa bb', 'cc dd…']);
    expect(fitted.truncated).toBe(true);
  });
});
