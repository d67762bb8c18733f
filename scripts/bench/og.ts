/**
 * Times Open Graph card rendering: 2 warm-up renders, then N=20 timed ones per
 * case; prints a table and writes bench-out/og.json.
 *
 *   npx tsx scripts/bench/og.ts
 *   npx tsx scripts/bench/og.ts --build-time [--build-runs=N]
 *
 * --build-time adds what the card routes cost `next build`: cold builds of
 * scratch copies with and without them, alternating, N (default 2) each
 * (scripts/bench/og-build-time.ts). Minutes per build; wall times on a shared
 * machine are noisy, the CPU figure less so.
 *
 * Cases: an article card with a picture from public/images/articles/ (the
 * newsroom's usual chart or map), one with a photo-like picture (the worst
 * case: its PNG goes over budget and is re-encoded), and a front card.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { renderCard } from '../../components/og/render-card';
import { measureCardBuildTime, type BuildTimeResult } from './og-build-time';
import { median, percentile } from './stats';

const runs = 20;
const warmUps = 2;
const testPublicDir = '/tmp/og-bench-public';

interface CaseResult {
  name: string;
  runs: number;
  medianMs: number;
  /**
   * Median CPU time (all threads: libvips and resvg work off the main one).
   * Steadier than wall time when other jobs share the machine.
   */
  medianCpuMs: number;
  minMs: number;
  maxMs: number;
  p90Ms: number;
  bytes: number;
}

async function time(name: string, render: () => Promise<Response>): Promise<CaseResult> {
  let bytes = 0;
  for (let i = 0; i < warmUps; i += 1) bytes = (await (await render()).arrayBuffer()).byteLength;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    // The body is part of the work: an unread ImageResponse has not been encoded yet.
    bytes = (await (await render()).arrayBuffer()).byteLength;
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    name,
    runs,
    medianMs: round(median(times)),
    medianCpuMs: round(median(cpuTimes)),
    minMs: round(times[0]!),
    maxMs: round(times.at(-1)!),
    p90Ms: round(percentile(times, 90)),
    bytes,
  };
}

async function pictures(): Promise<{ usual: { src: string; publicDir?: string }; photo: { src: string; publicDir: string } }> {
  const dir = path.join(testPublicDir, 'images', 'articles');
  await mkdir(dir, { recursive: true });
  const grain = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.2)
    .png()
    .toBuffer();
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#9a7a5c' } })
    .composite([{ input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 85 })
    .toFile(path.join(dir, 'photo.jpg'));
  const photo = { src: '/images/articles/photo.jpg', publicDir: testPublicDir };

  const real = (await readdir(path.join(process.cwd(), 'public', 'images', 'articles')).catch(() => []))
    .filter((name) => /\.jpe?g$/i.test(name))
    .sort();
  if (real[0]) return { usual: { src: `/images/articles/${real[0]}` }, photo };
  const flat = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#f6f3ec"/><circle cx="800" cy="450" r="200" fill="#1d3557"/></svg>');
  await sharp(flat).jpeg().toFile(path.join(dir, 'chart.jpg'));
  return { usual: { src: '/images/articles/chart.jpg', publicDir: testPublicDir }, photo };
}

async function main(): Promise<void> {
  const { usual, photo } = await pictures();
  const article = (image: { src: string; publicDir?: string }) => () =>
    renderCard(
      {
        kind: 'article',
        title: 'Germany’s coalition agrees a budget after weeks of wrangling, with deep cuts to rail, research and foreign aid',
        sectionName: 'Economy',
        published: '2025-03-05T10:00:00+01:00',
        imageSrc: image.src,
        imageAlt: '',
      },
      { publicDir: image.publicDir },
    );

  const results = [
    await time(`article card (${path.basename(usual.src)})`, article(usual)),
    await time('article card (photo-like, re-encoded)', article(photo)),
    await time('front card', () => renderCard({ kind: 'front', title: 'World', description: 'Conflict, diplomacy and the people caught up in them.', kicker: 'Section' })),
  ];

  const header = ['case', 'runs', 'median ms', 'median CPU ms', 'p90 ms', 'min ms', 'max ms', 'bytes'];
  const rows = results.map((r) => [r.name, String(r.runs), String(r.medianMs), String(r.medianCpuMs), String(r.p90Ms), String(r.minMs), String(r.maxMs), String(r.bytes)]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  let buildTime: BuildTimeResult | undefined;
  if (process.argv.includes('--build-time')) {
    const runsArg = process.argv.find((arg) => arg.startsWith('--build-runs='));
    const buildRuns = runsArg ? Number(runsArg.split('=')[1]) : 2;
    if (!Number.isInteger(buildRuns) || buildRuns < 1) throw new Error(`--build-runs must be a whole number ≥ 1, not ${runsArg}`);
    console.log(`\nnext build with and without the card routes (cold, ${buildRuns} run(s) each):`);
    buildTime = await measureCardBuildTime(buildRuns, (progress) => console.log(progress));
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `build time added by ${buildTime.cardRoutes} card routes: ${s(buildTime.addedWallMs)} wall (median ${s(buildTime.medianWithMs)} with, ${s(buildTime.medianWithoutMs)} without)` +
        (buildTime.addedCpuMs === undefined ? '' : `, ${s(buildTime.addedCpuMs)} CPU`),
    );
  }

  const outDir = path.join(process.cwd(), 'bench-out');
  await mkdir(outDir, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.availableParallelism(),
    // Wall times mean little on a busy machine: the load says how busy it was.
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    warmUps,
    results,
    ...(buildTime ? { buildTime } : {}),
  };
  await writeFile(path.join(outDir, 'og.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nload average ${report.loadAverage.join(' ')} on ${report.cpus} CPUs`);
  console.log(`wrote ${path.relative(process.cwd(), path.join(outDir, 'og.json'))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
