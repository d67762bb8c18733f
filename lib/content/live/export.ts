import type { LiveRecord } from './journal';

/** What `npm run content:export` does to one file in `content/articles/`. */
export type ExportStep =
  | { readonly action: 'write'; readonly slug: string; readonly source: string }
  | { readonly action: 'delete'; readonly slug: string }
  | { readonly action: 'keep'; readonly slug: string };

/**
 * Plans writing the live records back into `content/` for committing: a
 * story published or corrected live becomes its file, exactly as sent; a
 * story taken down loses its file. `current` is each file's text today
 * (undefined when there is none), so an export run twice plans nothing the
 * second time.
 */
export function planExport(records: Iterable<LiveRecord>, current: (slug: string) => string | undefined): ExportStep[] {
  const steps: ExportStep[] = [];
  for (const record of records) {
    const existing = current(record.slug);
    if (record.kind === 'publish') {
      steps.push(existing === record.source ? { action: 'keep', slug: record.slug } : { action: 'write', slug: record.slug, source: record.source });
    } else {
      steps.push(existing === undefined ? { action: 'keep', slug: record.slug } : { action: 'delete', slug: record.slug });
    }
  }
  return steps.sort((a, b) => a.slug.localeCompare(b.slug));
}
