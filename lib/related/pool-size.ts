/** Stories shown below an article when the caller does not say. */
export const DEFAULT_LIMIT = 5;

/**
 * Candidates scored exactly per article: three per story shown (at least 15)
 * leaves room for duplicates and the threshold; on the synthetic archives a
 * larger pool changed no list.
 */
export function poolSizeFor(limit: number): number {
  return Math.max(15, limit * 3);
}
