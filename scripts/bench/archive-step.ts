/**
 * The big archive (default 100,000 articles): built with the default
 * prerender set, then served. Measures what scale changes: how long the
 * server takes to answer first (it parses the whole index once), its
 * memory, the first request of an old article (rendered on demand) and the
 * next one (cached), a deep page of a section front, and throughput on a
 * cached article and on the home page. Then, unless `--publishes 0`, live
 * publishing on it (scripts/bench/publish-step.ts): what a publish costs
 * when every front, feed and sitemap lists 100,000 stories.
 */
import { readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchFlags } from './flags';
import type { ContentIndex } from '../../lib/content/index-file';
import { pageCount } from '../../lib/pagination';
import { buildArchive, corpusDir, removeCopy, type BuildResult } from './build-step';
import { loadTest, type LoadResult } from './load-step';
import { measurePublishing, publishingServer, publishSecret, type PublishResult } from './publish-step';
import { PUBLISH_TARGET_MS } from './publish-verdict';
import { startServer } from './run';

export interface ArchiveResult {
  readonly build: BuildResult;
  readonly serverStartMs: number;
  readonly serverRssBytes: number;
  readonly firstRenderMs: number;
  readonly secondRequestMs: number;
  readonly deepPage: { readonly page: number; readonly firstMs: number; readonly status: number };
  readonly load: readonly (LoadResult & { readonly name: string })[];
  readonly publish?: PublishResult;
  /** Why publishing failed; the build and serving figures stand */
  readonly publishError?: string;
}

async function timeRequest(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - t, status: response.status };
}

export async function measureArchive(flags: BenchFlags, log: (message: string) => void = () => undefined): Promise<ArchiveResult> {
  const size = flags.archiveSize;
  const name = 'bench-archive';
  const port = flags.port + 9;
  try {
    const { result: build, copy } = await buildArchive({ size, name, port, reuseIndex: flags.reuseIndex, ...(flags.prerender !== undefined ? { prerender: flags.prerender } : {}) });
    const index = JSON.parse(readFileSync(path.join(copy.indexDir, 'index.json'), 'utf8')) as ContentIndex;
    const newest = index.articles[0];
    const oldest = index.articles[index.articles.length - 1];
    if (!newest || !oldest) throw new Error('archive: the index has no articles');
    const worldCount = index.listings.bySection.world?.length ?? 0;

    // A copy kept by --keep holds the stories an earlier run published live; the server would load them on top of the index.
    rmSync(path.join(copy.dir, '.lede', 'live'), { recursive: true, force: true });
    const secret = publishSecret();
    const started = performance.now();
    const server = await startServer(copy, port, 'archive-server', publishingServer(port, flags.publishes > 0 ? secret : undefined));
    const serverStartMs = performance.now() - started;
    try {
      const origin = server.origin;
      const first = await timeRequest(`${origin}/${oldest.section}/${oldest.slug}`);
      const second = await timeRequest(`${origin}/${oldest.section}/${oldest.slug}`);
      if (first.status !== 200) throw new Error(`archive: the oldest article answered ${first.status}`);
      const deep = Math.max(2, pageCount(worldCount) - 1);
      const deepPage = await timeRequest(`${origin}/world/page/${deep}`);
      const load: (LoadResult & { name: string })[] = [];
      load.push({ name: 'newest article (prerendered)', ...(await loadTest(`${origin}/${newest.section}/${newest.slug}`, flags.connections, flags.duration, server.pid)) });
      load.push({ name: 'oldest article (ISR, cached)', ...(await loadTest(`${origin}/${oldest.section}/${oldest.slug}`, flags.connections, flags.duration, server.pid)) });
      load.push({ name: 'home', ...(await loadTest(`${origin}/`, flags.connections, flags.duration, server.pid)) });
      const serverRssBytes = server.rssBytes();
      let publish: PublishResult | undefined;
      let publishError: string | undefined;
      if (flags.publishes > 0) {
        log(`publishing ${flags.publishes} stories live on the ${index.articles.length}-article archive`);
        try {
          publish = await measurePublishing({ label: `archive of ${size}`, server, secret, publishes: flags.publishes, targetMs: PUBLISH_TARGET_MS.archive, index, log });
        } catch (error) {
          // A build of this size takes a quarter of an hour: what was measured before stays in the report.
          publishError = error instanceof Error ? error.message : String(error);
        }
      }
      return {
        build,
        serverStartMs,
        serverRssBytes,
        firstRenderMs: first.ms,
        secondRequestMs: second.ms,
        deepPage: { page: deep, firstMs: deepPage.ms, status: deepPage.status },
        load,
        ...(publish ? { publish } : {}),
        ...(publishError ? { publishError } : {}),
      };
    } finally {
      await server.stop();
    }
  } finally {
    if (!flags.keep) {
      await removeCopy(name);
      await rm(corpusDir(size), { recursive: true, force: true });
    }
  }
}
