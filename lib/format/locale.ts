import type { EditionDates } from '../editions/types';

/**
 * The BCP 47 tag Intl is given for an edition's dates and numbers: its
 * locale with the calendar and digits written out as Unicode extensions, so
 * the choice in lib/editions/config.ts holds whatever the locale's default
 * is in this Node's ICU.
 */
export function dateLocale(dates: Pick<EditionDates, 'locale' | 'calendar' | 'numerals'>): string {
  return `${dates.locale}-u-ca-${dates.calendar}-nu-${dates.numerals}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The locale an edition's numbers are written in: its digits, whatever the locale's default. */
export function numberLocale(site: { readonly locale: string; readonly edition: { readonly dates: Pick<EditionDates, 'calendar' | 'numerals'> } }): string {
  return dateLocale({ ...site.edition.dates, locale: site.locale });
}

/** A whole number in the locale's digits: "۲" in Dari, "٢" in Arabic, "2" in English. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
