import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildListings, collectTopics, defaultIndexDir, type ContentIndex } from '../../lib/content/index-file';
import { editions } from '../../lib/editions';
import type { ArticleSummary } from '../../lib/content/types';
import { siteConfig } from '../../lib/site-config';
import { paths } from '../../lib/urls';

/**
 * The content index the server under test was built from: the suite's source
 * of truth. A suite that serves a scratch copy (playwright.hostile.config.ts)
 * names that copy's index folder in LEDE_E2E_INDEX_DIR.
 */
const indexDir = process.env.LEDE_E2E_INDEX_DIR ?? defaultIndexDir();
/** The whole index, every edition's stories */
export const fullContentIndex = JSON.parse(readFileSync(path.join(indexDir, 'index.json'), 'utf8')) as ContentIndex;
/** Every edition's stories (the index holds them all) */
export const allArticles: readonly ArticleSummary[] = fullContentIndex.articles;
/** The default edition's stories: what the site at `/` lists, and what the suites written for it walk */
export const articles: readonly ArticleSummary[] = allArticles.filter((article) => editions.forLang(article.lang) === editions.default);
/** The default edition's topics */
export const topics = collectTopics(articles);

/**
 * The index as the default edition at `/` sees it (its stories, topics and
 * lists only): the suites written for that site read this; the editions'
 * own suite (e2e/editions) reads fullContentIndex.
 */
export const contentIndex: ContentIndex = {
  ...fullContentIndex,
  articles,
  topics,
  listings: buildListings(articles, siteConfig.sections.map((section) => section.slug)),
};
export const referenceSlug = 'nato-allies-begin-afghanistan-withdrawal';

export function articleBySlug(slug: string): ArticleSummary {
  const article = articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`No article ${slug} in the content index`);
  return article;
}

/**
 * The story's versions in other editions as its page links them: the same
 * rule as getTranslations in lib/content/store.ts (both sides name each
 * other, another edition), in the order its frontmatter lists them.
 */
export function translationsOf(article: ArticleSummary): readonly ArticleSummary[] {
  const edition = editions.forLang(article.lang);
  return (article.translations ?? [])
    .map((slug) => allArticles.find((other) => other.slug === slug))
    .filter((other): other is ArticleSummary => other !== undefined && (other.translations ?? []).includes(article.slug) && editions.forLang(other.lang) !== edition);
}

/** One URL of every route type, then every article. */
export const routes = {
  home: paths.home(),
  sections: siteConfig.sections.map((section) => paths.section(section.slug)),
  topics: topics.map((topic) => paths.topic(topic.slug)),
  articles: articles.map((article) => paths.article(article)),
};

export const everyRoute: readonly string[] = [routes.home, ...routes.sections, ...routes.topics, ...routes.articles];
