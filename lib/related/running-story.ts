import { DAY_MS } from '../time';
import type { RelatedIndex } from './build-index';
import { candidatePool } from './candidates';
import { distinctShared, sharedEntityIds, sharedMainEntities } from './entity-vectors';
import { scoreParts } from './parts';

/** Candidates checked for links per article: the same pool ranking scores (poolSizeFor(DEFAULT_LIMIT)). */
export const LINK_POOL = 15;
/** A running story stops growing here, so one over-connected name cannot chain half the archive together. */
export const MAX_STORY_PARTS = 40;

/**
 * Whether e is a part of d's running story: within `storyWindowDays` of it,
 * sharing two of its main names (among the five heaviest of both: two
 * Biden-administration stories name the same people but are mainly about
 * Afghanistan and the Paris agreement, and share only the president), and
 * about the same thing by its words or tags. A single shared name is not
 * enough (two stories about Deutsche Bahn need not be one story) unless it
 * dominates both articles' names (entity cosine ≥ `storyLink`, e.g. a
 * flood valley named in every report) and the words agree more strongly.
 */
export function isStoryLink(index: RelatedIndex, d: number, e: number): boolean {
  const { weights, published } = index;
  if (Math.abs((published[d] ?? 0) - (published[e] ?? 0)) > weights.storyWindowDays * DAY_MS) return false;
  const parts = scoreParts(index, d, e, false);
  if (parts.entity === 0) return false;
  const main = distinctShared(index.entities, sharedMainEntities(index.entities, d, e, MAIN_ENTITIES));
  if (main === 0) return false;
  const content = weights.topic * parts.topic + weights.text * parts.text;
  const names = distinctShared(index.entities, sharedEntityIds(index.entities, d, e));
  if (names >= 2 && main >= 2) return content >= STORY_CONTENT;
  return parts.entity >= weights.storyLink && content >= 2 * STORY_CONTENT;
}

/**
 * A story link needs two names among the heaviest this many of both
 * articles (one, if it dominates both): two reports of one story are mainly
 * about the same people and places, while two stories of one government are
 * only both about its president.
 */
const MAIN_ENTITIES = 5;

/** Topic and text evidence a story link needs besides shared names: what a tag and a few words give. */
const STORY_CONTENT = 0.08;

/**
 * The articles linked to d as parts of one running story (`isStoryLink`),
 * among its candidates. Found once per article and clock reading, and kept
 * in the index.
 */
export function storyLinks(index: RelatedIndex, d: number, now: number): Int32Array {
  const cache = index.scratch;
  if (cache.storyLinksNow !== now) {
    cache.storyLinks.clear();
    cache.pools.clear();
    cache.storyLinksNow = now;
  }
  const known = cache.storyLinks.get(d);
  if (known) return known;
  const pool = candidatePool(index, d, LINK_POOL, now, []);
  cache.pools.set(d, pool);
  return linksFrom(index, d, now, pool);
}

/**
 * Records d's links from a pool its ranking already found (same size, no
 * exclusions), so the walk is not done twice; returns them.
 */
export function linksFrom(index: RelatedIndex, d: number, now: number, pool: readonly number[]): Int32Array {
  const cache = index.scratch;
  if (cache.storyLinksNow !== now) {
    cache.storyLinks.clear();
    cache.pools.clear();
    cache.storyLinksNow = now;
  }
  const found = Int32Array.from(pool.filter((e) => isStoryLink(index, d, e)));
  cache.storyLinks.set(d, found);
  return found;
}

/** The pool story links found for d before d was ranked, if any; handed over once. */
export function takePool(index: RelatedIndex, d: number, now: number): number[] | undefined {
  const cache = index.scratch;
  if (cache.storyLinksNow !== now) return undefined;
  const pool = cache.pools.get(d);
  cache.pools.delete(d);
  return pool;
}

/**
 * Every part of d's running story, d included, oldest first: the articles
 * reachable from d by story links, so a story whose reports each name the
 * last one's people still holds together over months, while every step is
 * within the time window; those not linked to d directly must still share a
 * name with it and agree with it by topics or words. Just [d] for an article
 * that is no part of one.
 */
export function runningStory(index: RelatedIndex, d: number, now: number): number[] {
  const parts = [d];
  const seen = new Set(parts);
  for (let at = 0; at < parts.length && parts.length < MAX_STORY_PARTS; at++) {
    for (const e of storyLinks(index, parts[at] ?? d, now)) {
      if (seen.has(e) || parts.length >= MAX_STORY_PARTS) continue;
      seen.add(e);
      parts.push(e);
    }
  }
  // A part reached through others must still be about what d is about: a
  // chain of links must not bring a Paris-agreement story into the lists of
  // an Afghanistan story because both once named the same president.
  const direct = new Set(storyLinks(index, d, now));
  return parts.filter((e) => e === d || direct.has(e) || aboutTheSame(index, d, e)).sort((a, b) => a - b);
}

/** Shares a name with d and agrees with it by topics or words as much as a story link needs. */
function aboutTheSame(index: RelatedIndex, d: number, e: number): boolean {
  const parts = scoreParts(index, d, e, false);
  return parts.entity > 0 && index.weights.topic * parts.topic + index.weights.text * parts.text >= STORY_CONTENT;
}

/**
 * The order a reader meets a running story's other parts in under one of
 * them: the newest development first, then where the story began, then the
 * rest by `score`, best first. `parts` is oldest first and holds d.
 */
export function readingOrder(parts: readonly number[], d: number, score: (e: number) => number): number[] {
  const others = parts.filter((e) => e !== d);
  if (others.length <= 2) return others.reverse();
  const newest = others[others.length - 1] as number;
  const first = others[0] as number;
  const rest = others.slice(1, -1).sort((a, b) => score(b) - score(a) || b - a);
  return [newest, first, ...rest];
}
