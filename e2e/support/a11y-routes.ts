import { paths } from '../../lib/urls';
import { articleBySlug, articles, contentIndex, everyRoute, referenceSlug, routes } from './content';

export interface A11yRoute {
  readonly url: string;
  /** The HTTP status the route answers with */
  readonly status: 200 | 404;
}

/**
 * The site's 404 page, reached through an unknown section. (no-javascript.spec.ts
 * reaches it every other way: unknown stories and topics, fronts past their end.)
 */
export const notFoundUrl = '/no-such-section';

/** Home, every section, every topic, every article, and the 404 page. */
export const a11yRoutes: readonly A11yRoute[] = [
  ...everyRoute.map((url) => ({ url, status: 200 as const })),
  { url: notFoundUrl, status: 404 },
];

/** An article whose body holds a table, a fact box and a media teaser: every focusable kind of body content. */
export const richArticleSlug = 'ever-given-freed-suez-canal';

/** The topic with the most stories: its page has the longest list, and pagination when there is one. */
function busiestTopic(): string {
  const count = (slug: string) => articles.filter((article) => article.topics.some((topic) => topic.slug === slug)).length;
  const [busiest] = [...contentIndex.topics].sort((a, b) => count(b.slug) - count(a.slug));
  if (!busiest) throw new Error('The content index has no topics');
  return busiest.slug;
}

/**
 * One page of each template, for the checks that walk a page key by key
 * (too slow to repeat on all ~90 pages at eight widths and schemes).
 */
export const templateSamples: readonly string[] = [
  routes.home,
  routes.sections[0] ?? '/world',
  paths.topic(busiestTopic()),
  paths.article(articleBySlug(referenceSlug)),
  paths.article(articleBySlug(richArticleSlug)),
  notFoundUrl,
];
