import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIndex } from '../content/index-file';
import { pageCount } from '../pagination';
import type { PageDirectory } from './missing-page';

/**
 * What proxy.ts needs to know about the published pages, written by the
 * content build beside index.json as `pages.json`. A few bytes per article
 * (about 6 MB for a 100,000-story archive) instead of the whole index, which
 * the proxy would otherwise parse into its own copy.
 */
interface PageTable {
  /** Section of every published article, by slug */
  readonly articles: Readonly<Record<string, string>>;
  /** Pages of each section front and each topic front */
  readonly sectionPages: Readonly<Record<string, number>>;
  readonly topicPages: Readonly<Record<string, number>>;
}

export const pageTableFile = 'pages.json';

export function buildPageTable(index: Pick<ContentIndex, 'articles' | 'listings'>): PageTable {
  const counts = (lists: Readonly<Record<string, readonly number[]>>) =>
    Object.fromEntries(Object.entries(lists).map(([slug, positions]) => [slug, pageCount(positions.length)]));
  return {
    articles: Object.fromEntries(index.articles.map((article) => [article.slug, article.section])),
    sectionPages: counts(index.listings.bySection),
    topicPages: counts(index.listings.byTopic),
  };
}

export function pageDirectoryOf(table: PageTable): PageDirectory {
  const own = (record: Readonly<Record<string, unknown>>, key: string) => Object.hasOwn(record, key);
  return {
    isSection: (slug) => own(table.sectionPages, slug),
    hasArticle: (section, slug) => own(table.articles, slug) && table.articles[slug] === section,
    isTopic: (slug) => own(table.topicPages, slug),
    sectionPageCount: (section) => (own(table.sectionPages, section) ? (table.sectionPages[section] ?? 0) : 0),
    topicPageCount: (topic) => (own(table.topicPages, topic) ? (table.topicPages[topic] ?? 0) : 0),
  };
}

const loaded = new Map<string, PageDirectory | null>();

/**
 * The directory of this instance's pages, read once per process; null when
 * the file cannot be read, and then the proxy leaves every request to Next
 * (a missing page still gets a 404, only a barer one) rather than failing.
 */
export function loadPageDirectory(indexDir: string): PageDirectory | null {
  const known = loaded.get(indexDir);
  if (known !== undefined) return known;
  let directory: PageDirectory | null;
  try {
    const file = path.join(/* turbopackIgnore: true */ indexDir, pageTableFile);
    directory = pageDirectoryOf(JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as PageTable);
  } catch {
    directory = null;
  }
  loaded.set(indexDir, directory);
  return directory;
}
