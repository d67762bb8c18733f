/** The wire-style sign-off under a story: "wd/dj (AP, dpa)". */
export function formatSignOff(authors: readonly string[], sources: readonly string[]): string {
  const who = authors.join('/');
  return sources.length > 0 ? `${who} (${sources.join(', ')})` : who;
}
