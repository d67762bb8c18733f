import { editions as allEditions, type EditionConfig, type Editions } from '../editions';
import { isMissingPage, type PageDirectory } from './missing-page';

/**
 * Where the pages of an edition other than the default live inside the app:
 * `app/(editions)/edition/[edition]/…`, a tree with its own root layout, so
 * `<html lang dir>` is the edition's on every page. Readers never see this
 * prefix: proxy.ts rewrites `/de/world/x` to `/edition/de/world/x`, and a
 * request that names it directly is a 404.
 */
export const editionRoot = '/edition';

export interface EditionAddress {
  readonly edition: EditionConfig;
  /** The path inside the edition: `/de/world/x` → `/world/x`, `/de` → `/` */
  readonly rest: string;
}

/** The edition an address belongs to by its first segment; undefined for the default edition's addresses. */
export function editionAt(pathname: string, list: Editions = allEditions): EditionAddress | undefined {
  const [, first = '', ...more] = pathname.split('/');
  const edition = list.byPrefix(first);
  if (!edition) return undefined;
  return { edition, rest: `/${more.join('/')}` };
}

/** `/de/world/x` → `/edition/de/world/x`: the route that draws it. */
export function internalPath(pathname: string, list: Editions = allEditions): string {
  const address = editionAt(pathname, list);
  if (!address) return pathname;
  return `${editionRoot}/${address.edition.prefix}${address.rest === '/' ? '' : address.rest}`;
}

/**
 * `/edition/de/world/x` → `/de/world/x`: the address readers and front caches
 * know a route by, for purging what revalidatePath expired under the route's
 * own path. Any other path is returned as it is.
 */
export function publicPath(internal: string, list: Editions = allEditions): string {
  if (!internal.startsWith(`${editionRoot}/`)) return internal;
  const [prefix = '', ...rest] = internal.slice(editionRoot.length + 1).split('/');
  if (!list.byPrefix(prefix)) return internal;
  return `/${prefix}${rest.length > 0 ? `/${rest.join('/')}` : ''}`;
}

/** Files an edition serves at its root besides its fronts (feeds, sitemaps, its share card). */
const rootFiles = new Set(['feed.xml', 'sitemap.xml', 'news-sitemap.xml', 'opengraph-image']);

/**
 * True for an address inside an edition that names no page. Stricter than the
 * default edition's rule (missing-page.ts), which leaves odd shapes to Next:
 * Next's own 404 would be the default edition's, in the wrong language.
 */
export function isMissingEditionPage(rest: string, directory: PageDirectory): boolean {
  const segments = rest.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return false;
  if (segments.length > 5) return true;
  const [first = ''] = segments;
  if (segments.length === 1) return !(directory.isSection(first) || rootFiles.has(first));
  if (segments[0] === 'sitemaps') return segments.length !== 2 || !/^[0-9]+\.xml$/.test(segments[1] ?? '');
  return isMissingPage(rest, directory);
}

/** The edition's 404 page (app/(editions)/edition/[edition]/not-found-page); proxy.ts rewrites there with status 404. */
export function editionNotFoundPath(edition: EditionConfig): string {
  return `${editionRoot}/${edition.prefix}/not-found-page`;
}

/** The edition's page for a story taken down; proxy.ts rewrites there with status 410. */
export function editionGonePath(edition: EditionConfig, slug: string): string {
  return `${editionRoot}/${edition.prefix}/gone/${slug}`;
}
