/**
 * `npm run bench`: the performance figures of issue #6, printed as tables
 * and written to bench-out/bench.json.
 *
 *   npm run bench                               site + 100/1,000/10,000-article builds (~20 min)
 *   npm run bench -- --sizes 100,1000 --skip lighthouse
 *   npm run bench -- --only archive --archive    the 100,000-article archive: build, serve, publish live
 *   npm run bench -- --only publish              live publishing on the sample site (issue #11)
 *   npm run bench -- --only cluster              1 instance, 2 behind nginx, 2 behind its front cache (issue #12)
 *   npm run bench -- --only related              related stories at 10,000 and 100,000 articles, and a live publish (issue #13)
 *   npm run bench -- --help
 *
 * Every build runs in its own scratch copy of the project
 * ($TMPDIR/lede-bench/copy-…, scripts/scratch-copy.ts) on ports from 3210;
 * archives and their pictures are generated under $TMPDIR/lede-bench/ and
 * linked into the copy. Nothing in the project is written but bench-out/.
 * Copies and archives are deleted afterwards unless --keep.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LIMITS } from './budgets';
import { parseFlags, USAGE, type BenchFlags } from './flags';
import { kb, mb, ms, seconds, table } from './format';
import { FRAMEWORK_FLOOR } from './framework-floor';
import { measurePage, totals, type PageWeight, type Totals } from './page-weight';
import { prerenderCount } from '../../lib/content/prerender';
import { buildArchive, buildInCopy, copyDir, corpusDir, removeCopy, type BuildResult } from './build-step';
import { measureCompile, type CompileResult } from './compile-step';
import { runLighthouse, type LighthouseResult } from './lighthouse-step';
import { loadTest, type LoadResult } from './load-step';
import { root, startServer } from './run';
import { makeScratchCopy } from '../scratch-copy';
import { measureArchive, type ArchiveResult } from './archive-step';
import { measurePublishing, publishingServer, publishSecret, type PublishResult } from './publish-step';
import { MIN_PUBLISHES_FOR_MEMORY, OPERATION_KINDS, PUBLISH_TARGET_MS } from './publish-verdict';
import type { ContentIndex } from '../../lib/content/index-file';
import { measureCluster, printCluster, type ClusterBenchResult } from './cluster';
import { DEFAULT_CLUSTER_FLAGS, type ClusterFlags } from './cluster-report';

const SITE_BUILD = 'bench-site';
const REFERENCE_SLUG = 'nato-allies-begin-afghanistan-withdrawal';

interface SiteResult {
  readonly build: { readonly contentBuildMs: number; readonly nextBuildMs: number; readonly totalMs: number; readonly peakRssBytes: number };
  readonly weights: readonly { readonly name: string; readonly path: string; readonly totals: Totals; readonly weight: Omit<PageWeight, 'assets'> }[];
  readonly load: readonly (LoadResult & { readonly name: string })[];
  readonly lighthouse: readonly LighthouseResult[];
  readonly serverRssBytes: number;
  readonly publish?: PublishResult;
  /** Why the publish step failed; the other site figures stand */
  readonly publishError?: string;
}

interface Report {
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly memoryBytes: number;
  /** Other jobs share these machines: the 1-minute load average at the start and end says how much */
  loadAverageStart: readonly number[];
  loadAverageEnd?: readonly number[];
  readonly flags: Omit<BenchFlags, 'steps'> & { readonly steps: readonly string[] };
  readonly frameworkFloorJsGzipBytes: number;
  site?: SiteResult;
  compile?: readonly CompileResult[];
  builds?: BuildResult[];
  archive?: ArchiveResult;
  cluster?: ClusterBenchResult;
  /** scripts/bench/related.ts's report: ranking at scale and the cost of a live publish */
  related?: unknown;
  readonly errors: string[];
}

/** The related-stories bench in a process of its own (it prints its table), its JSON kept in the report. */
function relatedStep(): unknown {
  const script = path.join(root, 'scripts', 'bench', 'related.ts');
  const child = spawnSync(process.execPath, [...process.execArgv, script, '10000', '100000'], { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`scripts/bench/related.ts exited with ${child.status ?? child.signal}`);
  return JSON.parse(readFileSync(path.join(root, 'bench-out', 'related.json'), 'utf8')) as unknown;
}

const PAGES = [
  { name: 'article', path: `/world/${REFERENCE_SLUG}`, route: '/(site)/[section]/[slug]/page' },
  { name: 'home', path: '/', route: '/(site)/page' },
  { name: 'section front', path: '/world', route: '/(site)/[section]/page' },
] as const;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function siteSteps(flags: BenchFlags): Promise<SiteResult> {
  const port = flags.port;
  log(`building the site (content/) in ${copyDir(SITE_BUILD)}`);
  const copy = makeScratchCopy({ contentDir: path.join(root, 'content'), dir: copyDir(SITE_BUILD) });
  const { content, next } = await buildInCopy(copy, 'site', { SITE_URL: `http://localhost:${port}` });
  const build = {
    contentBuildMs: content?.wallMs ?? Number.NaN,
    nextBuildMs: next?.wallMs ?? Number.NaN,
    totalMs: (content?.wallMs ?? 0) + (next?.wallMs ?? 0),
    peakRssBytes: Math.max(content?.peakRssBytes ?? 0, next?.peakRssBytes ?? 0),
  };
  const publishing = flags.steps.has('publish') && flags.publishes > 0;
  const secret = publishSecret();
  const server = await startServer(copy, port, 'site-server', publishingServer(port, publishing ? secret : undefined));
  const distDir = copy.distDir;
  try {
    const weights: SiteResult['weights'][number][] = [];
    if (flags.steps.has('weight')) {
      for (const page of PAGES) {
        log(`weighing ${page.path}`);
        const full = await measurePage(server.origin, page.path, { distDir, route: page.route });
        // The parsed asset lists are long and already summarised in the totals.
        const { assets: _assets, ...weight } = full;
        weights.push({ name: page.name, path: page.path, totals: totals(full), weight });
      }
    }
    const load: (LoadResult & { name: string })[] = [];
    if (flags.steps.has('load')) {
      for (const page of PAGES.slice(0, 2)) {
        log(`load test ${page.path}: ${flags.connections} connections, ${flags.duration} s`);
        load.push({ name: page.name, ...(await loadTest(`${server.origin}${page.path}`, flags.connections, flags.duration, server.pid)) });
      }
    }
    const lighthouse: LighthouseResult[] = [];
    if (flags.steps.has('lighthouse')) {
      for (const page of [PAGES[1], PAGES[2], PAGES[0]]) {
        if (!page) continue;
        // A first, discarded run fills the image optimiser's cache for Lighthouse's viewport, as a CDN would be.
        log(`lighthouse ${page.path} (warm-up run, then the measured one)`);
        await runLighthouse(`warm-up-${page.name.replace(/\s+/g, '-')}`, `${server.origin}${page.path}`);
        lighthouse.push(await runLighthouse(page.name.replace(/\s+/g, '-'), `${server.origin}${page.path}`));
      }
    }
    const serverRssBytes = server.rssBytes();
    let publish: PublishResult | undefined;
    let publishError: string | undefined;
    if (publishing) {
      // Last: it adds stories, which would change what the steps above measure.
      log(`publishing ${flags.publishes} stories live`);
      try {
        const index = JSON.parse(readFileSync(path.join(copy.indexDir, 'index.json'), 'utf8')) as ContentIndex;
        publish = await measurePublishing({ label: 'sample site', server, secret, publishes: flags.publishes, targetMs: PUBLISH_TARGET_MS.site, index, log });
      } catch (error) {
        publishError = error instanceof Error ? error.message : String(error);
      }
    }
    return { build, weights, load, lighthouse, serverRssBytes, ...(publish ? { publish } : {}), ...(publishError ? { publishError } : {}) };
  } finally {
    await server.stop();
    if (!flags.keep) copy.remove();
  }
}

async function compileSteps(flags: BenchFlags): Promise<CompileResult[]> {
  log('MDX compile time: the sample corpus, then synthetic articles');
  const sample = await measureCompile('content/ (sample corpus)', path.join(root, 'content', 'articles'), path.join(root, 'public'), 10_000, 20);
  const { writeBenchCorpus, writeBenchImages } = await import('../../fixtures/corpus/write-corpus');
  const dir = path.join(os.tmpdir(), 'lede-bench', `compile-${flags.compileSample}`);
  const publicDir = path.join(dir, 'public');
  await writeBenchCorpus(dir, flags.compileSample, await writeBenchImages(publicDir));
  const synthetic = await measureCompile(`synthetic (${flags.compileSample} articles)`, path.join(dir, 'articles'), publicDir, flags.compileSample, 1);
  if (!flags.keep) await rm(dir, { recursive: true, force: true });
  return [sample, synthetic];
}

async function buildSteps(flags: BenchFlags, report: Report): Promise<void> {
  report.builds = [];
  for (const [i, size] of flags.sizes.entries()) {
    const name = `bench-${size}`;
    log(`building a ${size}-article archive in ${copyDir(name)}`);
    try {
      const { result } = await buildArchive({ size, name, port: flags.port + 1 + (i % 8), ...(flags.prerender !== undefined ? { prerender: flags.prerender } : {}) });
      report.builds.push(result);
      log(`${size} articles: ${seconds(result.totalMs)} (content ${seconds(result.contentBuildMs)}, next ${seconds(result.nextBuildMs)}), peak ${mb(result.peakRssBytes)}`);
    } finally {
      if (!flags.keep) {
        await removeCopy(name);
        await rm(corpusDir(size), { recursive: true, force: true });
      }
    }
    writeReport(flags, report);
  }
}

function printSite(site: SiteResult): void {
  console.log(`\nSite (content/): build ${seconds(site.build.totalMs)} (content:build ${seconds(site.build.contentBuildMs)}, next build ${seconds(site.build.nextBuildMs)}), peak ${mb(site.build.peakRssBytes)}`);
  if (site.weights.length > 0) {
    console.log('\nPage weight (gzipped; images as a 390 px phone at DPR 2 downloads them)');
    console.log(
      table(
        ['page', 'HTML', 'CSS', 'JS', 'first-party JS', 'JS over floor', 'hero image', 'images above fold', 'all images'],
        site.weights.map(({ name, totals: t, weight }) => [
          name,
          kb(t.htmlGzip),
          kb(t.cssGzip),
          kb(t.jsGzip),
          kb(t.firstPartyJsGzip),
          kb(t.jsGzip - FRAMEWORK_FLOOR.jsGzipBytes),
          weight.hero ? `${kb(t.heroBytes)} ${weight.hero.contentType.replace('image/', '')}` : '-',
          kb(t.eagerImageBytes),
          kb(t.allImageBytes),
        ]),
      ),
    );
    console.log(`Budgets: JS ≤ ${kb(LIMITS.jsGzipBytes)} (floor ${kb(FRAMEWORK_FLOOR.jsGzipBytes)} + 5 KB), CSS ≤ ${kb(LIMITS.cssGzipBytes)}, article HTML ≤ ${kb(LIMITS.articleHtmlGzipBytes)}, hero ≤ ${kb(LIMITS.heroImageBytes)}`);
  }
  if (site.load.length > 0) {
    console.log(`\nThroughput of next start (autocannon, loopback, gzip; server RSS ${mb(site.serverRssBytes)})`);
    console.log(
      table(
        ['page', 'conns', 'req/s', 'p50', 'p99', 'max', 'errors', 'non-2xx', 'server CPU/req'],
        site.load.map((l) => [l.name, String(l.connections), l.requestsPerSecond.toFixed(0), ms(l.latencyMs.p50, 0), ms(l.latencyMs.p99, 0), ms(l.latencyMs.max, 0), String(l.errors + l.timeouts), String(l.non2xx), l.serverCpuMsPerRequest === undefined ? '-' : ms(l.serverCpuMsPerRequest)]),
      ),
    );
  }
  if (site.lighthouse.length > 0) {
    console.log('\nLighthouse 12 (mobile; targets: performance ≥ 95, the rest 100)');
    console.log(
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
        site.lighthouse.map((l) => [l.name, String(l.scores.performance), String(l.scores.accessibility), String(l.scores['best-practices']), String(l.scores.seo), ms(l.metrics.fcpMs, 0), ms(l.metrics.lcpMs, 0), ms(l.metrics.tbtMs, 0), l.metrics.cls.toFixed(3)]),
      ),
    );
    for (const l of site.lighthouse) {
      const lost = l.findings.filter((f) => f.category !== 'performance' || (f.score ?? 1) < 0.9);
      if (lost.length > 0) console.log(`  ${l.name}: ${lost.map((f) => `${f.category}/${f.id}${f.displayValue ? ` (${f.displayValue})` : ''}`).join('; ')}`);
    }
  }
  if (site.publish) printPublish(site.publish);
}

function printPublish(p: PublishResult): void {
  const load = `load average ${p.loadAverage.start[0] ?? '-'} → ${p.loadAverage.end[0] ?? '-'}`;
  console.log(`\nLive publishing, ${p.label}: ${p.publishes} publishes, ${p.corrections} corrections, ${p.takedowns} takedowns, one at a time (target p95 < ${seconds(p.targetMs)}; ${load})`);
  console.log('  latency: from the API request until article, home, section front, both feeds and sitemap all agree (polled every 20 ms)');
  const mostOften = (counts: Readonly<Record<string, number>>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([page, n]) => `${page} ${n}×`)
      .join(', ');
  console.log(
    table(
      ['operation', 'count', 'API answer p50', 'p50', 'p95', 'max', 'timeouts', 'server CPU', 'last to agree'],
      OPERATION_KINDS.map((kind) => [
        kind,
        String(p.latencyMs[kind].count),
        ms(p.apiMs[kind].p50, 0),
        ms(p.latencyMs[kind].p50, 0),
        ms(p.latencyMs[kind].p95, 0),
        ms(p.latencyMs[kind].max, 0),
        String(p.operations.filter((o) => o.kind === kind && o.timedOut).length),
        ms(p.cpu.meanByKindMs[kind], 0),
        mostOften(p.lastToAgree[kind]),
      ]),
    ),
  );
  console.log(
    `  server CPU per operation ${ms(p.cpu.perOperationMs, 0)} (${seconds(p.cpu.totalMs)} over ${p.cpu.operations}); polling (${p.cpu.pollRequests} requests at their cached cost) ≈ ${ms(p.cpu.pollingEstimateMs / Math.max(1, p.cpu.operations), 0)} of it, so ≈ ${ms(p.cpu.netPerOperationMs, 0)} net`,
  );
  const trend = (t: { slopeMbPer100: number; flat: boolean }) => `second half ${t.slopeMbPer100 >= 0 ? '+' : ''}${t.slopeMbPer100.toFixed(1)} MB per 100 publishes (${t.flat ? 'flat' : 'growing'})`;
  const { rss, heap } = p.memory;
  console.log(`  server RSS first ${mb(rss.firstBytes)}, last ${mb(rss.lastBytes)}, max ${mb(rss.maxBytes)}; ${trend(rss)}`);
  if (heap) console.log(`  heap after full GC (${heap.collections.length} during the run) first ${mb(heap.firstBytes)}, last ${mb(heap.lastBytes)}, max ${mb(heap.maxBytes)}; ${trend(heap)}`);
  console.log(`  memory judged by ${p.memory.judgedBy}${p.publishes < MIN_PUBLISHES_FOR_MEMORY ? ` (not judged: fewer than ${MIN_PUBLISHES_FOR_MEMORY} publishes)` : ''}`);
  const slow = p.slowest[0];
  if (slow) console.log(`  slowest: ${slow.kind} ${slow.slug} ${ms(slow.ms, 0)} (API ${ms(slow.apiMs, 0)}, last: ${slow.last})`);
  console.log(`  verdict: ${p.verdict.met ? 'target met' : `NOT met: ${p.verdict.misses.join('; ')}`}`);
}

function printCompile(results: readonly CompileResult[]): void {
  console.log('\nMDX compile (compileBody) per article');
  console.log(table(['corpus', 'articles', 'body', 'mean', 'p50', 'p95', 'max'], results.map((r) => [r.corpus, String(r.articles), kb(r.bodyBytesMean), ms(r.ms.mean, 2), ms(r.ms.p50, 2), ms(r.ms.p95, 2), ms(r.ms.max, 2)])));
}

function printBuilds(builds: readonly BuildResult[]): void {
  console.log(`\nBuilds (npm run build = content:build + next build, cold: empty compile cache; ${builds[0]?.prerendered ?? prerenderCount()} newest prerendered; peak RSS summed over the process tree; "again" = content:build with the compile cache filled)`);
  console.log(
    table(
      ['articles', 'published', 'prerendered', 'content:build', 'next build', 'total', 'per article', 'peak memory', 'content:build again', 'index.json', 'build output'],
      builds.map((b) => [String(b.articles), String(b.published), String(b.prerendered), seconds(b.contentBuildMs), seconds(b.nextBuildMs), seconds(b.totalMs), ms(b.msPerArticle, 1), mb(b.peakRssBytes), seconds(b.contentBuildWarmMs), mb(b.indexJsonBytes), mb(b.distDirBytes)]),
    ),
  );
}

function printArchive(a: ArchiveResult): void {
  console.log(`\nArchive of ${a.build.articles} articles: build ${seconds(a.build.totalMs)} (content ${seconds(a.build.contentBuildMs)}, next ${seconds(a.build.nextBuildMs)}), peak ${mb(a.build.peakRssBytes)}, index.json ${mb(a.build.indexJsonBytes)}`);
  console.log(`  server: first answer ${seconds(a.serverStartMs)} after start, RSS ${mb(a.serverRssBytes)}; oldest article first request ${ms(a.firstRenderMs, 0)} (rendered on demand), then ${ms(a.secondRequestMs, 0)} (cached); page ${a.deepPage.page} of a section front ${ms(a.deepPage.firstMs, 0)}`);
  console.log(table(['page', 'conns', 'req/s', 'p50', 'p99', 'max', 'errors', 'non-2xx', 'server CPU/req'], a.load.map((l) => [l.name, String(l.connections), l.requestsPerSecond.toFixed(0), ms(l.latencyMs.p50, 0), ms(l.latencyMs.p99, 0), ms(l.latencyMs.max, 0), String(l.errors + l.timeouts), String(l.non2xx), l.serverCpuMsPerRequest === undefined ? '-' : ms(l.serverCpuMsPerRequest)])));
  if (a.publish) printPublish(a.publish);
}

function writeReport(flags: BenchFlags, report: Report): void {
  const out = path.resolve(root, flags.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const flags = parseFlags(process.argv.slice(2));
  const report: Report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    memoryBytes: os.totalmem(),
    loadAverageStart: os.loadavg().map((l) => Number(l.toFixed(2))),
    flags: { ...flags, steps: [...flags.steps] },
    frameworkFloorJsGzipBytes: FRAMEWORK_FLOOR.jsGzipBytes,
    errors: [],
  };
  const step = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
      report.errors.push(message);
      console.error(`[bench] ${message}`);
    }
    writeReport(flags, report);
  };

  if (['weight', 'load', 'lighthouse', 'publish'].some((s) => flags.steps.has(s as never))) {
    await step('site', async () => {
      report.site = await siteSteps(flags);
      if (report.site.publishError) report.errors.push(`publish (site): ${report.site.publishError}`);
      printSite(report.site);
    });
  }
  if (flags.steps.has('compile')) {
    await step('compile', async () => {
      report.compile = await compileSteps(flags);
      printCompile(report.compile);
    });
  }
  if (flags.steps.has('build') && flags.sizes.length > 0) {
    await step('build', async () => {
      await buildSteps(flags, report);
      printBuilds(report.builds ?? []);
    });
  }
  if (flags.steps.has('related')) {
    await step('related', async () => {
      report.related = relatedStep();
    });
  }
  if (flags.steps.has('archive')) {
    await step('archive', async () => {
      report.archive = await measureArchive(flags, log);
      if (report.archive.publishError) report.errors.push(`publish (archive): ${report.archive.publishError}`);
      printArchive(report.archive);
    });
  }
  // npm run bench:cluster's comparison, on ports past the others' (3230-3239 by default).
  const clusterFlags: ClusterFlags = { ...DEFAULT_CLUSTER_FLAGS, connections: flags.connections, keep: flags.keep, port: flags.port + 20, redisPort: flags.port + 29 };
  if (flags.steps.has('cluster')) {
    await step('cluster', async () => {
      report.cluster = await measureCluster(clusterFlags);
      if (!report.cluster.verdict.met) report.errors.push(`cluster: ${report.cluster.verdict.misses.join('; ')}`);
      printCluster(report.cluster, clusterFlags);
    });
  }
  report.loadAverageEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  writeReport(flags, report);

  // The summary again at the end, all in one place.
  console.log('\n================ Summary ================');
  if (report.site) printSite(report.site);
  if (report.compile) printCompile(report.compile);
  if (report.builds && report.builds.length > 0) printBuilds(report.builds);
  if (report.archive) printArchive(report.archive);
  if (report.cluster) printCluster(report.cluster, clusterFlags);
  console.log(`\nLoad average (1/5/15 min) at start ${report.loadAverageStart.join(' ')}, at end ${report.loadAverageEnd.join(' ')} on ${report.cpus} CPUs`);
  console.log(`Wrote ${path.relative(root, path.resolve(root, flags.out))}`);
  if (report.errors.length > 0) {
    console.error(`\n${report.errors.length} step(s) failed:\n  ${report.errors.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
