/**
 * `npm run preview-link -- <slug> [--hours N]` apart from the console: reads
 * the arguments and the environment and makes the signed link
 * (lib/publishing/preview.ts). The tests pass in the environment and clock.
 */
import { slugPattern } from '../../lib/content/slug';
import { DEFAULT_PREVIEW_HOURS, previewUrl } from '../../lib/publishing/preview';
import { HOUR_MS } from '../../lib/time';
import { configFromEnv, slugFromArgument } from './client';

export const USAGE = 'usage: LEDE_PUBLISH_SECRET=… [LEDE_URL=http://localhost:3000] npm run preview-link -- <slug> [--hours N]';

export type PreviewLinkResult = { readonly ok: true; readonly url: string; readonly expiresAt: Date } | { readonly ok: false; readonly message: string };

const fail = (message: string): PreviewLinkResult => ({ ok: false, message });

export function previewLink(args: readonly string[], env: Readonly<Record<string, string | undefined>>, now: Date): PreviewLinkResult {
  let hours = DEFAULT_PREVIEW_HOURS;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--hours') {
      const value = args[(i += 1)] ?? '';
      // Decimal digits only, as lib/env.ts reads numbers: `1e3` or `-1` is a typo, not a number of hours.
      if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) <= 0) return fail(`--hours must be a positive number of hours, not ${JSON.stringify(value)}\n${USAGE}`);
      hours = Number(value);
    } else if (arg.startsWith('-')) {
      return fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      rest.push(arg);
    }
  }
  if (rest.length !== 1 || rest[0] === undefined) return fail(USAGE);
  // As unpublish takes it: a slug, `world/x`, a page URL or the article's file.
  const slug = slugFromArgument(rest[0]);
  if (!slugPattern.test(slug)) return fail(`"${rest[0]}" is not a slug (lowercase words joined by hyphens)\n${USAGE}`);
  const config = configFromEnv(env);
  if (!config.ok) return fail(config.message);
  const expiresAt = Math.floor((now.getTime() + hours * HOUR_MS) / 1000);
  return { ok: true, url: previewUrl(config.baseUrl, config.secret, slug, expiresAt), expiresAt: new Date(expiresAt * 1000) };
}
