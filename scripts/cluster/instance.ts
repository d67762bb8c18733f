/**
 * One `next start` of a built project folder, on 127.0.0.1:<port>, ready
 * once `/robots.txt` answers 200 (the cheapest page every build has).
 */
import path from 'node:path';
import { spawnManaged, waitUntilReady, type Exit, type Managed } from './process';
import type { ChildProcess } from 'node:child_process';

export interface InstanceOptions {
  /** The built project folder (`.next/` and `.lede/site/` in it) */
  readonly cwd: string;
  readonly port: number;
  /** Added to this process's environment: REDIS_URL, LEDE_PUBLISH_SECRET, LEDE_PURGE_URL, SITE_URL, … */
  readonly env?: Readonly<Record<string, string>>;
  /** A file for its output; by default only the last lines are kept, for errors */
  readonly logFile?: string;
  /** Flags for node itself, such as --max-old-space-size */
  readonly nodeArgs?: readonly string[];
  /** How long to wait for /robots.txt; default 60 s */
  readonly timeoutMs?: number;
}

export interface Instance {
  readonly origin: string;
  readonly port: number;
  readonly pid: number;
  readonly process: ChildProcess;
  readonly exited: Promise<Exit>;
  /** `signal` (default SIGTERM: Next finishes what it serves), SIGKILL after 10 s */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
  readonly managed: Managed;
}

/**
 * The argv (after node) that starts Next from the folder's own node_modules.
 * No `-H 127.0.0.1`: Next then names its own origin 127.0.0.1 while proxy.ts
 * sees requests as localhost, takes the proxy's rewrites (the 410 page of a
 * story taken down) for another site's, fetches them over HTTP, and the
 * proxy runs again on the page it rewrote to: a 410 became a 404.
 */
export function nextStartArgs(cwd: string, port: number): string[] {
  return [path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)];
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false; // not listening yet
  }
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const origin = `http://127.0.0.1:${options.port}`;
  if (await answers(`${origin}/robots.txt`)) throw new Error(`something already answers at ${origin}; not starting an instance on port ${options.port}`);
  const managed = spawnManaged(process.execPath, [...(options.nodeArgs ?? []), ...nextStartArgs(options.cwd, options.port)], {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    ...(options.logFile ? { logFile: options.logFile } : {}),
  });
  await waitUntilReady(managed, `next start on port ${options.port}`, () => answers(`${origin}/robots.txt`), options.timeoutMs ?? 60_000, 250);
  return {
    origin,
    port: options.port,
    pid: managed.pid,
    process: managed.process,
    exited: managed.exited,
    stop: (signal) => managed.stop(signal),
    managed,
  };
}
