import { signatureHeaders } from '../../lib/publishing/signature';
import { publishingOrigin, publishingSecret } from './publishing-server';

export interface ApiAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly headers: Headers;
}

export interface SendOptions {
  readonly origin?: string;
  readonly secret?: string;
  /** Signs with this clock instead of now (stale timestamps) */
  readonly now?: Date;
  readonly headers?: Readonly<Record<string, string>>;
}

async function answer(response: Response): Promise<ApiAnswer> {
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the assertion message.
  }
  return { status: response.status, json, headers: response.headers };
}

/** A signed PUT of an MDX file, as `npm run publish` sends it. */
export async function putStory(slug: string, mdx: string | Buffer, options: SendOptions = {}): Promise<ApiAnswer> {
  const body = typeof mdx === 'string' ? Buffer.from(mdx) : mdx;
  const response = await fetch(`${options.origin ?? publishingOrigin}/api/articles/${slug}`, {
    method: 'PUT',
    body: new Uint8Array(body),
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      ...signatureHeaders(options.secret ?? publishingSecret, body, options.now ?? new Date()),
      ...options.headers,
    },
  });
  return answer(response);
}

/** A signed DELETE with the slug as its body, as `npm run unpublish` sends it. */
export async function deleteStory(slug: string, options: SendOptions = {}): Promise<ApiAnswer> {
  const response = await fetch(`${options.origin ?? publishingOrigin}/api/articles/${slug}`, {
    method: 'DELETE',
    body: slug,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...signatureHeaders(options.secret ?? publishingSecret, slug, options.now ?? new Date()), ...options.headers },
  });
  return answer(response);
}

/** The body of a page or file on the publishing server, with its status. */
export async function read(path: string, origin: string = publishingOrigin): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  return { status: response.status, text: await response.text(), headers: response.headers };
}
