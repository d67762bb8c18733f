import type { RelatedDocument } from '../../related';
import type { Listings } from '../index-file';

/** Up to this many stories, a change is ranked against the whole archive, as the build ranks it. */
export const WHOLE_ARCHIVE_LIMIT = 5_000;
/** Stories taken from each topic and section around a story, nearest in time first. */
const PER_TOPIC = 400;
const PER_SECTION = 200;

/** Positions in `list` (ascending) nearest to `position`, at most `count`. */
function around(list: readonly number[], position: number, count: number): readonly number[] {
  if (list.length <= count) return list;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - (count >> 1), list.length - count));
  return list.slice(start, start + count);
}

/**
 * The stories a change can matter to, in a large archive: each seed story,
 * the stories nearest to it in time in each of its topics and in its
 * section (where the related ranking's evidence and time factor are
 * highest), and the stories each of them lists today, so a list ranked
 * again still weighs its current picks. Ranking within this neighbourhood
 * instead of the whole archive keeps a publish to a second or so on 100,000
 * stories (building the whole-archive index alone takes about 10 s); term
 * weights then come from the neighbourhood, so a list can differ slightly
 * from what the next full build ranks. Small archives are ranked whole.
 *
 * `docs` must be in the order `listings` counts positions in (newest first).
 */
export function neighbourhood(
  docs: readonly RelatedDocument[],
  listings: Listings,
  previous: ReadonlyMap<string, readonly string[]>,
  seeds: Iterable<string>,
): readonly RelatedDocument[] {
  if (docs.length <= WHOLE_ARCHIVE_LIMIT) return docs;
  const position = new Map(docs.map((doc, at) => [doc.slug, at]));
  const chosen = new Set<number>();
  const addSlug = (slug: string) => {
    const at = position.get(slug);
    if (at !== undefined) chosen.add(at);
  };
  for (const slug of seeds) {
    const at = position.get(slug);
    const doc = at === undefined ? undefined : docs[at];
    if (at === undefined || !doc) continue;
    chosen.add(at);
    for (const topic of doc.topics) for (const near of around(listings.byTopic[topic.slug] ?? [], at, PER_TOPIC)) chosen.add(near);
    for (const near of around(listings.bySection[doc.section] ?? [], at, PER_SECTION)) chosen.add(near);
  }
  for (const at of [...chosen]) for (const listed of previous.get(docs[at]?.slug ?? '') ?? []) addSlug(listed);
  return [...chosen].sort((a, b) => a - b).flatMap((at) => docs[at] ?? []);
}
