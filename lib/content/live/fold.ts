import { recordId, type LiveRecord } from './journal';
import type { Article } from '../types';

/** The time a version of a story last changed: `updated`, else `published`. */
function lastChange(article: Pick<Article, 'published' | 'updated'>): number {
  return Date.parse(article.updated ?? article.published);
}

export interface Folded {
  readonly articles: Article[];
  /** Every record the build considered, by slug: its recordId (ContentIndex.live) */
  readonly folded: Record<string, string>;
  /** Live versions that lost to a newer file in content/, in words for the build log */
  readonly notes: string[];
}

/**
 * How git's `content/` and the live records meet at build time: the build
 * starts from `content/`, then each live record wins unless the file in
 * `content/` changed later (its `updated`, else `published`, is newer than
 * the live version's, or than the takedown). A lost record is kept on disk,
 * never deleted, and named in the build log. `recompiled` is each publish
 * record's article compiled again from its source under today's rules.
 */
export function foldLiveRecords(fromGit: readonly Article[], records: Iterable<LiveRecord>, recompiled: ReadonlyMap<string, Article>): Folded {
  const bySlug = new Map(fromGit.map((article) => [article.slug, article]));
  const folded: Record<string, string> = {};
  const notes: string[] = [];
  for (const record of records) {
    folded[record.slug] = recordId(record);
    const git = bySlug.get(record.slug);
    if (record.kind === 'publish') {
      const live = recompiled.get(record.slug);
      if (!live) continue;
      if (git && lastChange(git) > lastChange(live)) {
        notes.push(`${git.file} is newer than the version of ${record.slug} published live on ${record.at}: the file wins.`);
        continue;
      }
      bySlug.set(record.slug, live);
    } else if (git) {
      if (lastChange(git) > Date.parse(record.at)) {
        notes.push(`${git.file} changed after ${record.slug} was taken down on ${record.at}: the file is published again.`);
        continue;
      }
      bySlug.delete(record.slug);
    }
  }
  return { articles: [...bySlug.values()], folded, notes };
}
