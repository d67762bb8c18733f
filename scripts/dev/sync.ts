import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatContentErrors } from '../../lib/content/errors';
import type { DevErrors } from '../../lib/content/live/dev-errors';
import type { ContentStore, Outcome } from '../../lib/content/live/store';

/**
 * What `npm run dev` does with one saved article: hands the file to the
 * content store exactly as the publishing API would (the same validation as
 * content:check, lib/content/load.ts), so the dev server, which reads the
 * same journal, shows the new version on its next request. Errors go to the
 * terminal in content:check's words and to the errors file the page reads.
 */
export interface SyncContext {
  /** A DiskContentStore over the dev journal, with includeDrafts */
  readonly store: Pick<ContentStore, 'publish' | 'takeDown'>;
  readonly errors: Pick<DevErrors, 'set' | 'clear' | 'slugs'>;
  /** The folder of `<slug>.mdx` files */
  readonly articlesDir: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

async function readSource(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** One line for the terminal; undefined when there is nothing worth saying */
export function describeOutcome(file: string, outcome: Outcome, ms: number): string | undefined {
  const took = `${ms.toFixed(0)} ms`;
  switch (outcome.status) {
    case 'created':
      return `content: ${file} added at /${outcome.story.section}/${outcome.story.slug} (${took})`;
    case 'updated':
      return `content: ${file} updated (${took})`;
    case 'taken-down':
      return `content: ${file} deleted: /${outcome.story.section}/${outcome.story.slug} answers 410 Gone until the next npm run dev`;
    case 'draft-saved':
      return `content: ${file} saved as a preview draft (the store was not started with includeDrafts)`;
    default:
      // unchanged (a save with no edit), and the deletion of a file the site never showed
      return undefined;
  }
}

/** Reads `<slug>.mdx` and publishes it, or takes it down when the file is gone. */
export async function syncArticle(slug: string, context: SyncContext): Promise<Outcome> {
  const started = performance.now();
  const absolute = path.join(context.articlesDir, `${slug}.mdx`);
  const file = path.relative(process.cwd(), absolute);
  const source = await readSource(absolute);
  const outcome = source === undefined ? await context.store.takeDown(slug) : await context.store.publish(slug, source);
  if (outcome.status === 'invalid') {
    context.errors.set(slug, outcome.errors);
    context.err(`${formatContentErrors(outcome.errors)}\nUntil ${file} is fixed, the site shows its last version without errors, if it had one; the page lists these errors too.`);
    return outcome;
  }
  context.errors.clear(slug);
  const line = describeOutcome(file, outcome, performance.now() - started);
  if (line) context.out(line);
  return outcome;
}

/**
 * Files to check again after `slug` changed: a new article can fix another
 * file's `related` pick that named it, as content:check, which sees the whole
 * folder, would find. Only files that have errors now are worth the time.
 */
export function recheckAfter(slug: string, outcome: Outcome, slugsWithErrors: readonly string[]): string[] {
  return outcome.status === 'created' ? slugsWithErrors.filter((other) => other !== slug) : [];
}
