import { paths } from '../urls';

/**
 * Paths of everything a bot fetches besides the pages: share cards, feeds,
 * sitemaps and the publisher logo. The routes that serve them live at these
 * paths by Next's file conventions; keeping the strings here means the head
 * tags, robots.txt and the tests cannot point somewhere else.
 */
const under = (base: string, file: string): string => `${base.replace(/\/$/, '')}/${file}`;

export const cardPaths = {
  home: () => under(paths.home(), 'opengraph-image'),
  section: (section: string) => under(paths.section(section), 'opengraph-image'),
  topic: (topicSlug: string) => under(paths.topic(topicSlug), 'opengraph-image'),
  article: (article: { readonly section: string; readonly slug: string }) => under(paths.article(article), 'opengraph-image'),
  /** Same picture as the Open Graph card, served by twitter-image.tsx for X's own cache. */
  articleTwitter: (article: { readonly section: string; readonly slug: string }) => under(paths.article(article), 'twitter-image'),
} as const;

export const feedPaths = {
  site: () => '/feed.xml',
  section: (section: string) => under(paths.section(section), 'feed.xml'),
} as const;

export const sitemapPaths = {
  /** The sitemap index, naming every file below (app/sitemap.xml/route.ts). */
  index: () => '/sitemap.xml',
  /** One file of at most 50,000 URLs, numbered from 0 (app/sitemaps/[file]/route.ts). */
  chunk: (id: number) => `/sitemaps/${id}.xml`,
  news: () => '/news-sitemap.xml',
} as const;
