import type { ContentIndex } from '../content/index-file';
import { pageCount } from '../pagination';
import type { PageDirectory } from './missing-page';

/** What proxy.ts needs to know about the published pages; each content snapshot has one. */
export interface PageTable {
  /** Section of every published article, by slug */
  readonly articles: Readonly<Record<string, string>>;
  /** Pages of each section front and each topic front */
  readonly sectionPages: Readonly<Record<string, number>>;
  readonly topicPages: Readonly<Record<string, number>>;
}

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
