/**
 * Builds a folder of articles in a scratch copy of the project
 * (scripts/scratch-copy.ts) and serves it, leaving this project's own build
 * alone. playwright.hostile.config.ts runs it as its web server.
 *
 *   npx tsx scripts/serve-scratch.ts --content fixtures/hostile-content --port 3600 [--dir /tmp/lede-hostile-3600]
 *
 * The environment passes through to content:build, next build and next start
 * (SITE_URL, LEDE_SKIP_TYPECHECK, …). The copy is deleted when the server
 * stops: on SIGTERM or SIGINT, or when a build fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { makeScratchCopy, scratchCommands, type ScratchCopy } from './scratch-copy';

interface ServeFlags {
  readonly content: string;
  readonly port: number;
  readonly dir?: string;
}

export function parseServeFlags(argv: readonly string[]): ServeFlags {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const content = value('--content');
  const port = Number(value('--port'));
  if (!content || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error('usage: serve-scratch.ts --content <folder with articles/> --port <n> [--dir <scratch folder>]');
  }
  const dir = value('--dir');
  return { content, port, ...(dir ? { dir } : {}) };
}

function run(copy: ScratchCopy, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, args, { cwd: copy.dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<void> {
  const flags = parseServeFlags(process.argv.slice(2));
  const copy = makeScratchCopy({ contentDir: flags.content, ...(flags.dir ? { dir: flags.dir } : {}) });
  const commands = scratchCommands(copy);
  let current: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Only the process this script started, by its handle.
    if (current && current.exitCode === null && current.signalCode === null) {
      const exited = finished(current);
      current.kill('SIGTERM');
      await exited;
    }
    copy.remove();
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGINT', () => void stop(0));

  console.log(`serve-scratch: building ${flags.content} in ${copy.dir}`);
  for (const step of [commands.contentBuild(), commands.nextBuild()]) {
    current = run(copy, step);
    const code = await finished(current);
    if (code !== 0) return stop(code);
  }
  current = run(copy, commands.nextStart(flags.port));
  const code = await finished(current);
  await stop(code);
}

if (process.argv[1] && /serve-scratch\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
