import { siteConfig } from '../site-config';

export interface DateFormatSettings {
  readonly locale: string;
  readonly timeZone: string;
}

/**
 * The card's date line, e.g. "5 March 2025". Formatted in the newsroom's zone,
 * never the server's: an article published at 00:30 in Berlin must not show
 * the previous day because the server runs on UTC.
 */
export function formatCardDate(iso: string, settings: DateFormatSettings = siteConfig): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`Not a date: ${JSON.stringify(iso)}`);
  return new Intl.DateTimeFormat(settings.locale, {
    timeZone: settings.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(time);
}
