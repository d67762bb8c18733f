import { describe, expect, it } from 'vitest';
import { isMissingPage, type PageDirectory } from './missing-page';

const articles: Record<string, readonly string[]> = { world: ['nato-withdrawal'], economy: ['inflation-eases'] };
const topicPages: Record<string, number> = { afghanistan: 3 };

const directory: PageDirectory = {
  isSection: (slug) => slug in articles,
  hasArticle: (section, slug) => articles[section]?.includes(slug) ?? false,
  isTopic: (slug) => slug in topicPages,
  sectionPageCount: (section) => (section === 'world' ? 4 : section in articles ? 1 : 0),
  topicPageCount: (topic) => topicPages[topic] ?? 0,
};
const missing = (pathname: string) => isMissingPage(pathname, directory);

describe('isMissingPage', () => {
  it.each([
    '/world/no-such-story',
    '/economy/nato-withdrawal',
    '/nosection/nato-withdrawal',
    '/world/page',
    '/topics/no-such-topic',
    '/world/page/1',
    '/world/page/5',
    '/world/page/02',
    '/world/page/abc',
    '/economy/page/2',
    '/nosection/page/2',
    '/topics/afghanistan/page/1',
    '/topics/afghanistan/page/4',
    '/topics/no-such-topic/page/2',
    '/world/caf%C3%A9',
    '/world/no-such-story/',
  ])('%s is a missing page', (pathname) => expect(missing(pathname)).toBe(true));

  it.each([
    '/',
    '/world',
    '/nosection',
    '/world/nato-withdrawal',
    '/world/page/2',
    '/world/page/4',
    '/topics/afghanistan',
    '/topics/afghanistan/page/2',
    '/topics/afghanistan/page/3',
    // Files and Next's own addresses
    '/brand/logo.png',
    '/images/articles/nato.jpg',
    '/world/feed.xml',
    '/sitemap.xml',
    '/sitemaps/0.xml',
    '/_next/static/chunks/app.js',
    '/_next/image',
    // Share cards answer for themselves
    '/world/opengraph-image',
    '/world/no-such-story/opengraph-image',
    '/topics/no-such-topic/opengraph-image',
    // Shapes no route has already get Next's real 404 page
    '/world/no-such-story/deeper',
    '/topics/afghanistan/more',
    '/a/b/c/d/e',
  ])('%s is left to Next', (pathname) => expect(missing(pathname)).toBe(false));
});
