import { describe, expect, it } from 'vitest';
import { hasArabicScript, visualRuns } from './bidi';

/** The runs' text in visual order, left to right. */
function visual(line: string, direction: 'ltr' | 'rtl'): string[] {
  return visualRuns(line, direction).map((run) => line.slice(run.start, run.end).trim()).filter(Boolean);
}

describe('visualRuns', () => {
  it('keeps a Latin name, Western digits and Persian digits left-to-right inside a Dari line, placed right to left', () => {
    const line = 'ناتو و Biden: خروج ۲۰۲۱ با 10,000 سرباز';
    // Read from the right: "ناتو و", "Biden", ": خروج", "۲۰۲۱", "با", "10,000", "سرباز".
    expect(visual(line, 'rtl')).toEqual(['سرباز', '10,000', 'با', '۲۰۲۱', ': خروج', 'Biden', 'ناتو و']);
    const runs = visualRuns(line, 'rtl');
    expect(runs.find((run) => line.slice(run.start, run.end) === 'Biden')?.direction).toBe('ltr');
    expect(runs.find((run) => line.slice(run.start, run.end) === '۲۰۲۱')?.direction).toBe('ltr');
  });

  it('leaves a left-to-right line as one run', () => {
    expect(visualRuns('NATO allies begin withdrawal', 'ltr')).toEqual([{ start: 0, end: 28, level: 0, direction: 'ltr' }]);
  });

  it('puts an Arabic phrase inside an English line in its own right-to-left run', () => {
    const runs = visualRuns('The word سلام means peace', 'ltr');
    expect(runs.map((run) => run.direction)).toEqual(['ltr', 'rtl', 'ltr']);
  });

  it('returns nothing for an empty line', () => {
    expect(visualRuns('', 'rtl')).toEqual([]);
  });
});

describe('hasArabicScript', () => {
  it('finds Persian, Pashto and Arabic letters, not Latin', () => {
    expect(hasArabicScript('ټ')).toBe(true);
    expect(hasArabicScript('حلفاء')).toBe(true);
    expect(hasArabicScript('Lede 2021')).toBe(false);
  });
});
