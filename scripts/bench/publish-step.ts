/**
 * Live publishing against a running `next start` (issue #11): how long from
 * the publishing API request until the article, the home page, the section
 * front, both feeds and the sitemap all show a new story; the same for a
 * correction and for a takedown; the server's CPU per operation; and
 * whether its memory stays flat over the run.
 *
 * One operation at a time, as a newsroom publishes: PUT a new story, then
 * poll every page that must change until each has (a page that agreed is
 * not fetched again until all have, then all are fetched once more to
 * confirm). Every tenth publish the newest story is also corrected and the
 * story five publishes back is taken down.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { ContentIndex } from '../../lib/content/index-file';
import type { ArticleSummary } from '../../lib/content/types';
import { signatureHeaders } from '../../lib/publishing/signature';
import { siteConfig } from '../../lib/site-config';
import { liveSlug, liveStoryMdx, mentions, SigningClock, sitemapLastModified, type LiveStory } from './live-story';
import { median, summarise, type Summary } from './stats';
import { treeCpuMs } from './proc-tree';
import { atPublishes, fullCollections } from './gc-trace';
import { judgedMemory, latencySummaries, memoryTrend, publishVerdict, type LatencySummaries, type MemorySample, type MemoryTrend, type OperationKind, type Verdict } from './publish-verdict';
import type { Server, ServerOptions } from './run';

/** Between polling rounds: short next to the targets, long enough that polling is not a load test. */
export const POLL_INTERVAL_MS = 20;
/** An operation not visible everywhere by then is counted as timed out, with this as its latency. */
export const OPERATION_TIMEOUT_MS = 60_000;
/** Every this many publishes: one correction, one takedown and a memory sample. */
export const EVERY = 10;
/** The takedown removes the story this many publishes back: still on the home page, both feeds and its front. */
const TAKEDOWN_LAG = 5;
/** Cached requests per page timed before the run, to price a polling request. */
const CALIBRATION_REQUESTS = 20;

export interface PublishOptions {
  /** What was measured, for the table: `sample site`, `archive of 100000` */
  readonly label: string;
  readonly server: Server;
  /** The LEDE_PUBLISH_SECRET the server was started with */
  readonly secret: string;
  readonly publishes: number;
  readonly targetMs: number;
  /** The built index: sections' newest stories lend new ones their topics and picture */
  readonly index: ContentIndex;
  readonly log: (message: string) => void;
}

export interface Operation {
  readonly kind: OperationKind;
  readonly slug: string;
  /** Until the API answered */
  readonly apiMs: number;
  /** From the request until every page agreed (or the timeout) */
  readonly ms: number;
  readonly timedOut: boolean;
  /** The page that agreed last */
  readonly last: string;
  /** When each page first showed the change, from the request */
  readonly pages: Readonly<Record<string, number>>;
  /** Polling requests made, all pages */
  readonly requests: number;
  /** Server CPU from the request until every page agreed, polling included */
  readonly cpuMs: number;
}

export interface PageCost {
  readonly name: string;
  readonly path: string;
  /** Median time of one cached request */
  readonly fetchMs: number;
  readonly cpuMsPerRequest: number;
}

export interface PublishResult {
  readonly label: string;
  readonly targetMs: number;
  readonly publishes: number;
  readonly corrections: number;
  readonly takedowns: number;
  readonly latencyMs: LatencySummaries;
  /** Until the API answered: the write, before any page is fetched */
  readonly apiMs: LatencySummaries;
  readonly timeouts: number;
  /** How often each page was the last to agree, per kind of operation */
  readonly lastToAgree: Readonly<Record<OperationKind, Readonly<Record<string, number>>>>;
  readonly cpu: {
    /** Server CPU over the whole phase (process tree), polling included */
    readonly totalMs: number;
    readonly operations: number;
    readonly perOperationMs: number;
    /** Polling requests times each page's cached cost (calibration): what polling alone would have cost */
    readonly pollingEstimateMs: number;
    readonly netPerOperationMs: number;
    /** Mean server CPU of one operation of each kind, polling included */
    readonly meanByKindMs: Readonly<Record<OperationKind, number>>;
    readonly pollRequests: number;
  };
  readonly pageCosts: readonly PageCost[];
  readonly memory: {
    /** Resident memory of the server's process tree, sampled every ten publishes */
    readonly rss: MemoryTrend & { readonly samples: readonly MemorySample[] };
    /** What each full collection (V8 Mark-Compact) during the run left, from the server's --trace-gc log */
    readonly heap?: MemoryTrend & { readonly collections: readonly MemorySample[] };
    /** Which of the two the verdict judged flatness by */
    readonly judgedBy: string;
  };
  readonly verdict: Verdict;
  /** The slowest operations, for a look at what held them up */
  readonly slowest: readonly Operation[];
  readonly operations: readonly Operation[];
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

interface Page {
  readonly status: number;
  readonly text: string;
}

interface Check {
  readonly name: string;
  readonly path: string;
  readonly ok: (page: Page) => boolean;
}

/**
 * How to start a server the publish step will measure: SITE_URL as at build
 * (pages a publish makes the server render again would otherwise name
 * http://localhost:3000), the publishing secret, and --trace-gc, whose
 * lines say what the heap holds after each full collection. Without a
 * secret, only SITE_URL.
 */
export function publishingServer(port: number, secret: string | undefined): ServerOptions {
  const env = { SITE_URL: `http://localhost:${port}` };
  return secret === undefined ? { env } : { env: { ...env, LEDE_PUBLISH_SECRET: secret }, nodeArgs: ['--trace-gc'] };
}

/** A fresh key per run, for the server's LEDE_PUBLISH_SECRET and the requests; never printed. */
export function publishSecret(): string {
  return randomBytes(32).toString('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)));

/**
 * Uncompressed: gzipping a 10 MB sitemap for every poll would charge the
 * server for polling, not for publishing. A network error reads as status 0,
 * a page that does not agree yet.
 */
async function fetchPage(origin: string, path: string): Promise<Page> {
  try {
    const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual', signal: AbortSignal.timeout(OPERATION_TIMEOUT_MS) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** The pages issue #11 names, for a story in `section`. */
function pagesOf(section: string, path: string): { name: string; path: string }[] {
  return [
    { name: 'article', path },
    { name: 'home', path: '/' },
    { name: 'section front', path: `/${section}` },
    { name: 'feed', path: '/feed.xml' },
    { name: 'section feed', path: `/${section}/feed.xml` },
    { name: 'sitemap', path: '/sitemaps/0.xml' },
  ];
}

function publishedChecks(story: LiveStory): Check[] {
  const path = `/${story.section}/${story.slug}`;
  return pagesOf(story.section, path).map((page) => ({
    ...page,
    ok: (p: Page) => p.status === 200 && mentions(p.text, path),
  }));
}

/** Every page that shows the headline shows the new one; the sitemap carries the correction's time. */
function correctedChecks(story: LiveStory): Check[] {
  const path = `/${story.section}/${story.slug}`;
  const updated = story.updated?.toISOString() ?? '';
  return pagesOf(story.section, path).map((page) => ({
    ...page,
    ok: (p: Page) => p.status === 200 && (page.name === 'sitemap' ? sitemapLastModified(p.text, path, updated) : p.text.includes(story.title)),
  }));
}

function goneChecks(story: LiveStory): Check[] {
  const path = `/${story.section}/${story.slug}`;
  return pagesOf(story.section, path).map((page) => ({
    ...page,
    ok: (p: Page) => (page.name === 'article' ? p.status === 410 : p.status === 200 && !mentions(p.text, path)),
  }));
}

interface Agreement {
  readonly ms: number;
  readonly timedOut: boolean;
  /** The page that agreed last (or, timed out, the pages that never did) */
  readonly last: string;
  /** When each page first answered as it should, from the request */
  readonly pages: Readonly<Record<string, number>>;
  readonly requests: ReadonlyMap<string, number>;
}

/**
 * Polls until every check passes, then confirms with one more round of all
 * of them, so "all agree" held at one time. A page's time is when its first
 * agreeing answer arrived; the operation's latency is the latest of those.
 */
async function waitForAll(origin: string, checks: readonly Check[], started: number): Promise<Agreement> {
  const requests = new Map<string, number>();
  const agreedAt = new Map<string, number>();
  const fetchAll = (list: readonly Check[]) =>
    Promise.all(
      list.map(async (check) => {
        requests.set(check.name, (requests.get(check.name) ?? 0) + 1);
        const ok = check.ok(await fetchPage(origin, check.path));
        return { check, ok, at: performance.now() - started };
      }),
    );
  let pending: readonly Check[] = checks;
  for (;;) {
    for (const r of await fetchAll(pending)) if (r.ok) agreedAt.set(r.check.name, r.at);
    pending = pending.filter((c) => !agreedAt.has(c.name));
    if (pending.length === 0) {
      const back = (await fetchAll(checks)).filter((r) => !r.ok).map((r) => r.check);
      if (back.length === 0) {
        const [last, ms] = [...agreedAt].reduce((a, b) => (b[1] > a[1] ? b : a));
        return { ms, timedOut: false, last, pages: Object.fromEntries(agreedAt), requests };
      }
      // A page went back to the old state: it has not agreed after all.
      for (const check of back) agreedAt.delete(check.name);
      pending = back;
    }
    const elapsed = performance.now() - started;
    if (elapsed > OPERATION_TIMEOUT_MS) return { ms: elapsed, timedOut: true, last: pending.map((c) => c.name).join(', '), pages: Object.fromEntries(agreedAt), requests };
    await sleep(POLL_INTERVAL_MS);
  }
}

interface ApiAnswer {
  readonly status: number;
  readonly text: string;
}

async function callApi(origin: string, secret: string, clock: SigningClock, method: 'PUT' | 'DELETE', slug: string, body: string): Promise<ApiAnswer> {
  const at = clock.secondsFor(body, Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { Accept: 'application/json', ...signatureHeaders(secret, body, new Date(at * 1000)) };
  if (method === 'PUT') headers['Content-Type'] = 'text/markdown; charset=utf-8';
  const response = await fetch(`${origin}/api/articles/${slug}`, {
    method,
    headers,
    ...(method === 'PUT' ? { body } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(OPERATION_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

function expectAnswer(answer: ApiAnswer, status: number, word: string, what: string): void {
  let said: unknown;
  try {
    said = (JSON.parse(answer.text) as { status?: unknown }).status;
  } catch {
    said = undefined;
  }
  if (answer.status !== status || said !== word) throw new Error(`${what}: the API answered ${answer.status} ${answer.text.slice(0, 500)}, expected ${status} ${word}`);
}

/**
 * The story a new one borrows its topics and picture from: the n-th newest
 * of its section (cycling), so new stories touch different topic fronts and
 * related lists, as a day's news does. Borrowing always from one story would
 * make every new story in a section related to all the others, and each
 * publish would re-rank and expire more pages than the last.
 */
function modelStory(index: ContentIndex, section: string, n: number): ArticleSummary {
  const positions = index.listings.bySection[section] ?? [];
  const position = positions.length > 0 ? positions[n % positions.length] : undefined;
  const model = (position === undefined ? undefined : index.articles[position]) ?? index.articles[n % Math.max(1, index.articles.length)];
  if (!model) throw new Error('publish: the index has no articles to model new stories on');
  return model;
}

/** What one cached request of each page costs the server, so polling can be told apart from publishing. */
async function pageCosts(server: Server, pages: readonly { name: string; path: string }[]): Promise<PageCost[]> {
  const costs: PageCost[] = [];
  for (const page of pages) {
    const warm = await fetchPage(server.origin, page.path);
    if (warm.status !== 200) throw new Error(`publish: ${page.path} answered ${warm.status} before publishing`);
    const times: number[] = [];
    const cpu0 = treeCpuMs(server.pid);
    for (let i = 0; i < CALIBRATION_REQUESTS; i++) {
      const t = performance.now();
      await fetchPage(server.origin, page.path);
      times.push(performance.now() - t);
    }
    costs.push({ ...page, fetchMs: median(times), cpuMsPerRequest: (treeCpuMs(server.pid) - cpu0) / CALIBRATION_REQUESTS });
  }
  return costs;
}

export async function measurePublishing(options: PublishOptions): Promise<PublishResult> {
  const { server, secret, targetMs, log } = options;
  const origin = server.origin;
  const sections = siteConfig.sections.map((s) => s.slug);
  const runTag = Date.now().toString(36);
  const clock = new SigningClock();

  const reference = options.index.articles[0];
  const costs = reference ? await pageCosts(server, pagesOf(reference.section, `/${reference.section}/${reference.slug}`)) : [];
  const costOf = (name: string) => costs.find((c) => c.name === name)?.cpuMsPerRequest ?? 0;

  const stories: LiveStory[] = [];
  const operations: Operation[] = [];
  const samples: MemorySample[] = [{ publishes: 0, bytes: server.rssBytes() }];
  /** (time in the server's clock, publishes started): places each full collection in the run */
  const marks: { atMs: number; publishes: number }[] = [];
  const lastToAgree: Record<OperationKind, Record<string, number>> = { publish: {}, correct: {}, takedown: {} };
  let pollingEstimateMs = 0;
  let pollRequests = 0;
  let timeoutsInARow = 0;
  const loadStart = loadAverage();

  const run = async (kind: OperationKind, story: LiveStory, send: () => Promise<ApiAnswer>, expect: (answer: ApiAnswer) => void, checks: readonly Check[]) => {
    const cpu0 = treeCpuMs(server.pid);
    const started = performance.now();
    const answer = await send();
    const apiMs = performance.now() - started;
    expect(answer);
    const agreed = await waitForAll(origin, checks, started);
    const cpuMs = treeCpuMs(server.pid) - cpu0;
    let requests = 0;
    for (const [name, count] of agreed.requests) {
      requests += count;
      pollingEstimateMs += count * costOf(name);
    }
    pollRequests += requests;
    lastToAgree[kind][agreed.last] = (lastToAgree[kind][agreed.last] ?? 0) + 1;
    operations.push({ kind, slug: story.slug, apiMs, ms: agreed.ms, timedOut: agreed.timedOut, last: agreed.last, pages: agreed.pages, requests, cpuMs });
    timeoutsInARow = agreed.timedOut ? timeoutsInARow + 1 : 0;
    if (timeoutsInARow >= 3) throw new Error(`publish: three operations in a row never showed everywhere (last: ${kind} ${story.slug}, waiting for ${agreed.last})`);
  };

  const cpuStart = treeCpuMs(server.pid);
  for (let i = 0; i < options.publishes; i++) {
    const section = sections[i % sections.length] ?? 'world';
    const model = modelStory(options.index, section, Math.floor(i / sections.length));
    const number = String(i).padStart(4, '0');
    const story: LiveStory = {
      slug: liveSlug(runTag, i),
      title: `Bench story ${number} goes live`,
      teaser: `A story the benchmark published through the API, number ${number}.`,
      section,
      // Two seconds back: a story dated after the server's clock would be scheduled, not published.
      published: new Date((Math.floor(Date.now() / 1000) - 2) * 1000),
      topics: model.topics.slice(0, 3).map((t) => t.name),
      image: { src: model.image.src, alt: 'A picture the benchmark borrowed from another story', credit: 'Lede bench' },
      seed: i + 1,
    };
    stories.push(story);
    marks.push({ atMs: performance.now() - server.startedAt, publishes: i });
    const mdx = liveStoryMdx(story);
    await run('publish', story, () => callApi(origin, secret, clock, 'PUT', story.slug, mdx), (a) => expectAnswer(a, 201, 'created', `publish ${story.slug}`), publishedChecks(story));

    if ((i + 1) % EVERY === 0) {
      const corrected: LiveStory = {
        ...story,
        title: `Bench story ${number} corrected`,
        updated: new Date(Math.max(story.published.getTime(), Math.floor(Date.now() / 1000) * 1000)),
        correction: `An earlier version of this story had the headline "${story.title}".`,
      };
      stories[i] = corrected;
      const fixed = liveStoryMdx(corrected);
      await run('correct', corrected, () => callApi(origin, secret, clock, 'PUT', story.slug, fixed), (a) => expectAnswer(a, 200, 'updated', `correct ${story.slug}`), correctedChecks(corrected));

      const victim = stories[Math.max(0, i - TAKEDOWN_LAG)];
      if (victim) {
        await run('takedown', victim, () => callApi(origin, secret, clock, 'DELETE', victim.slug, ''), (a) => expectAnswer(a, 200, 'taken-down', `take down ${victim.slug}`), goneChecks(victim));
      }
      samples.push({ publishes: i + 1, bytes: server.rssBytes() });
    }
    if ((i + 1) % 20 === 0 || i + 1 === options.publishes) {
      const so = summarise(operations.filter((o) => o.kind === 'publish').map((o) => o.ms));
      log(`${options.label}: ${i + 1}/${options.publishes} published, publish-to-live p50 ${so.p50.toFixed(0)} ms, max ${so.max.toFixed(0)} ms`);
    }
  }
  const totalMs = treeCpuMs(server.pid) - cpuStart;
  marks.push({ atMs: performance.now() - server.startedAt, publishes: options.publishes });
  // The log is written through a stream: give the last lines a moment to land.
  await sleep(500);
  const collections = atPublishes(fullCollections(readFileSync(server.logFile, 'utf8'), server.pid), marks).map((c) => ({ publishes: c.publishes, bytes: c.afterMb * 1024 * 1024 }));

  const latency = latencySummaries(operations);
  const of = (kind: OperationKind, values: (o: Operation) => number): Summary => summarise(operations.filter((o) => o.kind === kind).map(values));
  const apiMs: LatencySummaries = { publish: of('publish', (o) => o.apiMs), correct: of('correct', (o) => o.apiMs), takedown: of('takedown', (o) => o.apiMs) };
  const rss = memoryTrend(samples, options.publishes);
  const heap = collections.length > 0 ? memoryTrend(collections, options.publishes) : undefined;
  const memory = judgedMemory(rss, heap, collections.filter((c) => c.publishes >= options.publishes / 2).length);
  const timeouts = operations.filter((o) => o.timedOut).length;
  const count = operations.length;
  return {
    label: options.label,
    targetMs,
    publishes: latency.publish.count,
    corrections: latency.correct.count,
    takedowns: latency.takedown.count,
    latencyMs: latency,
    apiMs,
    timeouts,
    lastToAgree,
    cpu: {
      totalMs,
      operations: count,
      perOperationMs: totalMs / Math.max(1, count),
      pollingEstimateMs,
      netPerOperationMs: (totalMs - pollingEstimateMs) / Math.max(1, count),
      meanByKindMs: { publish: of('publish', (o) => o.cpuMs).mean, correct: of('correct', (o) => o.cpuMs).mean, takedown: of('takedown', (o) => o.cpuMs).mean },
      pollRequests,
    },
    pageCosts: costs,
    memory: { rss: { ...rss, samples }, ...(heap ? { heap: { ...heap, collections } } : {}), judgedBy: memory.measure },
    verdict: publishVerdict({ latency, targetMs, timeouts, memory, publishes: options.publishes }),
    slowest: [...operations].sort((a, b) => b.ms - a.ms).slice(0, 5),
    operations,
    loadAverage: { start: loadStart, end: loadAverage() },
  };
}
