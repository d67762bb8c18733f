import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RedisGate } from '../../cluster/redis';
import { JournalConflictError, writeFileAtomically, type LiveRecord, type PublishRecord, type RecordJournal } from './journal';

/**
 * Every change is one script, so a record, its draft and the generation move
 * together: it writes only if the generation is still the one this server
 * last read (otherwise another server committed in between, and the store
 * retries with that commit in hand), and it answers the new generation.
 */
const COMMIT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return -1 end
if ARGV[2] == 'record' then
  redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
  redis.call('HDEL', KEYS[3], ARGV[3])
elseif ARGV[2] == 'draft' then
  redis.call('HSET', KEYS[3], ARGV[3], ARGV[4])
else
  redis.call('HDEL', KEYS[3], ARGV[3])
end
return redis.call('INCR', KEYS[1])
`;

type Change = { readonly op: 'record' | 'draft'; readonly record: LiveRecord } | { readonly op: 'drop-draft'; readonly slug: string };

/** The keys of one site's content in Redis. Content keys have no TTL: volatile-lru never evicts them. */
export function contentKeys(prefix: string) {
  return { generation: `${prefix}content:generation`, records: `${prefix}content:records`, drafts: `${prefix}content:drafts` } as const;
}

interface Held {
  readonly generation: string;
  readonly records: Map<string, LiveRecord>;
  readonly drafts: Map<string, PublishRecord>;
}

export interface RedisJournalOptions {
  readonly gate: RedisGate;
  readonly prefix: string;
  /**
   * A copy of the last state read, on the local disk, so a server that starts
   * while Redis is down still knows which stories were taken down.
   */
  readonly copyFile?: string;
}

/**
 * The live records in the cluster's Redis: one hash of records and one of
 * drafts, by slug, and a generation counter. Each server holds the last
 * state it read; refresh() compares generations (one GET) and reads both
 * hashes again only when another server committed. Live records are the
 * stories published since the last deploy, so the hashes stay small.
 */
export class RedisJournal implements RecordJournal {
  private held: Held = { generation: 'none', records: new Map(), drafts: new Map() };
  private reading: Promise<void> | undefined;
  private readonly keys: ReturnType<typeof contentKeys>;

  constructor(private readonly options: RedisJournalOptions) {
    this.keys = contentKeys(options.prefix);
    this.held = readCopy(options.copyFile) ?? this.held;
  }

  /** The Redis key whose value is the generation: the cache handler reads it with each page (config/redis-cache-handler.js). */
  get generationKey(): string {
    return this.keys.generation;
  }

  generation(): string {
    return this.held.generation;
  }

  readAll(): Map<string, LiveRecord> {
    return new Map(this.held.records);
  }

  readDraft(slug: string): PublishRecord | undefined {
    return this.held.drafts.get(slug);
  }

  write(record: LiveRecord): Promise<void> {
    return this.commit({ op: 'record', record });
  }

  writeDraft(record: PublishRecord): Promise<void> {
    return this.commit({ op: 'draft', record });
  }

  async removeDraft(slug: string): Promise<void> {
    if (this.held.drafts.has(slug)) await this.commit({ op: 'drop-draft', slug });
  }

  /** One GET; both hashes only when the generation moved. Concurrent callers share one read. */
  refresh(): Promise<void> {
    this.reading ??= this.readIfMoved().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /** Reads again only if Redis's generation differs from `seen` (the cache handler's view, fetched with a page). */
  async catchUp(seen: string | null): Promise<void> {
    if ((seen ?? '0') !== this.held.generation) await this.refresh();
  }

  private async readIfMoved(): Promise<void> {
    const generation = (await this.options.gate.run((client) => client.get(this.keys.generation))) ?? '0';
    if (generation === this.held.generation) return;
    const [now, records, drafts] = await this.options.gate.run((client) =>
      client.multi().get(this.keys.generation).hGetAll(this.keys.records).hGetAll(this.keys.drafts).exec(),
    );
    this.held = {
      generation: typeof now === 'string' ? now : '0',
      records: parseHash<LiveRecord>(records),
      drafts: parseHash<PublishRecord>(drafts),
    };
    if (this.options.copyFile) keepCopy(this.options.copyFile, this.held);
  }

  private async commit(change: Change): Promise<void> {
    const slug = change.op === 'drop-draft' ? change.slug : change.record.slug;
    const json = change.op === 'drop-draft' ? '' : JSON.stringify(change.record);
    const result = await this.options.gate.run((client) =>
      client.eval(COMMIT, { keys: [this.keys.generation, this.keys.records, this.keys.drafts], arguments: [this.held.generation === 'none' ? '0' : this.held.generation, change.op, slug, json] }),
    );
    if (result === -1) {
      await this.refresh();
      throw new JournalConflictError(slug);
    }
    const records = new Map(this.held.records);
    const drafts = new Map(this.held.drafts);
    if (change.op === 'record') {
      records.set(slug, change.record);
      drafts.delete(slug);
    } else if (change.op === 'draft') {
      drafts.set(slug, change.record as PublishRecord);
    } else {
      drafts.delete(slug);
    }
    this.held = { generation: String(result), records, drafts };
    if (this.options.copyFile) keepCopy(this.options.copyFile, this.held);
  }
}

function parseHash<T>(hash: unknown): Map<string, T> {
  const entries = Object.entries((hash ?? {}) as Record<string, string>);
  return new Map(entries.map(([slug, json]) => [slug, JSON.parse(json) as T]));
}

function keepCopy(file: string, held: Held): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomically(file, JSON.stringify({ generation: held.generation, records: [...held.records.values()], drafts: [...held.drafts.values()] }));
  } catch (error) {
    console.error(`Could not keep a copy of the content store in ${file}:`, error);
  }
}

function readCopy(file: string | undefined): Held | undefined {
  if (!file) return undefined;
  try {
    const copy = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as { generation: string; records: LiveRecord[]; drafts: PublishRecord[] };
    // Not the generation Redis has (that is unknown until it answers): 'copy' makes the first refresh read everything.
    return { generation: `copy:${copy.generation}`, records: new Map(copy.records.map((r) => [r.slug, r])), drafts: new Map(copy.drafts.map((d) => [d.slug, d])) };
  } catch {
    return undefined;
  }
}
