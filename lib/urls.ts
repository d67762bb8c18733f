import { editions } from './editions';
import { siteConfig } from './site-config';

/** `/de` + `/world` → `/de/world`; the default edition has no prefix. */
const at = (prefix: string, path: string) => (prefix === '' ? path : path === '/' ? `/${prefix}` : `/${prefix}${path}`);

/**
 * Every internal URL is built here, so routes and links cannot disagree.
 * `prefix` is the edition's ('' for the default edition at `/`); an article's
 * edition follows from its own `lang`, so its address needs nothing else.
 */
export const paths = {
  home: (prefix = '') => at(prefix, '/'),
  section: (section: string, prefix = '') => at(prefix, `/${section}`),
  article: (article: { readonly section: string; readonly slug: string; readonly lang?: string }) =>
    at(article.lang ? editions.forLang(article.lang).prefix : '', `/${article.section}/${article.slug}`),
  topic: (topicSlug: string, prefix = '') => at(prefix, `/topics/${topicSlug}`),
  /** Page 1 of a front is the front itself, so it has one URL */
  sectionPage: (section: string, page: number, prefix = '') => at(prefix, page <= 1 ? `/${section}` : `/${section}/page/${page}`),
  topicPage: (topicSlug: string, page: number, prefix = '') => at(prefix, page <= 1 ? `/topics/${topicSlug}` : `/topics/${topicSlug}/page/${page}`),
} as const;

/** Absolute URL on the configured origin, for canonical links, feeds and previews. */
export function absoluteUrl(path: string, origin: string = siteConfig.url): string {
  return new URL(path, `${origin}/`).toString();
}
