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
});

describe('formatSignOff', () => {
  it('joins initials with slashes and agencies in brackets', () => {
    expect(formatSignOff(['wd', 'dj'], ['AP', 'dpa'])).toBe('wd/dj (AP, dpa)');
    expect(formatSignOff(['Maria Schmidt'], [])).toBe('Maria Schmidt');
  });
});
