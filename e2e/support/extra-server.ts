import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { publishingDir, publishingSecret } from './publishing-server';

/**
 * A second `next start` on the publishing server's built copy, for specs that
 * must kill or restart a server, or run one without a secret. It shares the
 * copy's content store on disk with the main publishing server, as two
 * processes on one machine would. Stopped only by the spec that started it.
 */
export interface ExtraServer {
  readonly origin: string;
  readonly process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startExtraServer(port: number, env: Readonly<Record<string, string | undefined>> = { LEDE_PUBLISH_SECRET: publishingSecret }): Promise<ExtraServer> {
  const next = path.join(publishingDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [next, 'start', '-p', String(port)], {
    cwd: publishingDir,
    env: { ...process.env, LEDE_PUBLISH_SECRET: undefined, ...env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const origin = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/robots.txt`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start on port ${port} did not answer within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    process: child,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
