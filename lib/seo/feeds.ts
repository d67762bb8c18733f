import { Feed, type Item } from 'feed';
import type { ArticleSummary } from '../content/types';
import { siteConfig, type Section, type SiteConfig } from '../site-config';
import { absoluteUrl, paths } from '../urls';
import { feedPaths } from './paths';

/** Feed readers poll often; fifty stories cover days of news and keep the file small. */
export const feedItemLimit = 50;

export const rssContentType = 'application/rss+xml; charset=utf-8';

interface FeedOptions {
  /** Size in bytes of a public image, for the enclosure's `length` (RSS requires it). */
  readonly imageBytes: (src: string) => number;
  readonly site?: SiteConfig;
}

const imageTypes: Readonly<Record<string, string>> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

/** The feed library guesses `image/jpg` from the extension, which is not a MIME type. */
export function imageMimeType(src: string): string {
  const extension = src.split('.').pop()?.toLowerCase() ?? '';
  const type = imageTypes[extension];
  if (!type) throw new Error(`No image type for ${JSON.stringify(src)}`);
  return type;
}

const lastChange = (article: ArticleSummary): string => article.updated ?? article.published;

function feedItem(article: ArticleSummary, options: FeedOptions, site: SiteConfig): Item {
  const url = absoluteUrl(paths.article(article), site.url);
  return {
    title: article.title,
    // With no id or guid the library uses the link as a permalink GUID: the canonical URL, stable for ever.
    link: url,
    date: new Date(lastChange(article)),
    published: new Date(article.published),
    description: article.teaser,
    category: article.topics.map((topic) => ({ name: topic.name })),
    image: {
      url: absoluteUrl(article.image.src, site.url),
      type: imageMimeType(article.image.src),
      length: options.imageBytes(article.image.src),
    },
  };
}

interface ChannelOptions {
  readonly title: string;
  readonly description: string;
  readonly pagePath: string;
  readonly feedPath: string;
}

function buildRss(channel: ChannelOptions, articles: readonly ArticleSummary[], options: FeedOptions): string {
  const site = options.site ?? siteConfig;
  // Each time parsed once: a section of a large archive has tens of thousands of stories, sorted on every publish.
  const items = articles
    .map((article) => ({ article, time: Date.parse(article.published) }))
    .sort((a, b) => b.time - a.time)
    .slice(0, feedItemLimit)
    .map(({ article }) => article);
  const newest = items.map((article) => Date.parse(lastChange(article))).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: absoluteUrl(channel.pagePath, site.url),
    link: absoluteUrl(channel.pagePath, site.url),
    language: site.language,
    feedLinks: { rss: absoluteUrl(channel.feedPath, site.url) },
    // lastBuildDate: when the newest story last changed, not when the server happened to build.
    ...(Number.isFinite(newest) ? { updated: new Date(newest) } : {}),
    generator: false,
  });
  for (const article of items) feed.addItem(feedItem(article, options, site));
  return feed.rss2();
}

/** Every section's newest stories: `/feed.xml`. */
export function siteFeed(articles: readonly ArticleSummary[], options: FeedOptions): string {
  const site = options.site ?? siteConfig;
  return buildRss({ title: site.name, description: site.tagline, pagePath: paths.home(site.prefix), feedPath: feedPaths.site(site.prefix) }, articles, options);
}

/** One section's newest stories: `/{section}/feed.xml`. */
export function sectionFeed(section: Section, articles: readonly ArticleSummary[], options: FeedOptions): string {
  const site = options.site ?? siteConfig;
  return buildRss(
    { title: `${site.name}: ${section.name}`, description: section.description, pagePath: paths.section(section.slug, site.prefix), feedPath: feedPaths.section(section.slug, site.prefix) },
    articles.filter((article) => article.section === section.slug),
    options,
  );
}
