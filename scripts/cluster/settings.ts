/**
 * What `npm run serve:cluster` runs, from its flags and environment. Pure,
 * so the defaults are tested; scripts/cluster/serve.ts reads process.env.
 */
import path from 'node:path';

export interface ServeClusterSettings {
  /** Run `npm run build` first (`--no-build` skips it) */
  readonly build: boolean;
  readonly instances: number;
  readonly firstInstancePort: number;
  /** nginx's port: the site's address */
  readonly port: number;
  readonly redisUrl: string;
  readonly siteUrl: string;
  /** LEDE_PUBLISH_SECRET, the same on every instance; unset leaves publishing off */
  readonly publishSecret?: string;
  readonly redisDir: string;
  readonly nginxDir: string;
  readonly logDir: string;
}

export const SERVE_CLUSTER_USAGE = `npm run serve:cluster [-- --no-build]
  builds (npm run build), then serves the site from LEDE_INSTANCES next start instances behind nginx
  LEDE_INSTANCES       instances, on 127.0.0.1:3101, 3102, … (default 2)
  LEDE_INSTANCE_PORT   the first instance's port (default 3101)
  LEDE_CLUSTER_PORT    nginx's port (default 8080)
  REDIS_URL            the shared Redis; started (data in .lede/redis/) when none answers (default redis://127.0.0.1:6379)
  LEDE_PUBLISH_SECRET  the publishing API's secret, the same on every instance (unset: publishing off)
  SITE_URL             the public origin (default http://localhost:<LEDE_CLUSTER_PORT>)`;

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new Error(`${name} must be a port number, not ${JSON.stringify(raw)}`);
  return value;
}

export function serveClusterSettings(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, root: string): ServeClusterSettings {
  for (const arg of argv) if (arg !== '--no-build') throw new Error(`unknown flag ${arg}\n${SERVE_CLUSTER_USAGE}`);
  const instances = Number(env.LEDE_INSTANCES ?? '2');
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error(`LEDE_INSTANCES must be a whole number from 1 to 16, not ${JSON.stringify(env.LEDE_INSTANCES)}`);
  const nginxPort = port('LEDE_CLUSTER_PORT', env.LEDE_CLUSTER_PORT, 8080);
  const lede = path.join(root, '.lede');
  return {
    build: !argv.includes('--no-build'),
    instances,
    firstInstancePort: port('LEDE_INSTANCE_PORT', env.LEDE_INSTANCE_PORT, 3101),
    port: nginxPort,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    siteUrl: env.SITE_URL || `http://localhost:${nginxPort}`,
    ...(env.LEDE_PUBLISH_SECRET ? { publishSecret: env.LEDE_PUBLISH_SECRET } : {}),
    redisDir: path.join(lede, 'redis'),
    nginxDir: path.join(lede, 'nginx'),
    logDir: path.join(lede, 'cluster-logs'),
  };
}
