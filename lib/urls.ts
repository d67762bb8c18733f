import { siteConfig } from './site-config';

/** Every internal URL is built here, so routes and links cannot disagree. */
export const paths = {
  home: () => '/',
  section: (section: string) => `/${section}`,
  article: (article: { readonly section: string; readonly slug: string }) => `/${article.section}/${article.slug}`,
  topic: (topicSlug: string) => `/topics/${topicSlug}`,
  /** Page 1 of a front is the front itself, so it has one URL */
  sectionPage: (section: string, page: number) => (page <= 1 ? `/${section}` : `/${section}/page/${page}`),
  topicPage: (topicSlug: string, page: number) => (page <= 1 ? `/topics/${topicSlug}` : `/topics/${topicSlug}/page/${page}`),
} as const;

/** Absolute URL on the configured origin, for canonical links, feeds and previews. */
export function absoluteUrl(path: string, origin: string = siteConfig.url): string {
  return new URL(path, `${origin}/`).toString();
}
