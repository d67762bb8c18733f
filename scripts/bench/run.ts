/**
 * Process plumbing for the benchmark: timed commands with the peak memory
 * of their whole process tree, and `next start` servers that are stopped by
 * the PID this script started (never by name). Builds and servers run in
 * scratch copies of the project (scripts/scratch-copy.ts), never in it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { sampleTreeMemory } from './proc-tree';
import { scratchCommands, type ScratchCopy } from '../scratch-copy';

export const root = process.cwd();

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

/** Runs `node <args>` in `cwd` to completion, output to a log file, timing it and sampling its tree's memory every 250 ms. */
export function timed(name: string, cwd: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<Timed> {
  const logFile = logPath(name);
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
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

export async function mustSucceed(step: Promise<Timed>, what: string): Promise<Timed> {
  const result = await step;
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode}); see ${path.relative(root, result.logFile)}`);
  return result;
}

export interface Server {
  readonly origin: string;
  readonly pid: number;
  /** Where its stdout and stderr go */
  readonly logFile: string;
  /** performance.now() when it was spawned: the zero of the times in V8's --trace-gc lines, give or take the start-up */
  readonly startedAt: number;
  /** Resident memory of the server process now */
  rssBytes(): number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Variables a step needs, such as LEDE_PUBLISH_SECRET for the publish step */
  readonly env?: Readonly<Record<string, string>>;
  /** Flags for node itself, such as --trace-gc */
  readonly nodeArgs?: readonly string[];
}

/** `next start` (one process: it serves in the process it starts in) for one built copy on one port; resolves once it answers. */
export async function startServer(copy: ScratchCopy, port: number, name: string, options: ServerOptions = {}): Promise<Server> {
  const env = options.env ?? {};
  const logFile = logPath(name);
  const log = createWriteStream(logFile);
  const startedAt = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...scratchCommands(copy).nextStart(port)], {
    cwd: copy.dir,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const origin = `http://localhost:${port}`;
  const pid = child.pid ?? -1;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start (${name}) exited with ${child.exitCode}; see bench-out/logs/${name}.log`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`next start (${name}) did not answer on ${origin} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    origin,
    pid,
    logFile,
    startedAt,
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
