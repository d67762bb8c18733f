/**
 * How a computed candidate is scored
 * ----------------------------------
 *   topic   = Σ_shared idf(t)² / (‖A‖·‖B‖)          cosine of the two topic sets,
 *             idf(t) = ln(1 + N / df(t))             a tag on half the archive weighs ~1.1,
 *                                                    a tag on 1 in 1,000 stories ~6.9
 *   text    = cosine of TF-IDF vectors over title (×3), teaser (×2) and body (×1),
 *             w = (1 + ln tf) · ln(1 + N / df), stop words of the article's language
 *             removed, English plurals folded, each vector cut to its top 64 terms
 *   time    = floor + (1 − floor) · 0.5^(|Δdays| / halfLife)     floor 0.35, half-life 60 days
 *   section = 1 when both stories are in the same section, else 0
 *
 *   total   = time · (0.40·topic + 0.60·text + 0.05·section)
 *
 * Text weighs more than topics because tags are coarse and sometimes missing,
 * while a running story repeats its rare names in every report. Time is a
 * multiplier on a floor rather than a cut-off: a report from two years ago
 * needs about three times the evidence of one from this week, but background
 * that shares a rare topic and many rare words still gets in. A candidate is
 * shown only when total ≥ 0.12, so a story that merely shares a common tag
 * (topic ≈ 0.15, text ≈ 0.03 → total ≈ 0.11 on the day) is not padded in.
 * Two stories are versions of one report when their text cosine is ≥ 0.9 or
 * their normalised titles match; only the more recently updated is shown.
 * Manual picks from the frontmatter come before all of this, in their order.
 */
import type { ScoreWeights } from './types';

export const defaultWeights: ScoreWeights = {
  topic: 0.35,
  text: 1,
  section: 0.05,
  timeFloor: 0.5,
  halfLifeDays: 60,
  threshold: 0.12,
  duplicateCosine: 0.9,
};

const DAY_MS = 86_400_000;

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
export function evidence(topic: number, text: number, sameSection: number, weights: ScoreWeights): number {
  return weights.topic * topic + weights.text * text + weights.section * sameSection;
}

export function totalScore(topic: number, text: number, time: number, sameSection: number, weights: ScoreWeights): number {
  return time * evidence(topic, text, sameSection, weights);
}
