/**
 * Measures the framework floor: the gzipped JavaScript Next and React send
 * for an App Router page that renders nothing, built with the versions
 * installed here. Writes bench-out/framework-floor.ts; copy it over
 * scripts/bench/framework-floor.ts, which the budget tests read (total JS ≤
 * floor + 5 KB), and commit it with the upgrade: a benchmark never edits a
 * tracked file itself. Re-run after upgrading Next or React; the budget test
 * fails with a reminder when the versions differ.
 *
 *   npx tsx scripts/bench/measure-framework-floor.ts
 *
 * The minimal app is built in bench-out/framework-floor/ (git-ignored),
 * inside the project so it resolves the same node_modules; nothing else in
 * the project is read or written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureFloor } from './floor';

const root = process.cwd();
const appDir = path.join(root, 'bench-out', 'framework-floor');

const files: Record<string, string> = {
  'app/layout.jsx': `export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  'app/page.jsx': `export default function Page() {\n  return null;\n}\n`,
  'next.config.js': `module.exports = { reactStrictMode: true, poweredByHeader: false };\n`,
  'package.json': `{ "private": true }\n`,
};

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function main(): void {
  rmSync(appDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    writeFileSync(path.join(appDir, file), text);
  }
  // No NODE_PATH tricks: the folder sits inside the project, so `next` and `react` resolve from ./node_modules.
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', appDir], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const floor = measureFloor(path.join(appDir, '.next'));
  const next = version('next');
  const react = version('react');
  const out = path.join(root, 'bench-out', 'framework-floor.ts');
  writeFileSync(
    out,
    `/**
 * Gzipped JavaScript (zlib default level) a module-capable browser downloads
 * for an App Router page that renders nothing: the framework's runtime,
 * which no page can go below. Measured by scripts/bench/measure-framework-floor.ts
 * on an empty app built with these versions; re-run it after upgrading.
 */
export const FRAMEWORK_FLOOR = {
  jsGzipBytes: ${floor.jsGzipBytes},
  scripts: ${floor.scripts.length},
  next: '${next}',
  react: '${react}',
  measuredAt: '${new Date().toISOString().slice(0, 10)}',
} as const;
`,
  );
  console.log(`Framework floor (next ${next}, react ${react}): ${floor.jsGzipBytes} bytes gzipped JS in ${floor.scripts.length} scripts`);
  for (const script of floor.scripts) console.log(`  ${script.file}  ${script.gzipBytes}`);
  console.log(`Wrote ${path.relative(root, out)}: copy it over scripts/bench/framework-floor.ts to update the budget`);
}

main();
