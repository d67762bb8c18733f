import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ContentErrorInit } from '../errors';
import { defaultLiveDir, writeFileAtomically } from './journal';

/**
 * The errors `npm run dev` found in the files an editor saved, per slug, so
 * the page can show them as well as the terminal. scripts/dev.ts writes the
 * file into the dev server's own live folder (`.lede/dev-live`, which it
 * empties at start); nothing else ever writes it, and the site reads it only
 * when NODE_ENV is development, so a production server never shows or even
 * looks for it.
 */
export const DEV_ERRORS_FILE = 'errors.json';

interface DevErrorsJson {
  readonly version: 1;
  /** Slug → its errors, in line order */
  readonly bySlug: Readonly<Record<string, readonly ContentErrorInit[]>>;
}

/** Only the five fields: a ContentError's message and stack are derived from them, and a stack is noise on a page. */
export function toErrorInit(error: ContentErrorInit): ContentErrorInit {
  return { file: error.file, line: error.line, field: error.field, expected: error.expected, found: error.found };
}

/** Every slug's errors; none when there is no file (no dev server, or nothing wrong) or it cannot be read. */
export function readDevErrors(dir: string): ReadonlyMap<string, readonly ContentErrorInit[]> {
  let json: DevErrorsJson;
  try {
    json = JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, DEV_ERRORS_FILE), 'utf8')) as DevErrorsJson;
  } catch {
    // Written atomically, so a half-written file is never seen; a missing one means no errors.
    return new Map();
  }
  return json.version === 1 && typeof json.bySlug === 'object' && json.bySlug !== null ? new Map(Object.entries(json.bySlug)) : new Map();
}

/**
 * The one writer's view of the file (the watcher in scripts/dev.ts): kept in
 * memory and written whole, atomically, after every change, so a page
 * rendering meanwhile reads the old list or the new one. With no errors left
 * the file is removed.
 */
export class DevErrors {
  private readonly bySlug = new Map<string, readonly ContentErrorInit[]>();
  private readonly file: string;

  /** Starts empty: the errors of an earlier session are stale. */
  constructor(dir: string) {
    this.file = path.join(dir, DEV_ERRORS_FILE);
    mkdirSync(dir, { recursive: true });
    rmSync(this.file, { force: true });
  }

  /** Slugs that have errors now */
  slugs(): string[] {
    return [...this.bySlug.keys()];
  }

  set(slug: string, errors: readonly ContentErrorInit[]): void {
    if (errors.length === 0) return this.clear(slug);
    this.bySlug.set(slug, [...errors].sort((a, b) => a.line - b.line).map(toErrorInit));
    this.write();
  }

  clear(slug: string): void {
    if (this.bySlug.delete(slug)) this.write();
  }

  private write(): void {
    if (this.bySlug.size === 0) {
      rmSync(this.file, { force: true });
      return;
    }
    const json: DevErrorsJson = { version: 1, bySlug: Object.fromEntries(this.bySlug) };
    writeFileAtomically(this.file, `${JSON.stringify(json, null, 2)}\n`);
  }
}

/**
 * For pages: the errors of `slug`'s file, or of every file when no slug is
 * given (the 404 page cannot tell which file a missing address was meant to
 * come from). Always empty outside `next dev`.
 */
export function contentErrorsInDev(slug?: string): readonly ContentErrorInit[] {
  if (process.env.NODE_ENV !== 'development') return [];
  const bySlug = readDevErrors(defaultLiveDir());
  if (slug !== undefined) return bySlug.get(slug) ?? [];
  return [...bySlug.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
