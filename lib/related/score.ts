/**
 * How a computed candidate is scored
 * ----------------------------------
 *   topic   = Σ_shared idf(t)² / (‖A‖·‖B‖)      cosine of the two topic sets, topics weighted
 *             idf(t) = ln(1 + N / df(t))         by rarity: a tag on half the archive ≈ 1.1,
 *                                                on 1 story in 1,000 ≈ 6.9
 *   text    = TF-IDF cosine over title (×3), teaser (×2) and body (×1):
 *             w = (1 + ln tf) · ln(1 + N / df), stop words of the article's language
 *             removed, English plurals folded; each vector keeps its 64 heaviest
 *             terms that another article shares, normalised over all its terms
 *   time    = 0.5 + 0.5 · 0.5^(|Δdays| / 60)   1 on the day, 0.75 after 60 days, → 0.5
 *   section = 1 when both are in the same section, else 0
 *
 *   total   = time · (0.35·topic + 1.0·text + 0.05·section)     shown when ≥ 0.12
 *
 * Text weighs most: tags are coarse and sometimes missing, while a running
 * story repeats its rare names in every report, and text cosines live on a
 * smaller scale (on the evaluation set, same-story pairs have a median text
 * score of 0.16 against 0.02 for other pairs; topic 0.55 against 0.00).
 * Time multiplies instead of cutting off: a story from two years ago needs
 * twice the evidence of one from this week, but background that shares rare
 * topics and words still gets in. The threshold keeps out a story that only
 * shares a mid-frequency tag and a few words (0.35·0.2 + 0.03 = 0.10 on the
 * day) while 90% of same-story pairs score above 0.14.
 * Two stories are versions of one report when their word cosine (over kept
 * terms and the words only one of them has; parts.ts) is ≥ 0.9 or their
 * normalised titles match; only the more recently updated is shown.
 * Manual picks from the frontmatter come before all of this, in their order.
 * The weights were chosen on the evaluation set (fixtures/related/evaluation), where
 * precision@3 stays ≥ 0.97 for any topic weight 0.3–0.5, text 1.0–1.2 and
 * threshold 0.08–0.15 (≥ 0.93 with text 0.8): a plateau, not a tuned peak.
 */
import { DAY_MS } from '../time';
import type { ScoreWeights } from './types';

export const defaultWeights: ScoreWeights = {
  topic: 0.35,
  text: 1,
  entity: 0.75,
  section: 0.05,
  timeFloor: 0.5,
  halfLifeDays: 60,
  threshold: 0.12,
  duplicateCosine: 0.9,
  storyLink: 0.5,
  storyWindowDays: 90,
};

/** Smoothed IDF: stays positive for a term in every document, grows with rarity. */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + documentCount / Math.max(1, documentFrequency));
}

/** Sublinear term frequency: the tenth mention of a word adds far less than the second. */
export function termWeight(termFrequency: number, idf: number): number {
  return termFrequency > 0 ? (1 + Math.log(termFrequency)) * idf : 0;
}

/** Multiplier for the distance between two publication times, in (floor, 1]. */
export function timeFactor(deltaMs: number, weights: ScoreWeights): number {
  const days = Math.abs(deltaMs) / DAY_MS;
  return weights.timeFloor + (1 - weights.timeFloor) * Math.pow(0.5, days / weights.halfLifeDays);
}

/** Evidence before the time multiplier; an upper bound of the total because time ≤ 1. */
export function evidence(topic: number, text: number, entity: number, sameSection: number, weights: ScoreWeights): number {
  return weights.topic * topic + weights.text * text + weights.entity * entity + weights.section * sameSection;
}

export function totalScore(topic: number, text: number, entity: number, time: number, sameSection: number, weights: ScoreWeights): number {
  return time * evidence(topic, text, entity, sameSection, weights);
}
