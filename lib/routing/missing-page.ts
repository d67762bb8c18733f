import { parsePageParam } from '../pagination';

/**
 * Decides, before Next routes a request, whether the address has the shape
 * of one of our pages but names nothing that exists: `/world/no-such-story`,
 * `/economy/<a world story>`, `/topics/no-such-topic`, `/world/page/999`.
 *
 * Why not leave it to the route's `notFound()`: Next 16.4 answers a
 * `notFound()` thrown while rendering on demand with a bare
 * `<html id="__next_error__">` document that has no lang, no layout and no
 * content until JavaScript draws the 404 page (vercel/next.js#95613). A
 * reader without JavaScript, or a screen reader that reads the first HTML,
 * gets a blank page. An address that matches no route gets the real,
 * prerendered 404 page, so proxy.ts rewrites these there.
 *
 * Pure: the lookups are passed in, so the rules are tested without an index.
 */
export interface PageDirectory {
  isSection(slug: string): boolean;
  hasArticle(section: string, slug: string): boolean;
  isTopic(slug: string): boolean;
  /** Pages of the front; 0 when there is no such section or topic */
  sectionPageCount(section: string): number;
  topicPageCount(topic: string): number;
}

/** Share cards live under the pages they belong to; they answer their own 404s (an image, not a page). */
const nonPageSegments = new Set(['opengraph-image', 'twitter-image']);

/** `/…/page/n`: page 1 lives at the front's own address, so only 2…count exist. */
function isOlderPage(raw: string, count: number): boolean {
  const page = parsePageParam(raw);
  return page !== undefined && page >= 2 && page <= count;
}

/**
 * True only for a missing page. Everything else (the home page, one-segment
 * addresses, files with an extension, Next's own `/_next/…`, share cards,
 * shapes no route has) is left to Next, which already answers those well.
 */
export function isMissingPage(pathname: string, directory: PageDirectory): boolean {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length < 2 || segments.length > 4) return false;
  // Slugs never contain a dot, so anything with one is a file (public/, feeds, sitemaps) or Next's.
  if (segments.some((segment) => segment.includes('.') || segment.startsWith('_') || nonPageSegments.has(segment))) {
    return false;
  }
  const [first = '', second = '', third = '', fourth = ''] = segments;
  if (first === 'topics') {
    if (segments.length === 2) return !directory.isTopic(second);
    if (segments.length === 4 && third === 'page') return !isOlderPage(fourth, directory.topicPageCount(second));
    return false;
  }
  if (segments.length === 2) return !(directory.isSection(first) && directory.hasArticle(first, second));
  if (segments.length === 3 && second === 'page') return !isOlderPage(third, directory.sectionPageCount(first));
  return false;
}

/**
 * Where a missing page is rewritten to: an address no route matches (four
 * segments outside /topics), so Next serves its prerendered 404 page, with
 * the 404 status, inside the site's layout.
 */
export const notFoundRewritePath = '/_lede/not/a/page';
