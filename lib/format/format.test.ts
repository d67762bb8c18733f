import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';
import { formatSignOff } from './sign-off';

describe('dates in the newsroom timezone', () => {
  it('shows the Berlin date and time whatever the offset written', () => {
    expect(formatDateTime('2021-04-14T17:32:00Z')).toBe('14 April 2021 at 19:32 CEST');
    expect(formatDateTime('2021-04-14T19:32:00+02:00')).toBe('14 April 2021 at 19:32 CEST');
  });

  it('moves late-evening UTC stories to the next Berlin day', () => {
    expect(formatDate('2021-04-14T23:30:00Z')).toBe('15 April 2021');
  });

  it('formats a date in the site zone and locale', () => {
    expect(formatDate('2025-03-05T10:00:00+01:00')).toBe('5 March 2025');
  });

  it('formats in the settings given, not UTC or the server zone, around midnight', () => {
    // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Berlin.
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('1 January 2025');
    expect(formatDate('2024-12-31T23:30:00Z', { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('31 December 2024');
  });

  it('rejects what is not a date', () => {
    expect(() => formatDate('yesterday')).toThrow(/Not a date/);
    expect(() => formatDateTime('yesterday')).toThrow(/Not a date/);
  });
});

describe('formatSignOff', () => {
  it('joins initials with slashes and agencies in brackets', () => {
    expect(formatSignOff(['wd', 'dj'], ['AP', 'dpa'])).toBe('wd/dj (AP, dpa)');
    expect(formatSignOff(['Maria Schmidt'], [])).toBe('Maria Schmidt');
  });
});
