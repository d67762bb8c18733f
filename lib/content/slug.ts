/** A URL segment: lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Article slugs that would shadow a route, a file convention or a feed under
 * `/{section}/…` or at the root. Kept beside the slug rule so the schema and
 * the routes cannot drift apart.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'api',
  'topics',
  'feed',
  'rss',
  'page',
  'sitemap',
  'sitemaps',
  'news-sitemap',
  'robots',
  'opengraph-image',
  'twitter-image',
  'icon',
  'apple-icon',
  'favicon',
  'manifest',
  'images',
  'fonts',
  'search',
  'static',
  'next',
  '_next',
]);

/**
 * Turns an editor's topic name into a URL segment: accents folded, anything
 * that is not a letter or digit becomes a hyphen. Returns '' when nothing
 * URL-safe is left, which the schema reports.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
