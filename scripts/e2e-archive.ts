/**
 * Builds and serves a synthetic archive for the end-to-end suite, in a
 * scratch copy of the project, so nothing in the working tree changes:
 *
 *   tsx scripts/e2e-archive.ts <dir> <port> <articles>
 *
 * Playwright's config starts it as a web server and stops it with SIGTERM;
 * the scratch copy is removed then.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeBenchCorpus, writeBenchImages } from '../lib/bench/write-corpus';

const [dir, port, count] = process.argv.slice(2);
if (!dir || !port || !count) throw new Error('usage: tsx scripts/e2e-archive.ts <dir> <port> <articles>');

const root = process.cwd();
/** What a build reads; node_modules is hard-linked (Turbopack refuses a symlink out of the project). */
const copied = ['app', 'components', 'lib', 'config', 'public', 'assets', 'scripts', 'proxy.ts', 'next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];

async function main(dir: string, port: string, count: number): Promise<void> {
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const entry of copied) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);

const images = await writeBenchImages(path.join(dir, 'public'));
await writeBenchCorpus(path.join(dir, 'content'), count, images);

const env = { ...process.env, SITE_URL: `http://localhost:${port}`, LEDE_SKIP_TYPECHECK: '1', NEXT_TELEMETRY_DISABLED: '1' };
const run = (args: readonly string[]) => execFileSync('npm', args, { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
run(['run', 'build']);

const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port], { cwd: dir, env, stdio: 'inherit' });
const stop = () => {
  server.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
}

void main(dir, port, Number(count));
