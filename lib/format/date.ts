import { siteConfig } from '../site-config';

/** Where and how dates are shown; the site's own by default, another only in tests. */
interface DateFormatSettings {
  readonly locale: string;
  readonly timeZone: string;
}

const dateOnly: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const dateAndTime: Intl.DateTimeFormatOptions = { ...dateOnly, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl format is costly and a front formats hundreds of dates: one per settings and shape. */
function formatFor(settings: DateFormatSettings, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${settings.locale}|${settings.timeZone}|${options === dateOnly ? 'date' : 'date-time'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(settings.locale, { ...options, timeZone: settings.timeZone });
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
  return formatFor(settings, dateOnly).format(instant(iso));
}

/** "14 April 2021 at 19:32 CEST" */
export function formatDateTime(iso: string, settings: DateFormatSettings = siteConfig): string {
  return formatFor(settings, dateAndTime).format(instant(iso));
}
