/**
 * Lighthouse 12 (mobile: Moto G Power emulation, simulated slow 4G, the
 * CLI's defaults) on a running server, one page at a time, through its CLI
 * in a child process with Debian's Chromium. Scores are reported, never
 * gated on: they move with the machine's load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run';

export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  readonly name: string;
  readonly url: string;
  /** 0–100 per category */
  readonly scores: Readonly<Record<(typeof CATEGORIES)[number], number>>;
  readonly metrics: { readonly fcpMs: number; readonly lcpMs: number; readonly tbtMs: number; readonly cls: number; readonly speedIndexMs: number };
  /** Audits that cost points, per category: id, title and what Lighthouse found */
  readonly findings: readonly { readonly category: string; readonly id: string; readonly title: string; readonly score: number | null; readonly displayValue?: string }[];
  readonly reportFile: string;
}

/** The part of Lighthouse's JSON report read here. */
interface Lhr {
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] }>;
  readonly audits: Record<string, { readonly title: string; readonly score: number | null; readonly numericValue?: number; readonly displayValue?: string; readonly scoreDisplayMode: string }>;
  readonly runtimeError?: { readonly message: string };
}

export async function runLighthouse(name: string, url: string): Promise<LighthouseResult> {
  const dir = path.join(root, 'bench-out', 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const reportFile = path.join(dir, `${name}.json`);
  const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [cli, url, '--output=json', `--output-path=${reportFile}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited with ${code}: ${stderr.slice(-500)}`))));
  });
  const lhr = JSON.parse(readFileSync(reportFile, 'utf8')) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const findings = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
      .map(({ ref, audit }) => ({ category, id: ref.id, title: audit?.title ?? ref.id, score: audit?.score ?? null, ...(audit?.displayValue ? { displayValue: audit.displayValue } : {}) })),
  );
  return {
    name,
    url,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: {
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      speedIndexMs: numeric('speed-index'),
    },
    findings,
    reportFile: path.relative(root, reportFile),
  };
}
