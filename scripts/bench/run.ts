/**
 * Process plumbing for the benchmark: timed commands with the peak memory
 * of their whole process tree, and `next start` servers that are stopped by
 * the PID this script started (never by name).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleTreeMemory } from './proc-tree';

export const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface Timed {
  readonly wallMs: number;
  /** Peak of the summed RSS of the command and all its child processes */
  readonly peakRssBytes: number;
  readonly exitCode: number;
  readonly logFile: string;
}

export function logPath(name: string): string {
  const dir = path.join(root, 'bench-out', 'logs');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.log`);
}

/** Runs a command to completion, output to a log file, timing it and sampling its tree's memory every 250 ms. */
export function timed(name: string, command: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<Timed> {
  const logFile = logPath(name);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeMemory(child.pid ?? -1);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const { peakBytes } = sampler.stop();
      log.end();
      resolve({ wallMs, peakRssBytes: peakBytes, exitCode: code ?? 1, logFile });
    });
  });
}

export const commands = {
  contentBuild: (): [string, string[]] => [process.execPath, [tsxCli, path.join(root, 'scripts', 'content-build.ts')]],
  nextBuild: (): [string, string[]] => [process.execPath, [nextBin, 'build']],
};

/**
 * `next build` adds `.next-<instance>/types` to tsconfig.json's `include`
 * for every distDir it builds. Benchmark instances are temporary, so their
 * entries are taken out again; nothing else in the file is touched.
 */
export function forgetBenchTypes(): void {
  const file = path.join(root, 'tsconfig.json');
  const text = readFileSync(file, 'utf8');
  const config = JSON.parse(text) as { include?: string[] };
  const include = config.include ?? [];
  const kept = include.filter((entry) => !/^\.next-bench-/.test(entry));
  if (kept.length !== include.length) writeFileSync(file, `${JSON.stringify({ ...config, include: kept }, null, 2)}\n`);
}

export async function mustSucceed(step: Promise<Timed>, what: string): Promise<Timed> {
  const result = await step;
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode}); see ${path.relative(root, result.logFile)}`);
  return result;
}

export interface Server {
  readonly origin: string;
  readonly pid: number;
  /** Resident memory of the server process now */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** `next start` for one instance on one port; resolves once it answers. */
export async function startServer(instance: string, port: number, name: string): Promise<Server> {
  const log = createWriteStream(logPath(name));
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, LEDE_INSTANCE: instance, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const origin = `http://localhost:${port}`;
  const pid = child.pid ?? -1;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start (${instance}) exited with ${child.exitCode}; see bench-out/logs/${name}.log`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`next start (${instance}) did not answer on ${origin} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    origin,
    pid,
    rssBytes() {
      return sampleTreeMemory(pid).stop().peakBytes;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
