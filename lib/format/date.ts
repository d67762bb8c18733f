import type { EditionDates } from '../editions/types';
import { siteConfig } from '../site-config';
import { dateLocale } from './locale';

/** Where and how dates are shown; the site's own by default, another only in tests. */
interface DateFormatSettings {
  readonly locale: string;
  readonly timeZone: string;
  /** The edition's date rules; `order: 'day-month-year'` composes the parts itself (lib/editions/types.ts) */
  readonly edition?: { readonly dates: Pick<EditionDates, 'order' | 'calendar' | 'numerals'> };
}

const dateOnly: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const dateAndTime: Intl.DateTimeFormatOptions = { ...dateOnly, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl format is costly and a front formats hundreds of dates: one per settings and shape. */
function formatFor(settings: DateFormatSettings, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // The edition's calendar and digits ride on the locale as Unicode extensions (lib/format/locale.ts).
  const locale = settings.edition ? dateLocale({ ...settings.edition.dates, locale: settings.locale }) : settings.locale;
  const key = `${locale}|${settings.timeZone}|${options === dateOnly ? 'date' : 'date-time'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: settings.timeZone });
    formats.set(key, format);
  }
  return format;
}

function instant(iso: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`Not a date: ${JSON.stringify(iso)}`);
  return time;
}

/**
 * "14 April 2021", on pages and share cards alike. Always in the newsroom's
 * zone, never the server's: a story published at 00:30 in Berlin must not
 * show the previous day because the server (or a CDN region) runs on UTC.
 */
export function formatDate(iso: string, settings: DateFormatSettings = siteConfig): string {
  const format = formatFor(settings, dateOnly);
  return inOrder(settings) ? dayMonthYear(format, instant(iso)) : format.format(instant(iso));
}

const inOrder = (settings: DateFormatSettings) => settings.edition?.dates.order === 'day-month-year';

function part(parts: readonly Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "۲۶ وری ۱۴۰۰": day, month and year from Intl's parts, in the edition's calendar and digits, without the era. */
function dayMonthYear(format: Intl.DateTimeFormat, time: number): string {
  const parts = format.formatToParts(time);
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** "14 April 2021 at 19:32 CEST" */
export function formatDateTime(iso: string, settings: DateFormatSettings = siteConfig): string {
  const format = formatFor(settings, dateAndTime);
  if (!inOrder(settings)) return format.format(instant(iso));
  const parts = format.formatToParts(instant(iso));
  return `${dayMonthYear(format, instant(iso))}، ${part(parts, 'hour')}:${part(parts, 'minute')} ${part(parts, 'timeZoneName')}`;
}
