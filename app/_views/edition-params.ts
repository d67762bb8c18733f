import { notFound } from 'next/navigation';
import { editions } from '@/lib/editions';
import { siteForPrefix, type SiteConfig } from '@/lib/site-config';

/** Every edition but the default, whose pages live at `/` (app/(site)). */
export function editionParams(): { edition: string }[] {
  return editions.all.filter((edition) => edition.prefix !== '').map((edition) => ({ edition: edition.prefix }));
}

/** The edition a route under app/(editions)/edition/[edition] draws, or a 404. */
export function editionSiteOrNotFound(prefix: string): SiteConfig {
  const site = prefix === '' ? undefined : siteForPrefix(prefix);
  if (!site) notFound();
  return site;
}
