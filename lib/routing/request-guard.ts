/**
 * Screens a request before Next routes it. Next answers some hostile requests
 * with a 500 (measured on 16.4: malformed percent-encoding such as `/%` or
 * `/world/%E2%82`, any method but GET/HEAD on a static file, an image
 * optimizer `url` that does not decode), and serves a static page's HTML to a
 * POST or DELETE. This turns each of those into a precise 4xx before any of
 * Next's decoding, file lookups or rendering runs. Pure: proxy.ts only
 * translates the decision into a response.
 */

/** Readers only read: no form posts, no server actions. */
export const allowedMethods = ['GET', 'HEAD'] as const;

/** The publishing API takes writes (app/api/articles/[slug]/route.ts), signed; nothing else does. */
const publishingApi = /^\/api\/articles\/[^/]+$/;
const publishingMethods = ['PUT', 'DELETE'] as const;

/** The server's own scheduler calls this (lib/publishing/scheduler.ts), with a token only it knows. */
export const releasePath = '/api/schedule';

function methodsFor(pathname: string): readonly string[] {
  if (pathname === releasePath) return ['POST'];
  return publishingApi.test(pathname) ? publishingMethods : allowedMethods;
}

export type GuardDecision =
  | { readonly action: 'continue' }
  | {
      readonly action: 'respond';
      readonly status: 400 | 404 | 405;
      readonly reason: string;
      readonly headers: Readonly<Record<string, string>>;
    };

export interface GuardedRequest {
  readonly method: string;
  /** The path exactly as sent, still percent-encoded */
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}

/**
 * The only images the optimizer may read: the shapes content validation
 * allows (lib/content/schema.ts). A statically imported image would be served
 * from /_next/static/media/; allow that prefix here if one is ever added.
 */
const optimizablePath = /^\/images\/[A-Za-z0-9/_-]+\.(?:jpe?g|png|webp|avif)$/;

/** `%` must start a two-digit hex escape. */
const badEscape = /%(?![0-9A-Fa-f]{2})/;

/** Encoded control characters (NUL, CR, LF...) and DEL never belong in one of our paths. */
const encodedControl = /%(?:[01][0-9A-Fa-f]|7[Ff])/;

/** True when the percent-encoding decodes to valid UTF-8, as Next's route matcher requires. */
export function decodesCleanly(value: string): boolean {
  if (badEscape.test(value)) return false;
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

const reject = (status: 400 | 404 | 405, reason: string, headers: Record<string, string> = {}): GuardDecision => ({
  action: 'respond',
  status,
  reason,
  headers,
});

export function guardRequest(request: GuardedRequest): GuardDecision {
  const method = request.method.toUpperCase();
  const allowed = methodsFor(request.pathname);
  if (!allowed.includes(method)) {
    return reject(405, `Method ${method} is not allowed`, { Allow: allowed.join(', ') });
  }
  if (!decodesCleanly(request.pathname)) return reject(400, 'Malformed percent-encoding in the path');
  // Checked on the raw path: once decoded, NUL would reach file-system calls as a path byte.
  if (encodedControl.test(request.pathname)) return reject(404, 'No such page');
  if (request.pathname === '/_next/image') {
    // Decoded once by URLSearchParams; the pattern allows no `%`, so the optimizer's own decode cannot fail.
    const url = request.searchParams.get('url') ?? '';
    if (request.searchParams.getAll('url').length !== 1 || !optimizablePath.test(url)) {
      return reject(400, 'The image optimizer only serves images under /images/');
    }
  }
  return { action: 'continue' };
}
