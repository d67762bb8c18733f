import { publicPath } from '../routing/editions';

/** How long a front cache may take to answer a purge before the publish answers anyway. */
export const PURGE_TIMEOUT_MS = 2000;

export interface PurgeReport {
  readonly purged: number;
  /** `<origin><path>: <reason>` for each purge that failed; the page then ages out by its s-maxage */
  readonly failures: readonly string[];
}

/**
 * Tells each front cache (nginx's cache purge module, or a CDN that speaks
 * the same `PURGE <path>`) to forget the pages a publish changed, so readers
 * behind it see the change now rather than when s-maxage runs out
 * (docs/scaling.md): nginx first, then a CDN in front of it, as
 * LEDE_PURGE_URL lists them. 200 (forgotten) and 404 (was not cached) both count as
 * done. Never throws: the story is already published, and a lost purge is
 * bounded by the page's s-maxage.
 */
export async function purgeFrontCaches(paths: readonly string[], origins: readonly string[], fetcher: typeof fetch = fetch): Promise<PurgeReport> {
  const failures: string[] = [];
  // One cache after another, in the order given: a CDN purged before the nginx behind it would fetch the old page from nginx again.
  for (const origin of origins) {
    const results = await Promise.all(paths.map((path) => purgeOne(origin, path, fetcher)));
    failures.push(...results.filter((failure): failure is string => failure !== undefined));
  }
  const total = origins.length * paths.length;
  if (failures.length > 0) console.error(`Front-cache purge failed for ${failures.length} of ${total} pages; they refresh within their s-maxage:\n  ${failures.slice(0, 5).join('\n  ')}`);
  return { purged: total - failures.length, failures };
}

/** undefined when done; what went wrong otherwise */
async function purgeOne(origin: string, path: string, fetcher: typeof fetch): Promise<string | undefined> {
  try {
    const response = await fetcher(`${origin}${path}`, { method: 'PURGE', signal: AbortSignal.timeout(PURGE_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok || response.status === 404 ? undefined : `${origin}${path}: answered ${response.status}`;
  } catch (error) {
    return `${origin}${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The prefix Next gives a path's own cache tag (revalidatePath('/x') expires `_N_T_/x`). */
const PATH_TAG = '_N_T_';

/**
 * The addresses behind expired cache tags: what a front cache holds under
 * its own key. Next adds `/index` beside `/`; tags of a type (`/x/page`,
 * `/x/layout`) and tags of our own have no address and are skipped. An
 * edition's route path is turned back into the address readers use.
 */
export function pathsFromTags(tags: readonly string[]): string[] {
  const paths = tags
    .filter((tag) => tag.startsWith(`${PATH_TAG}/`) && tag !== `${PATH_TAG}/index` && !/\/(page|layout)$/.test(tag))
    // An edition's pages are expired under their route (/edition/fa-af/…) and cached under their address (/fa-af/…).
    .map((tag) => publicPath(tag.slice(PATH_TAG.length)));
  return [...new Set(paths)];
}

const hookKey = Symbol.for('lede.afterTagsExpired');

/**
 * Has the cache handlers (config/process-hooks.js) purge `origins` after
 * every expiry, once the expiry itself is written where every server reads
 * it: purged first, a page could be fetched again from a server that still
 * held the old copy, and the front cache would keep that for its s-maxage.
 */
export function purgeAfterExpiry(origins: readonly string[]): void {
  if (origins.length === 0) return;
  (globalThis as typeof globalThis & { [hookKey]?: (tags: readonly string[]) => Promise<unknown> })[hookKey] = (tags) => purgeFrontCaches(pathsFromTags(tags), origins);
}
