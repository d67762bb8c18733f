import { paths } from '../urls';

/**
 * Paths of everything a bot fetches besides the pages: share cards, feeds,
 * sitemaps and the publisher logo. The routes that serve them live at these
 * paths by Next's file conventions; keeping the strings here means the head
 * tags, robots.txt and the tests cannot point somewhere else.
 */
const under = (base: string, file: string): string => `${base.replace(/\/$/, '')}/${file}`;

export const cardPaths = {
  home: (prefix = '') => under(paths.home(prefix), 'opengraph-image'),
  section: (section: string, prefix = '') => under(paths.section(section, prefix), 'opengraph-image'),
  topic: (topicSlug: string, prefix = '') => under(paths.topic(topicSlug, prefix), 'opengraph-image'),
  article: (article: { readonly section: string; readonly slug: string; readonly lang?: string }) => under(paths.article(article), 'opengraph-image'),
  /** Same picture as the Open Graph card, served by twitter-image.tsx for X's own cache. */
  articleTwitter: (article: { readonly section: string; readonly slug: string; readonly lang?: string }) => under(paths.article(article), 'twitter-image'),
} as const;

export const feedPaths = {
  site: (prefix = '') => under(paths.home(prefix), 'feed.xml'),
  section: (section: string, prefix = '') => under(paths.section(section, prefix), 'feed.xml'),
} as const;

export const sitemapPaths = {
  /** The sitemap index, naming every file below (app/sitemap.xml/route.ts). */
  index: (prefix = '') => under(paths.home(prefix), 'sitemap.xml'),
  /** One file of at most 50,000 URLs, numbered from 0 (app/sitemaps/[file]/route.ts). */
  chunk: (id: number, prefix = '') => under(paths.home(prefix), `sitemaps/${id}.xml`),
  news: (prefix = '') => under(paths.home(prefix), 'news-sitemap.xml'),
} as const;
