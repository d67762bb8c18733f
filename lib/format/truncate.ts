/** The one ellipsis every shortened text ends in: head tags, JSON-LD and share cards. */
export const ellipsis = '\u2026';

/** Punctuation that looks wrong right before an ellipsis ("Gaza,…"). */
export const trailingPunctuation = /[\s,;:.\u2013\u2014-]+$/u;

/**
 * Shortens `text` to at most `max` characters (UTF-16 code units, what
 * length limits such as Google's 110 for a headline count), cutting at the
 * last word boundary that leaves room for an ellipsis. A single word longer
 * than the limit is cut between code points. Text within the limit comes back
 * unchanged.
 */
export function truncateOnWordBoundary(text: string, max: number): string {
  if (max < 1) throw new Error('truncateOnWordBoundary needs room for at least the ellipsis');
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  const head = text.slice(0, room + 1);
  const boundary = head.search(/\s\S*$/);
  // Cut before the last space when there is one; then drop dangling punctuation ("Gaza,…").
  const cut = (boundary > 0 ? head.slice(0, boundary) : text.slice(0, room)).replace(trailingPunctuation, '');
  // Never end on the first half of a surrogate pair.
  const safe = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe}${ellipsis}`;
}
