import type { RelatedIndex } from './build-index';

/** The words that contribute most to two articles' text score, heaviest first. */
export function sharedTerms(index: RelatedIndex, slugA: string, slugB: string, count = 4): string[] {
  const a = index.bySlug.get(slugA);
  const b = index.bySlug.get(slugB);
  if (a === undefined || b === undefined) return [];
  const { start, term, weight, terms } = index.text;
  const shared: [string, number][] = [];
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  while (p < (start[a + 1] ?? 0) && q < (start[b + 1] ?? 0)) {
    const s = term[p] ?? 0;
    const t = term[q] ?? 0;
    if (s === t) shared.push([terms[s] ?? '', (weight[p++] ?? 0) * (weight[q++] ?? 0)]);
    else if (s < t) p++;
    else q++;
  }
  return shared
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([word]) => word);
}

/** The topics two articles share, rarest (most telling) first. */
export function sharedTopics(index: RelatedIndex, slugA: string, slugB: string): string[] {
  const a = index.bySlug.get(slugA);
  const b = index.bySlug.get(slugB);
  if (a === undefined || b === undefined) return [];
  const other = new Set(index.docs[b]?.topics.map((t) => t.slug));
  const idf = (slug: string) => index.topicIdf[index.topicIds.get(slug) ?? -1] ?? 0;
  return (index.docs[a]?.topics ?? [])
    .filter((t) => other.has(t.slug))
    .sort((x, y) => idf(y.slug) - idf(x.slug))
    .map((t) => t.name);
}

/** The named entities two articles share, with what each adds to their entity cosine, heaviest first. */
export function sharedEntities(index: RelatedIndex, slugA: string, slugB: string): { readonly name: string; readonly contribution: number }[] {
  const a = index.bySlug.get(slugA);
  const b = index.bySlug.get(slugB);
  if (a === undefined || b === undefined) return [];
  const { start, entity, weight, names } = index.entities;
  const shared: { name: string; contribution: number }[] = [];
  let p = start[a] ?? 0;
  let q = start[b] ?? 0;
  while (p < (start[a + 1] ?? 0) && q < (start[b + 1] ?? 0)) {
    const s = entity[p] ?? 0;
    const t = entity[q] ?? 0;
    if (s === t) shared.push({ name: names[s] ?? '', contribution: (weight[p++] ?? 0) * (weight[q++] ?? 0) });
    else if (s < t) p++;
    else q++;
  }
  return shared.sort((x, y) => y.contribution - x.contribution || (x.name < y.name ? -1 : 1));
}
