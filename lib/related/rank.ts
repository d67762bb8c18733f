import { buildRelatedIndex, type RelatedIndex } from './build-index';
import { candidatePool } from './candidates';
import { DEFAULT_LIMIT, poolSizeFor } from './pool-size';
import { isDuplicate, scoreParts } from './parts';
import { LINK_POOL, linksFrom, readingOrder, runningStory, takePool } from './running-story';
import type { BuildOptions, Exclusion, RankedCandidate, RankOptions, RelatedDocument, ScoreParts } from './types';

interface Scored {
  readonly doc: number;
  readonly parts: ScoreParts;
  /** A part of the article's running story: shown before other candidates, whatever its score */
  readonly storyPart: boolean;
  duplicateOf?: number;
  excluded?: Exclusion;
}

function byScore(index: RelatedIndex) {
  return (a: Scored, b: Scored) =>
    b.parts.total - a.parts.total ||
    (index.freshness[b.doc] ?? 0) - (index.freshness[a.doc] ?? 0) ||
    // Plain code-unit order, not localeCompare: the same list on every machine.
    ((index.docs[a.doc]?.slug ?? '') < (index.docs[b.doc]?.slug ?? '') ? -1 : 1);
}

/** Manual picks that can be shown: existing, published by `now`, not the article, each once. */
function manualPicks(index: RelatedIndex, d: number, eligible: (e: number) => boolean): number[] {
  const picks: number[] = [];
  for (const slug of index.docs[d]?.related ?? []) {
    const e = index.bySlug.get(slug);
    if (e !== undefined && eligible(e) && !picks.includes(e)) picks.push(e);
  }
  return picks;
}

/**
 * Walks computed candidates best first and decides what is shown: below the
 * threshold nothing is; a version of a story already shown (or of the article
 * itself, or of a manual pick) is folded into it, keeping the more recently
 * updated version in the better slot; past the limit nothing more is.
 */
function selectShown(index: RelatedIndex, d: number, manual: readonly Scored[], computed: readonly Scored[], limit: number, explain: boolean): Scored[] {
  const shown: Scored[] = [...manual];
  const fresher = (a: Scored, b: Scored) => (index.freshness[a.doc] ?? 0) > (index.freshness[b.doc] ?? 0);
  for (const candidate of computed) {
    if (!candidate.storyPart && candidate.parts.total < index.weights.threshold) {
      candidate.excluded = 'below-threshold';
      continue;
    }
    // Its text score is the dot product of the two stored vectors: no second merge.
    if (isDuplicate(index, d, candidate.doc, candidate.parts.text)) {
      candidate.duplicateOf = d;
      candidate.excluded = 'duplicate';
      continue;
    }
    // Once the list is full, a candidate matters only if it is a newer version
    // of one shown (unless every mark is wanted): skip the other comparisons.
    const full = shown.length >= limit;
    const twin = shown.findIndex(
      (s) => (!full || explain || (!s.parts.manual && fresher(candidate, s))) && isDuplicate(index, s.doc, candidate.doc),
    );
    const kept = shown[twin];
    if (kept) {
      const replace = !kept.parts.manual && fresher(candidate, kept);
      const [winner, loser] = replace ? [candidate, kept] : [kept, candidate];
      loser.duplicateOf = winner.doc;
      loser.excluded = 'duplicate';
      if (replace) shown[twin] = candidate;
      continue;
    }
    if (full) {
      candidate.excluded = 'over-limit';
      continue;
    }
    shown.push(candidate);
  }
  for (const pick of manual.slice(limit)) pick.excluded = 'over-limit';
  return shown.slice(0, limit);
}

function toRanked(index: RelatedIndex, s: Scored): RankedCandidate {
  const slug = index.docs[s.doc]?.slug ?? '';
  const duplicateOf = s.duplicateOf === undefined ? undefined : index.docs[s.duplicateOf]?.slug;
  return {
    slug,
    parts: s.parts,
    ...(s.storyPart ? { storyPart: true } : {}),
    ...(duplicateOf === undefined ? {} : { duplicateOf }),
    ...(s.excluded === undefined ? {} : { excluded: s.excluded }),
  };
}

/**
 * Related stories for one article: manual picks first, in the editor's order,
 * then the other parts of its running story (newest, first, then by score;
 * running-story.ts), then computed candidates by score. Never the article
 * itself, a draft or a story published after `now`.
 */
export function rankRelated(index: RelatedIndex, slug: string, options: RankOptions): RankedCandidate[] {
  const d = index.bySlug.get(slug);
  if (d === undefined) throw new RangeError(`related: no article with slug ${slug}`);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const now = options.now.getTime();
  const eligible = (e: number) => e !== d && index.draft[e] === 0 && (index.published[e] ?? Infinity) <= now;

  const picks = manualPicks(index, d, eligible);
  const poolSize = poolSizeFor(limit);
  // Without manual picks the ranking pool and the story-link pool are the
  // same walk: do it once, whichever comes first.
  const shared = picks.length === 0 && poolSize === LINK_POOL;
  const pool = (shared ? takePool(index, d, now) : undefined) ?? candidatePool(index, d, poolSize, now, picks);
  if (shared && !index.scratch.storyLinks.has(d)) linksFrom(index, d, now, pool);
  const story = runningStory(index, d, now).filter((e) => e === d || (eligible(e) && !picks.includes(e)));
  const inStory = new Set(story);

  const manual: Scored[] = picks.map((e) => ({ doc: e, parts: scoreParts(index, d, e, true), storyPart: inStory.has(e) }));
  const storyParts = new Map(story.filter((e) => e !== d).map((e) => [e, scoreParts(index, d, e, false)]));
  const ordered: Scored[] = readingOrder(story, d, (e) => storyParts.get(e)?.total ?? 0).map((e) => ({
    doc: e,
    parts: storyParts.get(e) ?? scoreParts(index, d, e, false),
    storyPart: true,
  }));
  const computed: Scored[] = pool
    .filter((e) => !inStory.has(e))
    .map((e) => ({ doc: e, parts: scoreParts(index, d, e, false), storyPart: false }))
    .sort(byScore(index));

  const shown = selectShown(index, d, manual, [...ordered, ...computed], limit, options.explain === true);
  if (!options.explain) return shown.map((s) => toRanked(index, s));
  const hidden = [...manual, ...ordered, ...computed].filter((s) => s.excluded !== undefined);
  return [...shown, ...hidden].map((s) => toRanked(index, s));
}

/** Related slugs for every article, from one index: what the build calls. */
export function computeAllRelated(
  docs: readonly RelatedDocument[],
  options: { readonly now: Date; readonly limit?: number } & BuildOptions,
): Map<string, string[]> {
  const index = buildRelatedIndex(docs, options);
  const rankOptions = { now: options.now, limit: options.limit ?? DEFAULT_LIMIT };
  // Ranked in publication order, which the index follows: neighbouring
  // articles share most candidates, so their data is still in the CPU cache
  // (at 100,000 articles this is far faster than the input's order).
  const byTime = index.docs.map((doc) => rankRelated(index, doc.slug, rankOptions).map((c) => c.slug));
  return new Map(docs.map((doc) => [doc.slug, byTime[index.bySlug.get(doc.slug) ?? -1] ?? []]));
}
