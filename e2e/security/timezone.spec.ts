import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { paths } from '../../lib/urls';
import { articles, contentIndex, routes } from '../support/content';

/**
 * The same build served from the two ends of the clock (UTC+14 and UTC−8/−7)
 * renders byte-identical HTML: every date is formatted in the newsroom's
 * zone (siteConfig.timeZone), never the server's.
 *
 * Prerendered pages were rendered once, at build time, so comparing them
 * would prove nothing about the server's zone. Each page is therefore asked
 * for in draft mode (Next's `__prerender_bypass` cookie, whose value is in
 * the build's prerender manifest): the server renders it at request time,
 * in its own TZ, exactly as it does for ISR pages and revalidations.
 */
const zones = ['Pacific/Kiritimati', 'America/Los_Angeles'] as const;
const distDir = path.join(process.cwd(), '.next');
const bypassCookie = () => {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } };
  return `__prerender_bypass=${manifest.preview.previewModeId}`;
};

/** Home, every section, a few topics and every article: each date-bearing template, and every story's own dates. */
const pages: readonly string[] = [routes.home, ...routes.sections, ...contentIndex.topics.slice(0, 3).map((topic) => paths.topic(topic.slug)), ...articles.map((article) => paths.article(article))];

interface Server {
  readonly zone: string;
  readonly origin: string;
  readonly process: ChildProcess;
}

/** A port the OS says is free right now, outside the ranges engineers pick by hand. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(zone: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)], {
    env: { ...process.env, TZ: zone },
    stdio: 'ignore',
    // Its own process group, so stopping it also stops any worker it forks.
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start (TZ=${zone}) exited with ${child.exitCode}`);
    const up = await fetch(`${origin}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { zone, origin, process: child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopServer(server: Server | undefined) {
  if (server?.process.pid !== undefined && server.process.exitCode === null) process.kill(-server.process.pid, 'SIGTERM');
}

const servers: Server[] = [];

test.beforeAll(async () => {
  // Two production servers start here; this only stops one that never comes up.
  test.setTimeout(180_000);
  for (const zone of zones) servers.push(await startServer(zone));
});

test.afterAll(() => servers.forEach(stopServer));

async function render(server: Server, page: string): Promise<string> {
  const response = await fetch(`${server.origin}${page}`, { headers: { cookie: bypassCookie() } });
  expect(response.status, `${page} (TZ=${server.zone})`).toBe(200);
  // Draft mode answers `private, no-cache`: proof this was rendered now, not read from the build.
  expect(response.headers.get('cache-control'), `${page} (TZ=${server.zone})`).toMatch(/private, no-cache/);
  return response.text();
}

test(`pages rendered at request time are byte-identical under TZ=${zones.join(' and TZ=')}`, async () => {
  test.setTimeout(0);
  const [east, west] = servers as [Server, Server];
  const differing: string[] = [];
  for (const page of pages) {
    const [a, b] = await Promise.all([render(east, page), render(west, page)]);
    if (a !== b) {
      const at = [...a].findIndex((char, index) => char !== b[index]);
      differing.push(`${page}: ${JSON.stringify(a.slice(Math.max(0, at - 40), at + 60))} vs ${JSON.stringify(b.slice(Math.max(0, at - 40), at + 60))}`);
    }
  }
  expect(differing, differing.join('\n')).toEqual([]);
  expect(pages.length).toBeGreaterThan(articles.length);
});
