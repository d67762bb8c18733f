/** Milliseconds in an hour and a day, for arithmetic on `Date` times (never for calendar days in a zone). */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
