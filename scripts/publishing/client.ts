/**
 * The editors' side of the publishing API (scripts/publish.ts and
 * scripts/unpublish.ts are thin wrappers). Each request is signed with
 * lib/publishing/signature.ts; each answer is turned into lines an editor can
 * read. Nothing here touches process.env or the console, so the tests inject
 * the server address, the secret, fetch and the clock.
 */
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { signatureHeaders } from '../../lib/publishing/signature';

export const DEFAULT_LEDE_URL = 'http://localhost:3000';
/** A request that has had no answer by then is reported rather than left hanging. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface ClientOptions {
  /** The site's origin, no trailing slash */
  readonly baseUrl: string;
  readonly secret: string;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

/** What one file or slug came to: lines for stdout and for stderr, and whether it succeeded. */
export interface Outcome {
  readonly ok: boolean;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

export type ClientConfig = { ok: true; baseUrl: string; secret: string } | { ok: false; message: string };

type Action = 'publish' | 'unpublish';

const failed = (...err: string[]): Outcome => ({ ok: false, out: [], err });

/** LEDE_URL and LEDE_PUBLISH_SECRET, checked; a bad value is a message naming the variable. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): ClientConfig {
  // Trimmed like every other variable the project reads (lib/env.ts), so both sides key the HMAC with the same text.
  const secret = env.LEDE_PUBLISH_SECRET?.trim() ?? '';
  if (secret === '') {
    return { ok: false, message: 'LEDE_PUBLISH_SECRET is not set. Set it to the publishing secret the site was started with.' };
  }
  const raw = (env.LEDE_URL?.trim() || DEFAULT_LEDE_URL).replace(/\/+$/, '');
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) {
    return { ok: false, message: `LEDE_URL must be the site's http(s) origin, such as https://news.example; it is "${raw}".` };
  }
  return { ok: true, baseUrl: raw, secret };
}

/** content/articles/<slug>.mdx → <slug>; null for a file that is not an article. */
export function slugFromFile(file: string): string | null {
  const base = path.basename(file);
  return base.endsWith('.mdx') && base.length > '.mdx'.length ? base.slice(0, -'.mdx'.length) : null;
}

/** Takes a slug as an editor may paste it: `x`, `world/x` (what publish prints), a page URL or the article's file. */
export function slugFromArgument(argument: string): string {
  const last = argument.replace(/\/+$/, '').split('/').pop() ?? '';
  return last.endsWith('.mdx') ? last.slice(0, -'.mdx'.length) : last;
}

export async function publishFile(file: string, options: ClientOptions): Promise<Outcome> {
  const slug = slugFromFile(file);
  if (slug === null) return failed(`${file}: not an .mdx article file; nothing sent.`);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : error instanceof Error ? error.message : String(error);
    return failed(`${file}: ${why}; nothing sent.`);
  }
  return send('publish', slug, body, options);
}

export async function unpublishSlug(argument: string, options: ClientOptions): Promise<Outcome> {
  const slug = slugFromArgument(argument);
  if (slug === '') return failed(`"${argument}" names no article; nothing sent.`);
  // The slug as the body makes the signature name the story (docs/publishing.md), so two takedowns sent in
  // the same second have different signatures and each is accepted once.
  return send('unpublish', slug, Buffer.from(slug), options);
}

async function send(action: Action, slug: string, body: Buffer, options: ClientOptions): Promise<Outcome> {
  const url = `${options.baseUrl}/api/articles/${encodeURIComponent(slug)}`;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...signatureHeaders(options.secret, body, options.now?.() ?? new Date()),
  };
  headers['Content-Type'] = action === 'publish' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: action === 'publish' ? 'PUT' : 'DELETE',
      headers,
      body: new Uint8Array(body),
      // A redirect would carry the signed request somewhere else; say so instead of following it.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return describeAnswer({ action, slug, status: response.status, text, location: response.headers.get('location'), baseUrl: options.baseUrl });
  } catch (error) {
    return failed(`${slug}: ${unreachable(error, options.baseUrl, timeoutMs)}`);
  }
}

function unreachable(error: unknown, baseUrl: string, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer from LEDE_URL (${baseUrl}) within ${timeoutMs / 1000} s.`;
  // fetch says only "fetch failed"; the cause holds ECONNREFUSED, ENOTFOUND and the like.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const detail = cause ?? (error instanceof Error ? error.message : String(error));
  return `could not reach LEDE_URL (${baseUrl}): ${printable(detail)}. Is the site running there?`;
}

const successBody = z.object({
  slug: z.string(),
  status: z.enum(['created', 'updated', 'unchanged', 'taken-down']),
  url: z.string().optional(),
});
const invalidBody = z.object({
  errors: z.array(z.object({ file: z.string(), line: z.number().optional(), field: z.string().optional(), message: z.string() })).min(1),
});
const errorBody = z.object({ error: z.string() });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Server text goes to a terminal: control characters (escape sequences, bidi
 * overrides) become spaces so an answer cannot rewrite the screen, and a long
 * page (a proxy's HTML error) is cut short.
 */
export function printable(text: string, max = 300): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const statusLine = (status: number): string => `${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;

/** Turns the server's answer into what the editor reads. */
export function describeAnswer(answer: { action: Action; slug: string; status: number; text: string; location: string | null; baseUrl: string }): Outcome {
  const { action, slug, status, text, location, baseUrl } = answer;
  const json = parseJson(text);
  const refused = `${slug}: not ${action === 'publish' ? 'published' : 'taken down'} (${statusLine(status)})`;

  const success = successBody.safeParse(json);
  if (status >= 200 && status < 300 && success.success) {
    const { url, status: state } = success.data;
    const label = printable(url?.startsWith('/') ? url.slice(1) : success.data.slug);
    const link = url === undefined ? '' : ` → ${printable(/^https?:\/\//.test(url) ? url : `${baseUrl}${url}`)}`;
    const line = {
      created: `published ${label} (${status} created)${link}`,
      updated: `updated ${label} (${status})${link}`,
      unchanged: `unchanged ${label} (${status})${link}`,
      'taken-down': `taken down ${label} (${status})`,
    }[state];
    return { ok: true, out: [line], err: [] };
  }

  const invalid = invalidBody.safeParse(json);
  if (invalid.success) {
    const problems = invalid.data.errors.map(({ file, line, field, message }) =>
      [line === undefined ? printable(file) : `${printable(file)}:${line}`, field === undefined ? undefined : printable(field), printable(message, 1000)]
        .filter((part) => part !== undefined)
        .join('  '),
    );
    return failed(`${refused}:`, ...problems);
  }

  const error = errorBody.safeParse(json);
  if (error.success) return failed(`${refused}: ${printable(error.data.error, 1000)}`);

  if (status >= 300 && status < 400 && location) {
    return failed(`${refused}: the server redirects to ${printable(location)}; set LEDE_URL to the site's own origin.`);
  }
  if (status >= 200 && status < 300) {
    return failed(`${slug}: the server answered ${statusLine(status)} but not as the publishing API does; is LEDE_URL (${baseUrl}) a Lede site? It said: ${printable(text) || '(nothing)'}`);
  }
  return failed(`${refused}: ${printable(text) || '(empty answer)'}`);
}

/** Runs `action` on each item in turn and prints what each came to; the exit code is 0 only if all succeeded. */
export async function runEach(
  items: readonly string[],
  action: (item: string) => Promise<Outcome>,
  print: { out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  let allOk = true;
  for (const item of items) {
    const outcome = await action(item);
    for (const line of outcome.out) print.out(line);
    for (const line of outcome.err) print.err(line);
    allOk &&= outcome.ok;
  }
  return allOk ? 0 : 1;
}

/**
 * The whole of `npm run publish` and `npm run unpublish` but their usage line
 * and action: help, argument and configuration checks (exit 2, nothing sent),
 * then one request per argument (exit 0 only if every one succeeded).
 */
export function runCommand(args: readonly string[], usage: string, action: (argument: string, options: ClientOptions) => Promise<Outcome>): void {
  const run = async (): Promise<number> => {
    if (args.includes('--help') || args.includes('-h')) {
      console.log(usage);
      return 0;
    }
    const unknown = args.find((arg) => arg.startsWith('-'));
    if (args.length === 0 || unknown !== undefined) {
      console.error(unknown === undefined ? usage : `unknown option ${unknown}\n${usage}`);
      return 2;
    }
    const config = configFromEnv(process.env);
    if (!config.ok) {
      console.error(config.message);
      return 2;
    }
    return runEach(args, (argument) => action(argument, config), { out: (line) => console.log(line), err: (line) => console.error(line) });
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
