import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, openSync, fsyncSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../../env';
import type { Article } from '../types';

/**
 * What the newsroom published or took down through the publishing API, kept
 * on disk so it survives a restart and a deploy. One file per slug: the last
 * thing done to that story. `content/` in git stays the newsroom's archive;
 * these records sit on top of it until `npm run content:export` writes them
 * back (docs/publishing.md has the rule for how the two meet).
 */
export type LiveRecord = PublishRecord | TakedownRecord;

interface RecordBase {
  readonly slug: string;
  /** When the server accepted it, ISO 8601 */
  readonly at: string;
}

export interface PublishRecord extends RecordBase {
  readonly kind: 'publish';
  /** The MDX file exactly as sent */
  readonly source: string;
  readonly sha256: string;
  /** Validated and compiled, so a restart needs no recompiling */
  readonly article: Article;
}

export interface TakedownRecord extends RecordBase {
  readonly kind: 'takedown';
  /** The story's language (its edition); absent in records written before editions */
  readonly lang?: string;
  /** The section it was in, so its old address can answer 410 Gone */
  readonly section: string;
}

/** Names a record's version: the content build notes which ones it folded in (ContentIndex.live). */
export function recordId(record: LiveRecord): string {
  return record.kind === 'publish' ? `publish:${record.at}:${record.sha256}` : `takedown:${record.at}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * `.lede/live/` in the working directory, beside the built index; `npm run build` never touches it.
 * LEDE_LIVE_DIR moves it: `npm run dev` points its server at a journal of its own (scripts/dev.ts),
 * so an editor's saves never mix with what was published live.
 */
export function defaultLiveDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env().liveDir);
}

const RECORDS = 'records';
/** Drafts and pending edits of live stories: seen only in Draft Mode previews */
const DRAFTS = 'drafts';
const GENERATION = 'generation';

/** fsync a file or folder by path: a rename is durable only once its folder is synced. */
function syncPath(target: string): void {
  const fd = openSync(target, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to `file` so a reader, or a process killed half-way, sees the
 * old file or the new one: written beside it, synced, renamed over it, and
 * the folder synced.
 */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.tmp-${process.pid}-${randomUUID()}`);
  writeFileSync(temporary, text);
  syncPath(temporary);
  renameSync(temporary, file);
  syncPath(path.dirname(file));
}

/**
 * Where the content store keeps live records: this machine's disk (Journal)
 * or the cluster's Redis (RedisJournal). Reads are synchronous, from what the
 * journal holds in hand, because routes read the store while rendering;
 * writes may be asynchronous, and are durable when they resolve.
 */
export interface RecordJournal {
  /** A token that changes with every commit, from any process: cheap to check on every request. */
  generation(): string;
  readAll(): Map<string, LiveRecord>;
  readDraft(slug: string): PublishRecord | undefined;
  /** Stores the record and drops any draft of its story. */
  write(record: LiveRecord): void | Promise<void>;
  writeDraft(record: PublishRecord): void | Promise<void>;
  removeDraft(slug: string): void | Promise<void>;
  /** Catches up with commits other servers made; a journal on the local disk is always caught up. */
  refresh?(): Promise<void>;
}

/**
 * A write lost a race with another server's: nothing was written, and the
 * store reads the journal again and retries.
 */
export class JournalConflictError extends Error {
  /** By name, not instanceof: a store and its journal may come from different bundles of this file (lib/cluster/redis.ts says why). */
  static is(error: unknown): error is JournalConflictError {
    return error instanceof Error && error.name === 'JournalConflictError';
  }

  constructor(slug: string) {
    super(`Another server changed the content store while ${slug} was being written; trying again.`);
    this.name = 'JournalConflictError';
  }
}

/**
 * The records on disk. Synchronous on purpose: a commit is a few small
 * writes, and routes read the store synchronously while rendering.
 */
export class Journal implements RecordJournal {
  readonly dir: string;

  constructor(dir: string = defaultLiveDir()) {
    this.dir = dir;
    mkdirSync(path.join(dir, RECORDS), { recursive: true });
    mkdirSync(path.join(dir, DRAFTS), { recursive: true });
  }

  writeDraft(record: PublishRecord): void {
    writeFileAtomically(path.join(this.dir, DRAFTS, `${record.slug}.json`), JSON.stringify(record));
  }

  readDraft(slug: string): PublishRecord | undefined {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, DRAFTS, `${slug}.json`), 'utf8')) as PublishRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  removeDraft(slug: string): void {
    rmSync(path.join(this.dir, DRAFTS, `${slug}.json`), { force: true });
  }

  /** Where a record lives, for error messages */
  recordFile(slug: string): string {
    return path.join(this.dir, RECORDS, `${slug}.json`);
  }

  /** Every record, by slug. Leftovers of an interrupted write (`.tmp-*`) are not records. */
  readAll(): Map<string, LiveRecord> {
    const records = new Map<string, LiveRecord>();
    for (const name of readdirSync(path.join(this.dir, RECORDS))) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const record = JSON.parse(readFileSync(path.join(this.dir, RECORDS, name), 'utf8')) as LiveRecord;
      records.set(record.slug, record);
    }
    return records;
  }

  read(slug: string): LiveRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.recordFile(slug), 'utf8')) as LiveRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Durable before it returns; then bumps the generation so other processes reload. */
  write(record: LiveRecord): void {
    writeFileAtomically(this.recordFile(record.slug), JSON.stringify(record));
    this.removeDraft(record.slug);
    this.bump();
  }

  remove(slug: string): void {
    rmSync(this.recordFile(slug), { force: true });
    syncPath(path.join(this.dir, RECORDS));
    this.bump();
  }

  /** A token that changes with every commit, from any process: cheap to check on every request. */
  generation(): string {
    try {
      const stat = statSync(path.join(this.dir, GENERATION));
      return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      return 'none';
    }
  }

  private bump(): void {
    writeFileAtomically(path.join(this.dir, GENERATION), randomUUID());
  }
}
