import { buildRelatedIndex, rankRelated, type RelatedDocument } from '../../related';
import { candidatePool } from '../../related/candidates';
import { poolSizeFor } from '../../related/pool-size';
import { runningStory } from '../../related/running-story';
import type { Listings } from '../index-file';
import { neighbourhood } from './neighbourhood';

/** Related stories shown under an article, as the build ranks them (lib/content/publish.ts). */
export const RELATED_LIMIT = 5;

export interface RelatedChange {
  /** Every visible story after the change, with its text */
  readonly docs: readonly RelatedDocument[];
  /** The lists before the change */
  readonly previous: ReadonlyMap<string, readonly string[]>;
  /** Stories published, corrected, released or taken down */
  readonly changed: readonly string[];
  readonly now: Date;
  /** Positions of `docs` by topic and section; with them a large archive is ranked by neighbourhood (neighbourhood.ts) */
  readonly listings?: Listings;
}

export interface RelatedUpdate {
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** Stories whose list was ranked again */
  readonly ranked: readonly string[];
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((slug, i) => slug === b[i]);

/**
 * Ranks again only the lists a change can move: the changed stories' own,
 * every list that showed one of them, and the lists of the stories in each
 * changed story's candidate pool (the stories that share its rarer topics and
 * terms: scores are symmetric, so those are the lists it can now enter),
 * and the other parts of each changed story's running story, whose lists
 * open with the story's newest development.
 * Everything else keeps its list, the same array, so callers can tell what
 * moved by identity.
 */
export function updateRelated(change: RelatedChange): RelatedUpdate {
  const changed = new Set(change.changed);
  const showing = [...change.previous].filter(([, list]) => list.some((other) => changed.has(other))).map(([slug]) => slug);
  const pool = change.listings ? neighbourhood(change.docs, change.listings, change.previous, [...changed, ...showing]) : change.docs;
  const index = buildRelatedIndex(pool);
  const now = change.now.getTime();
  const affected = new Set<string>();
  for (const slug of changed) if (index.bySlug.has(slug)) affected.add(slug);
  for (const slug of showing) affected.add(slug);
  for (const slug of changed) {
    const d = index.bySlug.get(slug);
    if (d === undefined) continue;
    for (const e of candidatePool(index, d, poolSizeFor(RELATED_LIMIT), now, [])) affected.add(index.docs[e]?.slug ?? '');
    // A new part of a running story is its newest development in every other part's list.
    for (const e of runningStory(index, d, now)) affected.add(index.docs[e]?.slug ?? '');
  }

  const related = new Map<string, readonly string[]>();
  for (const doc of change.docs) {
    const before = change.previous.get(doc.slug);
    if ((!affected.has(doc.slug) && before) || !index.bySlug.has(doc.slug)) {
      related.set(doc.slug, before ?? []);
      continue;
    }
    const ranked = rankRelated(index, doc.slug, { now: change.now, limit: RELATED_LIMIT }).map((candidate) => candidate.slug);
    related.set(doc.slug, sameList(before, ranked) && before ? before : ranked);
  }
  return { related, ranked: [...affected].filter((slug) => index.bySlug.has(slug)) };
}
