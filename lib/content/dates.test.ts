import { describe, expect, it } from 'vitest';
import { isIsoDateTimeWithOffset } from './dates';

describe('isIsoDateTimeWithOffset', () => {
  it.each(['2021-04-14T19:32:00+02:00', '2021-04-14T17:32Z', '2024-02-29T00:00:00.123-05:30', '2021-08-15T09:00:00+04:30'])(
    'accepts %s',
    (value) => expect(isIsoDateTimeWithOffset(value)).toBe(true),
  );

  it.each([
    ['2021-02-30T10:00:00+01:00', 'a day February does not have'],
    ['2023-02-29T10:00:00Z', 'a leap day in a common year'],
    ['2021-04-14T24:00:00Z', 'hour 24'],
    ['2021-04-14T19:32:00', 'no offset'],
    ['2021-04-14', 'no time'],
    ['yesterday', 'words'],
    ['2021-13-01T00:00:00Z', 'month 13'],
  ])('rejects %s (%s)', (value) => expect(isIsoDateTimeWithOffset(value)).toBe(false));
});
