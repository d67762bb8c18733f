import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { RelatedDocument } from '../../related';
import type { ContentError } from '../errors';
import { defaultIndexDir, textsFile, toSummary, type ContentIndex, type StoredBody } from '../index-file';
import { loadSingleSource } from '../load';
import type { Article, ArticleSummary } from '../types';
import { affectedPaths } from './affected-paths';
import { editions } from '../../editions';
import { env } from '../../env';
import { redisGate } from '../../cluster/redis';
import { Journal, JournalConflictError, defaultLiveDir, recordId, sha256, type LiveRecord, type PublishRecord, type RecordJournal } from './journal';
import { RedisJournal } from './redis-journal';
import { updateRelated } from './related-update';
import { buildSnapshot, nextRelease, type GoneStory, type Snapshot } from './snapshot';

/** What a publish, takedown or release did, and the addresses whose responses it changed. */
export type Outcome =
  | { readonly status: 'created' | 'updated' | 'unchanged' | 'draft-saved' | 'taken-down' | 'already-gone' | 'released'; readonly story: StoryRef; readonly paths: readonly string[] }
  | { readonly status: 'invalid'; readonly errors: readonly ContentError[] }
  | { readonly status: 'not-found' };

export interface StoryRef {
  readonly slug: string;
  readonly section: string;
  /** Names the story's edition, so the API answers its address there (absent: the default edition) */
  readonly lang?: string;
}

/**
 * Where routes read content and the publishing API writes it. One interface,
 * so a shared implementation (a database every server reads) can replace the
 * embedded one without touching a route.
 */
export interface ContentStore {
  /** The current state; cheap enough to call on every request */
  current(): Snapshot;
  body(slug: string): Promise<HastRoot | undefined>;
  /** An unpublished draft or pending edit, for Draft Mode previews only */
  draft(slug: string): Article | undefined;
  publish(slug: string, source: string): Promise<Outcome>;
  takeDown(slug: string): Promise<Outcome>;
  /** True when release() has something to do: a scheduled story is due, or one went live while no server ran */
  due(): boolean;
  /** Makes visible every scheduled story whose time has come, and answers which addresses that changed */
  release(): Promise<Outcome | undefined>;
  /**
   * Catches up with what other servers published. proxy.ts awaits it on every
   * request, so a page purged from the front cache is never drawn from an
   * older state. Throws when the shared store cannot be reached; the current
   * state then stays as it was.
   */
  refresh(): Promise<void>;
}

export interface StoreOptions {
  readonly indexDir?: string;
  readonly journal?: RecordJournal;
  readonly clock?: () => Date;
  readonly publicDir?: string;
  /**
   * Publish a `draft: true` file as a visible story rather than a preview. Only
   * `npm run dev`'s watcher sets it (scripts/dev.ts): its index is built with
   * drafts, so an edited draft must stay visible there too.
   */
  readonly includeDrafts?: boolean;
}

function readIndex(dir: string): ContentIndex {
  let index: ContentIndex;
  try {
    index = JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, 'index.json'), 'utf8')) as ContentIndex;
  } catch (error) {
    throw new Error(`No content index in ${dir}: run \`npm run content:build\` first (npm run build does it for you).`, { cause: error });
  }
  if (index.version !== 3) throw new Error(`The content index in ${dir} is version ${String(index.version)}, not 3: run \`npm run content:build\` again.`);
  return index;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The embedded store: the built index in `.lede/site/` plus the live records
 * in `.lede/live/` (lib/content/live/journal.ts), on the local disk. Writes
 * are serialised in this process; each is durable on disk before the new
 * snapshot is swapped in, in one assignment, so a reader sees the old state
 * or the new one. Another process on the same disk notices a commit by the
 * journal's generation and reloads.
 */
export class DiskContentStore implements ContentStore {
  private readonly indexDir: string;
  private readonly journal: RecordJournal;
  private readonly clock: () => Date;
  private readonly publicDir: string | undefined;
  private readonly includeDrafts: boolean;
  private readonly base: ContentIndex;
  private stories = new Map<string, ArticleSummary>();
  private liveArticles = new Map<string, Article>();
  private gone = new Map<string, GoneStory>();
  private snapshot: Snapshot;
  private generation = '';
  private texts: Map<string, string> | undefined;
  /** Stories that became visible on loading (their time passed while no server ran): their pages still need expiring */
  private unannounced: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: StoreOptions = {}) {
    this.indexDir = options.indexDir ?? defaultIndexDir();
    this.journal = options.journal ?? new Journal();
    this.clock = options.clock ?? (() => new Date());
    this.publicDir = options.publicDir;
    this.includeDrafts = options.includeDrafts ?? false;
    this.base = readIndex(this.indexDir);
    this.snapshot = this.load();
  }

  /** Base index plus every record the build did not fold in, applied in the order they were made. */
  private load(): Snapshot {
    this.generation = this.journal.generation();
    this.stories = new Map([...this.base.articles, ...this.base.scheduled].map((story) => [story.slug, story]));
    this.liveArticles = new Map();
    this.gone = new Map();
    const changed: string[] = [];
    const records = [...this.journal.readAll().values()].sort((a, b) => a.at.localeCompare(b.at));
    for (const record of records) {
      const folded = this.base.live[record.slug] === recordId(record);
      if (record.kind === 'takedown') {
        // A folded takedown whose story the build still has lost to a file changed after it (fold.ts): the story is back, not gone.
        if (folded && this.stories.has(record.slug)) continue;
        this.gone.set(record.slug, { slug: record.slug, section: record.section, ...(record.lang ? { lang: record.lang } : {}), at: record.at });
        if (folded) continue;
        this.stories.delete(record.slug);
        this.liveArticles.delete(record.slug);
      } else {
        if (folded) continue;
        this.stories.set(record.slug, toSummary(record.article));
        this.liveArticles.set(record.slug, record.article);
      }
      changed.push(record.slug);
    }
    const now = this.clock();
    const builtAt = Date.parse(this.base.builtAt);
    const dueSince = (story: ArticleSummary, since: number) => Date.parse(story.published) <= now.getTime() && Date.parse(story.published) > since;
    this.unannounced = [];
    for (const story of this.base.scheduled) if (dueSince(story, builtAt) && this.stories.get(story.slug) === story) this.unannounced.push(story.slug);
    for (const record of records) if (record.kind === 'publish' && this.liveArticles.get(record.slug) === record.article && dueSince(record.article, Date.parse(record.at))) this.unannounced.push(record.slug);
    changed.push(...this.unannounced);
    // A copy, as in commit(): a later takedown or publish changes this.gone, never a snapshot already handed out.
    const first = buildSnapshot({ stories: this.stories.values(), related: new Map(Object.entries(this.base.related)), gone: new Map(this.gone), now });
    return changed.length === 0 ? first : this.withRelated(first, changed);
  }

  current(): Snapshot {
    const generation = this.journal.generation();
    if (generation !== this.generation) this.snapshot = this.load();
    return this.snapshot;
  }

  async body(slug: string): Promise<HastRoot | undefined> {
    const live = this.liveArticles.get(slug);
    if (live) return live.body;
    const file = path.join(/* turbopackIgnore: true */ this.indexDir, 'articles', `${slug}.json`);
    try {
      return (JSON.parse(await readFile(/* turbopackIgnore: true */ file, 'utf8')) as StoredBody).body;
    } catch {
      return undefined;
    }
  }

  draft(slug: string): Article | undefined {
    const record = this.journal.readDraft(slug);
    return record?.article;
  }

  async refresh(): Promise<void> {
    await this.journal.refresh?.();
  }

  publish(slug: string, source: string): Promise<Outcome> {
    return this.serially(async () => {
      await this.refresh();
      this.current();
      const snapshot = this.snapshot;
      const knownSlugs = new Set(this.stories.keys());
      const file = `content/articles/${slug}.mdx`;
      const { article, errors } = await loadSingleSource({ slug, source, file, knownSlugs, ...(this.publicDir ? { publicDir: this.publicDir } : {}) });
      if (!article) return { status: 'invalid', errors };
      const record: PublishRecord = { kind: 'publish', slug, at: this.clock().toISOString(), source, sha256: sha256(source), article };
      const story = { slug, section: article.section, lang: article.lang };
      if (article.draft && !this.includeDrafts) {
        await this.journal.writeDraft(record);
        return { status: 'draft-saved', story, paths: [] };
      }
      const existing = this.stories.get(slug);
      if (existing && !this.gone.has(slug) && (await this.isSame(existing, article))) {
        await this.journal.removeDraft(slug);
        return { status: 'unchanged', story, paths: [] };
      }
      await this.journal.write(record);
      this.generation = this.journal.generation();
      this.stories.set(slug, toSummary(article));
      this.liveArticles.set(slug, article);
      this.gone.delete(slug);
      const next = this.commit([slug]);
      return { status: existing ? 'updated' : 'created', story, paths: affectedPaths(snapshot, next.snapshot, next.changed) };
    });
  }

  takeDown(slug: string): Promise<Outcome> {
    return this.serially(async () => {
      await this.refresh();
      this.current();
      const snapshot = this.snapshot;
      const gone = this.gone.get(slug);
      if (gone) return { status: 'already-gone', story: gone, paths: [] };
      const existing = this.stories.get(slug);
      if (!existing) return { status: 'not-found' };
      // The language names the edition whose address answers 410; the default edition's is left out, as in records from before editions.
      const lang = editions.forLang(existing.lang) === editions.default ? {} : { lang: existing.lang };
      const record: LiveRecord = { kind: 'takedown', slug, section: existing.section, ...lang, at: this.clock().toISOString() };
      await this.journal.write(record);
      this.generation = this.journal.generation();
      this.stories.delete(slug);
      this.liveArticles.delete(slug);
      this.gone.set(slug, { slug, section: existing.section, ...lang, at: record.at });
      const next = this.commit([slug]);
      return { status: 'taken-down', story: existing, paths: affectedPaths(snapshot, next.snapshot, next.changed) };
    });
  }

  due(): boolean {
    const snapshot = this.current();
    const next = nextRelease(snapshot);
    return this.unannounced.length > 0 || (next !== undefined && next.getTime() <= this.clock().getTime());
  }

  /**
   * In a cluster every server releases on its own clock: a release writes
   * nothing, so the servers agree, and expiring the same pages more than
   * once costs a few renders.
   */
  release(): Promise<Outcome | undefined> {
    return this.serially(async () => {
      // Releasing writes nothing, so with Redis out of reach it goes ahead on the state in hand.
      await this.refresh().catch(() => undefined);
      if (!this.due()) return undefined;
      const snapshot = this.snapshot;
      const first = snapshot.scheduled[0] ?? snapshot.bySlug.get(this.unannounced[0] ?? '');
      const unannounced = this.unannounced;
      this.unannounced = [];
      const next = this.commit([]);
      const released = [...new Set([...next.changed, ...unannounced])];
      return first ? { status: 'released', story: first, paths: affectedPaths(snapshot, next.snapshot, released) } : undefined;
    });
  }

  /**
   * One write at a time, so twenty concurrent publishes land as twenty
   * commits in some order. A write that lost a race with another server's
   * (JournalConflictError: nothing was written) runs again on the new state.
   */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const attempt = async (): Promise<T> => {
      for (let tries = 1; ; tries++) {
        try {
          return await work();
        } catch (error) {
          if (!JournalConflictError.is(error) || tries >= 10) throw error;
        }
      }
    };
    const run = this.queue.then(attempt, attempt);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async isSame(existing: ArticleSummary, article: Article): Promise<boolean> {
    const { body, bodyText: _text, ...summary } = article;
    return sameJson({ ...existing, file: summary.file }, summary) && sameJson(await this.body(existing.slug), body);
  }

  /**
   * Cuts a new snapshot at the current time, ranks related lists again for
   * `changed`, and swaps it in. A scheduled story whose time has come shows
   * in it too, whatever the commit was for, so it counts as changed: left
   * out, a publish landing before release() would show it with none of its
   * pages expired, and release() would then find nothing due.
   */
  private commit(changed: readonly string[]): { snapshot: Snapshot; changed: string[] } {
    const now = this.clock();
    const due = this.snapshot.scheduled.filter((story) => Date.parse(story.published) <= now.getTime() && !changed.includes(story.slug)).map((story) => story.slug);
    const all = [...changed, ...due];
    const first = buildSnapshot({ stories: this.stories.values(), related: this.snapshot.related, gone: new Map(this.gone), now });
    this.snapshot = this.withRelated(first, all);
    return { snapshot: this.snapshot, changed: all };
  }

  private withRelated(snapshot: Snapshot, changed: readonly string[]): Snapshot {
    const texts = this.corpusTexts();
    const docs: RelatedDocument[] = snapshot.articles.map((story) => ({ ...story, bodyText: this.liveArticles.get(story.slug)?.bodyText ?? texts.get(story.slug) ?? '' }));
    const { related } = updateRelated({ docs, previous: snapshot.related, changed, now: snapshot.asOf, listings: snapshot.listings });
    return { ...snapshot, related };
  }

  /** Plain text of the built stories, read the first time a related list has to be ranked again. */
  private corpusTexts(): Map<string, string> {
    this.texts ??= new Map(Object.entries(JSON.parse(readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ this.indexDir, textsFile), 'utf8')) as Record<string, string>));
    return this.texts;
  }
}

const key = Symbol.for('lede.contentStores');
type Holder = typeof globalThis & { [key]?: Map<string, ContentStore> };

/**
 * The store of this server process, for the index in the working directory.
 * Kept on globalThis because Next bundles each route (and proxy.ts)
 * separately: a module-level variable would give every route its own copy of
 * the archive, and a publish would reach only one of them.
 */
export function contentStore(): ContentStore {
  const stores = ((globalThis as Holder)[key] ??= new Map());
  const dir = defaultIndexDir();
  let store = stores.get(dir);
  if (!store) {
    store = new DiskContentStore({ indexDir: dir, journal: openJournal() });
    stores.set(dir, store);
  }
  return store;
}

/** REDIS_URL picks the cluster's shared journal (docs/scaling.md); without it, the local disk's. */
function openJournal(): RecordJournal {
  const { redisUrl, redisPrefix } = env();
  if (!redisUrl) return new Journal();
  const journal = new RedisJournal({ gate: redisGate(redisUrl), prefix: redisPrefix, copyFile: path.join(/* turbopackIgnore: true */ defaultLiveDir(), 'redis-copy.json') });
  announceToCacheHandler(journal);
  return journal;
}

/**
 * What the Redis cache handler (config/redis-cache-handler.js, plain
 * CommonJS that cannot import this file) needs of the content store: it reads
 * the content generation together with each cached page, catches the store up
 * before a page is drawn, and refuses to store a page drawn from a state that
 * changed while it was being drawn.
 */
export interface ContentSyncHook {
  readonly generationKey: string;
  generation(): string;
  catchUp(seen: string | null): Promise<void>;
}

function announceToCacheHandler(journal: RedisJournal): void {
  const hook: ContentSyncHook = { generationKey: journal.generationKey, generation: () => journal.generation(), catchUp: (seen) => journal.catchUp(seen) };
  (globalThis as typeof globalThis & { [hookKey]?: ContentSyncHook })[hookKey] = hook;
}

const hookKey = Symbol.for('lede.contentSync');
