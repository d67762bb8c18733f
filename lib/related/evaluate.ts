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
 * Precision@k over every labelled article in `queries`: the share of its top
 * k that belong to its own story. A story with fewer than k other parts
 * can fill only that many places, so its articles are judged on their top
 * min(k, other parts) (without this a three-part story could never score
 * above 2/3). A list shorter than that counts its gaps as misses, so a
 * ranking cannot score well by showing almost nothing.
 */
export function precisionAtK(
  labels: readonly StoryLabel[],
  queries: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  k: number,
): PrecisionReport {
  const storyOf = new Map(labels.map((label) => [label.slug, label.story]));
  const size = new Map<string, number>();
  for (const slug of queries) {
    const story = storyOf.get(slug);
    if (story) size.set(story, (size.get(story) ?? 0) + 1);
  }
  let sum = 0;
  let scored = 0;
  const misses: { slug: string; story: string; top: string[] }[] = [];
  for (const slug of queries) {
    const story = storyOf.get(slug);
    if (!story) continue;
    const places = Math.min(k, (size.get(story) ?? 1) - 1);
    if (places === 0) continue;
    const top = (related.get(slug) ?? []).slice(0, places);
    const hits = top.filter((other) => storyOf.get(other) === story).length;
    sum += hits / places;
    scored++;
    if (hits < places) misses.push({ slug, story, top });
  }
  return { precision: scored === 0 ? 0 : sum / scored, scored, misses };
}

interface RecallReport {
  /** Mean over stories of their mean recall */
  readonly recall: number;
  /** The lowest story's mean recall */
  readonly worst: number;
  /** Mean recall per story */
  readonly byStory: ReadonlyMap<string, number>;
  /** Articles whose top k missed parts of their story, with the parts missed */
  readonly misses: readonly { readonly slug: string; readonly story: string; readonly missing: readonly string[] }[];
}

/**
 * Running-story recall@k: for each article of a story, the share of the
 * story's other parts (at most k of them can fit) found in its top k;
 * averaged per story, so a long story does not outweigh a short one.
 */
export function storyRecallAtK(
  labels: readonly StoryLabel[],
  queries: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  k: number,
): RecallReport {
  const partsOf = new Map<string, string[]>();
  const asked = new Set(queries);
  for (const label of labels) if (label.story && asked.has(label.slug)) (partsOf.get(label.story) ?? partsOf.set(label.story, []).get(label.story))?.push(label.slug);
  const byStory = new Map<string, number>();
  const misses: { slug: string; story: string; missing: string[] }[] = [];
  for (const [story, parts] of partsOf) {
    if (parts.length < 2) continue;
    let sum = 0;
    for (const slug of parts) {
      const top = new Set((related.get(slug) ?? []).slice(0, k));
      const others = parts.filter((other) => other !== slug);
      const missing = others.filter((other) => !top.has(other));
      sum += (others.length - missing.length) / Math.min(k, others.length);
      if (missing.length > 0 && others.length - missing.length < Math.min(k, others.length)) misses.push({ slug, story, missing });
    }
    byStory.set(story, Math.min(1, sum / parts.length));
  }
  const values = [...byStory.values()];
  return {
    recall: values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length,
    worst: values.length === 0 ? 0 : Math.min(...values),
    byStory,
    misses,
  };
}
