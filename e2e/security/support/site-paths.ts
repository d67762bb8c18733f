import { cardPaths, feedPaths } from '../../../lib/seo/paths';
import { siteConfig } from '../../../lib/site-config';
import { articles, contentIndex, everyRoute } from '../../support/content';

/**
 * Real URLs of the build under test, of every kind a reader or a bot asks
 * for: pages, share cards, feeds and the pictures behind the optimizer.
 */
export const realPaths: readonly string[] = [
  ...everyRoute,
  cardPaths.home(),
  ...siteConfig.sections.map((section) => cardPaths.section(section.slug)),
  ...contentIndex.topics.slice(0, 5).map((topic) => cardPaths.topic(topic.slug)),
  ...articles.map((article) => cardPaths.article(article)),
  ...articles.slice(0, 5).map((article) => cardPaths.articleTwitter(article)),
  feedPaths.site(),
  ...siteConfig.sections.map((section) => feedPaths.section(section.slug)),
  ...articles.map((article) => article.image.src),
];
