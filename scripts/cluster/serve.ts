/**
 * `npm run serve:cluster`: the site as it scales out (docs/scaling.md).
 * Builds once, then starts a shared Redis (unless one answers at REDIS_URL),
 * LEDE_INSTANCES `next start` instances and nginx in front, prints what it
 * started, and on Ctrl-C (SIGINT or SIGTERM) stops exactly that: a Redis
 * that was already running is left alone.
 *
 *   npm run serve:cluster
 *   LEDE_PUBLISH_SECRET=$(openssl rand -hex 32) LEDE_INSTANCES=3 npm run serve:cluster -- --no-build
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startCluster, type Cluster } from './cluster';
import { serveClusterSettings, SERVE_CLUSTER_USAGE, type ServeClusterSettings } from './settings';

const root = process.cwd();
const say = (line: string) => console.log(`[cluster] ${line}`);

function build(settings: ServeClusterSettings): Promise<void> {
  say(`building for ${settings.siteUrl} (npm run build; --no-build skips it)`);
  return new Promise((resolve, reject) => {
    // npm from the same Node; the build's own output goes straight to the terminal.
    const child = spawn('npm', ['run', 'build'], { cwd: root, env: { ...process.env, SITE_URL: settings.siteUrl, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run build ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`))));
  });
}

function summary(settings: ServeClusterSettings, cluster: Cluster): string {
  const rel = (dir: string) => path.relative(root, dir);
  const redis = cluster.redis
    ? `started redis-server (pid ${cluster.redis.pid}) at ${cluster.redisUrl}, data in ${rel(settings.redisDir)}/ (kept across restarts)`
    : `using the Redis already answering at ${cluster.redisUrl} (not started here, so not stopped either)`;
  const publishing = settings.publishSecret
    ? `publishing on: LEDE_PUBLISH_SECRET is set on every instance (npm run publish with LEDE_URL=${settings.siteUrl})`
    : 'publishing OFF: LEDE_PUBLISH_SECRET is not set (export one of 32+ characters to turn it on)';
  return [
    '',
    `Lede cluster at ${settings.siteUrl} (nginx on 127.0.0.1:${settings.port})`,
    `  nginx       pid ${cluster.nginx.pid}, front cache ${cluster.nginx.purge ? 'with PURGE from 127.0.0.1' : 'WITHOUT purge (module not installed: pages stay until s-maxage)'}; files in ${rel(settings.nginxDir)}/`,
    ...cluster.instances.map((instance) => `  instance    ${instance.origin}, pid ${instance.pid}`),
    `  redis       ${redis}`,
    `  ${publishing}`,
    `  logs        ${rel(settings.logDir)}/ (instances, Redis), ${rel(path.join(settings.nginxDir, 'error.log'))}`,
    '  Ctrl-C stops what was started here, and nothing else.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return console.log(SERVE_CLUSTER_USAGE);
  const settings = serveClusterSettings(process.argv.slice(2), process.env, root);
  if (settings.build) await build(settings);

  const state: { starting?: Promise<Cluster> } = {};
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping what was started here`);
    // Mid-start, wait for the cluster to be up (or to have cleaned up after a failure) to stop all of it.
    const cluster = await state.starting?.catch(() => undefined);
    await cluster?.stop();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  say(`starting ${settings.instances} instance(s), Redis if none answers at ${settings.redisUrl}, and nginx`);
  state.starting = startCluster({
    cwd: root,
    instances: settings.instances,
    firstPort: settings.firstInstancePort,
    port: settings.port,
    nginxDir: settings.nginxDir,
    redis: { url: settings.redisUrl, dir: settings.redisDir },
    env: { SITE_URL: settings.siteUrl, ...(settings.publishSecret ? { LEDE_PUBLISH_SECRET: settings.publishSecret } : {}) },
    logDir: settings.logDir,
    restart: true,
    log: say,
  });
  const cluster = await state.starting;
  if (stopping) return; // Ctrl-C while starting: stop() has it
  console.log(summary(settings, cluster));
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
