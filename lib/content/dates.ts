/** ISO 8601 date-time with an explicit offset, as newsrooms stamp stories. */
const isoWithOffset =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * True for a real instant written with its offset. `Date.parse` alone would
 * accept 2021-02-30 by rolling over to March, so each part is range-checked.
 */
export function isIsoDateTimeWithOffset(value: string): boolean {
  const match = isoWithOffset.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s, , oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s ?? '0') <= 59 &&
    Number(oh ?? '0') <= 14 &&
    Number(om ?? '0') <= 59
  );
}
