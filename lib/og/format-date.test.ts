import { describe, expect, it } from 'vitest';
import { formatCardDate } from './format-date';

describe('formatCardDate', () => {
  it('formats in the site zone and locale', () => {
    expect(formatCardDate('2025-03-05T10:00:00+01:00')).toBe('5 March 2025');
  });

  it('uses the site zone, not UTC or the server zone, around midnight', () => {
    // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Berlin.
    expect(formatCardDate('2024-12-31T23:30:00Z')).toBe('1 January 2025');
    expect(formatCardDate('2024-12-31T23:30:00Z', { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('31 December 2024');
  });

  it('rejects what is not a date', () => {
    expect(() => formatCardDate('yesterday')).toThrow(/Not a date/);
  });
});
