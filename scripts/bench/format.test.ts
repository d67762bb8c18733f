import { describe, expect, it } from 'vitest';
import { kb, ms, seconds, table } from './format';

describe('table', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(table(['what', 'size'], [['html', kb(11438)], ['css', kb(4027)]])).toBe(['what  size', '----  -------', 'html  11.2 KB', 'css    3.9 KB'].join('\n'));
  });
});

describe('units', () => {
  it('prints a dash for what was not measured', () => {
    expect(seconds(1500)).toBe('1.5 s');
    expect(seconds(Number.NaN)).toBe('-');
    expect(ms(Number.NaN)).toBe('-');
  });
});
