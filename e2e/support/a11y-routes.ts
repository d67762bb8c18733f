import { everyRoute } from './content';

export interface A11yRoute {
  readonly url: string;
  /** The HTTP status the route answers with */
  readonly status: 200 | 404;
}

/** A URL no route matches: it renders the site's 404 page. */
export const notFoundUrl = '/world/no-such-story';

/** Home, every section, every topic, every article, and the 404 page. */
export const a11yRoutes: readonly A11yRoute[] = [
  ...everyRoute.map((url) => ({ url, status: 200 as const })),
  { url: notFoundUrl, status: 404 },
];
