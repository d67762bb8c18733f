/**
 * One child process the cluster started: spawned with its output kept (the
 * last lines, for error messages, and optionally a log file), stopped by its
 * own pid with SIGTERM and then SIGKILL. Nothing here finds or signals a
 * process by name, so a Redis or nginx someone else runs is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface Managed {
  readonly pid: number;
  readonly process: ChildProcess;
  /** Settles when the process has exited, however that happened */
  readonly exited: Promise<Exit>;
  /** Sends `signal` (default SIGTERM), then SIGKILL after `killAfterMs`; resolves once it has exited */
  stop(signal?: NodeJS.Signals, killAfterMs?: number): Promise<Exit>;
  /** The last lines it wrote to stdout and stderr */
  tail(): string;
}

export interface SpawnOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** A file to append its stdout and stderr to */
  readonly logFile?: string;
  /** Lines kept for tail(); default 30 */
  readonly tailLines?: number;
}

/** Keeps the last `max` lines of a stream of chunks. Pure, for the tests. */
export class LineTail {
  private lines: string[] = [];
  private partial = '';
  constructor(private readonly max: number) {}

  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines = this.lines.slice(-this.max);
  }

  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-this.max).join('\n');
  }
}

export function describeExit(exit: Exit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code ?? '?'}`;
}

export function spawnManaged(command: string, args: readonly string[], options: SpawnOptions = {}): Managed {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let spawnError: Error | undefined;
  // A missing binary comes as an 'error' event after spawn returns; without a listener it would crash us.
  child.on('error', (error) => (spawnError = error));
  if (child.pid === undefined) throw new Error(`could not start ${command}${spawnError ? `: ${spawnError.message}` : ''}`);
  const pid = child.pid;
  const lines = new LineTail(options.tailLines ?? 30);
  let log: WriteStream | undefined;
  if (options.logFile) {
    mkdirSync(path.dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile, { flags: 'a' });
  }
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      lines.push(chunk.toString());
      log?.write(chunk);
    });
  }
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      log?.end();
      resolve({ code, signal });
    });
  });

  return {
    pid,
    process: child,
    exited,
    tail: () => lines.text(),
    async stop(signal = 'SIGTERM', killAfterMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      // child.kill signals this pid only: the handle is ours, whatever else runs on the machine.
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
}

/**
 * Polls `ready` every `everyMs` until it answers true; fails as soon as the
 * process exits, or after `timeoutMs`, with `what` and its last output.
 */
export async function waitUntilReady(managed: Managed, what: string, ready: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<void> {
  let exit: Exit | undefined;
  void managed.exited.then((e) => (exit = e));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw new Error(`${what} ${describeExit(exit)} before it was ready${withTail(managed)}`);
    if (await ready()) return;
    if (Date.now() > deadline) {
      await managed.stop();
      throw new Error(`${what} was not ready within ${Math.round(timeoutMs / 1000)} s; stopped it${withTail(managed)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function withTail(managed: Managed): string {
  const tail = managed.tail().trim();
  return tail ? `. Its last output:\n${tail}` : '';
}
