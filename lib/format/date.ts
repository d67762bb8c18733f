import { siteConfig } from '../site-config';

/**
 * Dates are always shown in the newsroom's timezone, never the server's, so a
 * page renders the same on every machine (and in every CDN region).
 */
const dateFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  timeZone: siteConfig.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dateTimeFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  timeZone: siteConfig.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "14 April 2021" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "14 April 2021, 19:32 CEST" */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** The instant as UTC ISO for `<time datetime>`: unambiguous for machines. */
export function machineDateTime(iso: string): string {
  return new Date(iso).toISOString();
}
