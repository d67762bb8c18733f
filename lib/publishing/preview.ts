import { slugPattern } from '../content/slug';
import { paths } from '../urls';
import { signPreview, verifyPreview } from './signature';

/**
 * Editor previews (docs/preview.md): a signed link turns on Next's Draft
 * Mode for one browser and sends it to the story's address, where the
 * article route shows the draft or pending edit instead of the live story.
 * Pure: the routes and the CLI pass in the secret, the clock and the lookups.
 */

/** Next's Draft Mode cookie (COOKIE_NAME_PRERENDER_BYPASS in next/dist/server/api-utils). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';
export const PREVIEW_PATH = '/api/preview';
export const PREVIEW_EXIT_PATH = '/api/preview/exit';
export const DEFAULT_PREVIEW_HOURS = 24;
/** What every preview answer, and every page seen with the cookie, carries: for this browser only, kept by no one. */
export const PREVIEW_CACHE_CONTROL = 'private, no-store';

/** `/api/preview?slug=…&expires=…&token=…`, valid until `expiresAt` (Unix seconds). */
export function previewPath(secret: string, slug: string, expiresAt: number): string {
  const query = new URLSearchParams({ slug, expires: String(expiresAt), token: signPreview(secret, slug, expiresAt) });
  return `${PREVIEW_PATH}?${query.toString()}`;
}

/** The link an editor opens: the preview path on the site's origin. */
export function previewUrl(origin: string, secret: string, slug: string, expiresAt: number): string {
  return new URL(previewPath(secret, slug, expiresAt), `${origin.replace(/\/+$/, '')}/`).toString();
}

/** The banner's exit link: leaves Draft Mode and comes back to `returnTo`. */
export function previewExitPath(returnTo: string): string {
  return `${PREVIEW_EXIT_PATH}?${new URLSearchParams({ to: returnTo }).toString()}`;
}

/** Any ASCII control character or space: browsers drop tabs and newlines inside URLs, so `/\t/evil.example` would become `//evil.example`. */
const hasControlOrSpace = (text: string): boolean => [...text].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f);
const probeOrigin = 'http://lede.invalid';

/**
 * Where the exit link may send the browser: a path on this site, or the home
 * page. Anything that could leave the site is refused: absolute URLs,
 * protocol-relative `//host`, `/\host` (browsers read a backslash as a
 * slash), and control characters. The answer is re-serialised by the URL
 * parser, so it is percent-encoded and safe in a Location header.
 */
export function safeReturnPath(to: string | null | undefined): string {
  if (!to || !to.startsWith('/') || to.startsWith('//') || to.includes('\\') || hasControlOrSpace(to)) return paths.home();
  let url: URL;
  try {
    url = new URL(to, probeOrigin);
  } catch {
    return paths.home();
  }
  return url.origin === probeOrigin ? `${url.pathname}${url.search}` : paths.home();
}

/** `/{section}/{slug}` when the path has an article's shape, for proxy.ts to look a draft up. */
export function articleAddress(pathname: string): { readonly section: string; readonly slug: string } | undefined {
  const segments = pathname.split('/');
  if (segments.length !== 3 || segments[0] !== '') return undefined;
  const [, section = '', slug = ''] = segments;
  return slugPattern.test(section) && slugPattern.test(slug) ? { section, slug } : undefined;
}

interface StoryLocation {
  readonly section: string;
}

export interface PreviewRequest {
  readonly secret: string | undefined;
  readonly query: URLSearchParams;
  readonly now: Date;
  /** The saved draft or pending edit of `slug`, if any */
  readonly draft: (slug: string) => StoryLocation | undefined;
  /** The live story, if any */
  readonly live: (slug: string) => StoryLocation | undefined;
}

export type PreviewAnswer = { readonly status: 303; readonly location: string } | { readonly status: 401 | 404 | 503; readonly error: string };

/**
 * GET /api/preview, apart from HTTP: 503 with no secret, 401 for a link that
 * is not signed for this slug or has expired, 404 when there is nothing to
 * show, else a redirect to the story's address. A pending edit may move a
 * story to another section: the draft's section wins, as it will on publish.
 */
export function answerPreviewRequest(request: PreviewRequest): PreviewAnswer {
  if (!request.secret) return { status: 503, error: 'Previews are turned off on this server: set LEDE_PUBLISH_SECRET and restart it.' };
  const slug = request.query.get('slug') ?? '';
  const check = verifyPreview(request.secret, slug, request.query.get('expires'), request.query.get('token'), request.now);
  if (!check.ok) return { status: 401, error: check.reason };
  // Signed, so it came from someone with the secret; still never handed to a file lookup unless it is a slug.
  const story = slugPattern.test(slug) ? (request.draft(slug) ?? request.live(slug)) : undefined;
  if (!story) return { status: 404, error: `There is no draft and no published story with the slug ${JSON.stringify(slug)}.` };
  return { status: 303, location: paths.article({ section: story.section, slug }) };
}
