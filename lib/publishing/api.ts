import type { ContentError } from '../content/errors';
import type { ContentStore, Outcome } from '../content/live/store';
import { slugPattern, reservedSlugs } from '../content/slug';
import { paths } from '../urls';
import { isRedisUnavailable } from '../cluster/redis';
import { replayGuard, type ReplayGuard } from './replay-guard';
import { verifySignature } from './signature';

/** The largest MDX file the API takes; the longest sample story is about 12 KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ApiRequest {
  readonly method: 'PUT' | 'DELETE';
  readonly slug: string;
  readonly headers: Headers;
  /** The raw body, or 'too-large' when it passed MAX_BODY_BYTES */
  readonly body: Buffer | 'too-large';
  readonly secret: string | undefined;
  readonly now: Date;
}

export interface ApiResponse {
  readonly status: number;
  readonly json: unknown;
  /** Addresses to expire in Next's cache */
  readonly paths: readonly string[];
}

const answer = (status: number, json: unknown, expire: readonly string[] = []): ApiResponse => ({ status, json, paths: expire });
const refuse = (status: number, error: string) => answer(status, { error });

/** The 422 body: each error as `content:check` words it, split into its parts. */
export function errorBody(errors: readonly ContentError[]): { errors: { file: string; line: number; field: string; message: string }[] } {
  return { errors: errors.map((e) => ({ file: e.file, line: e.line, field: e.field, message: `expected ${e.expected}, found ${e.found}` })) };
}

function fromOutcome(outcome: Outcome): ApiResponse {
  switch (outcome.status) {
    case 'invalid':
      return answer(422, errorBody(outcome.errors));
    case 'not-found':
      return refuse(404, 'No published story has that slug.');
    case 'draft-saved':
      return answer(202, { slug: outcome.story.slug, status: 'draft-saved', url: paths.article(outcome.story) });
    default: {
      const status = outcome.status === 'created' ? 201 : 200;
      const word = outcome.status === 'already-gone' ? 'taken-down' : outcome.status;
      return answer(status, { slug: outcome.story.slug, status: word, url: paths.article(outcome.story) }, outcome.paths);
    }
  }
}

/**
 * The publishing API (docs/publishing.md), apart from HTTP plumbing: checks
 * in order of cost (configured, size, slug, signature, type) and refuses
 * before anything is written.
 */
export async function handleArticleRequest(request: ApiRequest, store: ContentStore, guard: ReplayGuard = replayGuard()): Promise<ApiResponse> {
  try {
    return await checkAndApply(request, store, guard);
  } catch (error) {
    // Nothing was written: the store commits in one step, after every check.
    if (isRedisUnavailable(error)) return refuse(503, `The shared content store is unreachable, so nothing was published or taken down: ${error.message} Try again in a moment.`);
    throw error;
  }
}

async function checkAndApply(request: ApiRequest, store: ContentStore, guard: ReplayGuard): Promise<ApiResponse> {
  if (!request.secret) return refuse(503, 'Publishing is turned off on this server: set LEDE_PUBLISH_SECRET and restart it.');
  if (request.body === 'too-large') return refuse(413, `The body is over ${MAX_BODY_BYTES} bytes.`);
  if (!slugPattern.test(request.slug) || reservedSlugs.has(request.slug) || request.slug.length > 120) {
    return refuse(400, 'The slug must be lowercase words joined by hyphens, e.g. nato-allies-withdraw, and not a reserved word.');
  }
  const signature = verifySignature({
    secret: request.secret,
    timestampHeader: request.headers.get('x-lede-timestamp'),
    signatureHeader: request.headers.get('x-lede-signature'),
    body: request.body,
    now: request.now,
  });
  if (!signature.ok) return refuse(401, signature.reason);
  if (!(await guard.firstUse((request.headers.get('x-lede-signature') ?? '').toLowerCase(), request.now.getTime()))) {
    return refuse(401, 'This signature was already used: each signed request is accepted once. Sign it again; an identical request needs the next second’s timestamp.');
  }
  if (request.method === 'DELETE') {
    // Empty, or the slug itself: `npm run unpublish` sends the slug, so the signature names the story.
    const body = request.body.toString('utf8');
    if (body !== '' && body !== request.slug) return refuse(400, 'A DELETE body must be empty or the slug of the story to take down.');
    return fromOutcome(await store.takeDown(request.slug));
  }

  const type = request.headers.get('content-type') ?? '';
  if (!/^text\/markdown\s*(;\s*charset=utf-8\s*)?$/i.test(type)) return refuse(415, 'Send the MDX file as Content-Type: text/markdown; charset=utf-8.');
  const source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let text: string;
  try {
    text = source.decode(request.body);
  } catch {
    return refuse(400, 'The body is not valid UTF-8.');
  }
  return fromOutcome(await store.publish(request.slug, text));
}
