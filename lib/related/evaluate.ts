/** A document whose running story is known; null for one that belongs to none. */
interface StoryLabel {
  readonly slug: string;
  readonly story: string | null;
}

interface PrecisionReport {
  /** Mean over scored articles of (top-k hits in the same story) / k */
  readonly precision: number;
  readonly scored: number;
  /** Articles whose list fell short, with what they got, for the test's failure message */
  readonly misses: readonly { readonly slug: string; readonly story: string; readonly top: readonly string[] }[];
}

/**
 * Precision@k over every labelled article in `queries`: the share of its top k
 * that belong to its own story. A list shorter than k counts its gaps as
 * misses, so a ranking cannot score well by showing almost nothing.
 */
export function precisionAtK(
  labels: readonly StoryLabel[],
  queries: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  k: number,
): PrecisionReport {
  const storyOf = new Map(labels.map((label) => [label.slug, label.story]));
  let sum = 0;
  let scored = 0;
  const misses: { slug: string; story: string; top: string[] }[] = [];
  for (const slug of queries) {
    const story = storyOf.get(slug);
    if (!story) continue;
    const top = (related.get(slug) ?? []).slice(0, k);
    const hits = top.filter((other) => storyOf.get(other) === story).length;
    sum += hits / k;
    scored++;
    if (hits < k) misses.push({ slug, story, top });
  }
  return { precision: scored === 0 ? 0 : sum / scored, scored, misses };
}
