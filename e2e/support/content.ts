import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultIndexDir, type ContentIndex } from '../../lib/content/index-file';
import type { ArticleSummary } from '../../lib/content/types';
import { siteConfig } from '../../lib/site-config';
import { paths } from '../../lib/urls';

/**
 * The content index the server under test was built from: the suite's source
 * of truth. A suite that serves a scratch copy (playwright.hostile.config.ts)
 * names that copy's index folder in LEDE_E2E_INDEX_DIR.
 */
const indexDir = process.env.LEDE_E2E_INDEX_DIR ?? defaultIndexDir();
export const contentIndex = JSON.parse(readFileSync(path.join(indexDir, 'index.json'), 'utf8')) as ContentIndex;
export const articles: readonly ArticleSummary[] = contentIndex.articles;
export const referenceSlug = 'nato-allies-begin-afghanistan-withdrawal';

export function articleBySlug(slug: string): ArticleSummary {
  const article = articles.find((a) => a.slug === slug);
  if (!article) throw new Error(`No article ${slug} in the content index`);
  return article;
}

/** One URL of every route type, then every article. */
export const routes = {
  home: paths.home(),
  sections: siteConfig.sections.map((section) => paths.section(section.slug)),
  topics: contentIndex.topics.map((topic) => paths.topic(topic.slug)),
  articles: articles.map((article) => paths.article(article)),
};

export const everyRoute: readonly string[] = [routes.home, ...routes.sections, ...routes.topics, ...routes.articles];
