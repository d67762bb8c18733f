/**
 * A whole cluster on one machine: Redis (the one at the URL if it answers,
 * else one started for it), N `next start` instances sharing it, and nginx
 * in front. What serve:cluster, bench:cluster and the end-to-end specs run.
 * stop() stops what this started, in reverse order, and nothing else: a
 * Redis that was already running is left as it was.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startInstance, type Instance } from './instance';
import { PURGE_MODULE, startNginx, type Nginx } from './nginx';
import { describeExit } from './process';
import { parseRedisUrl, redisAnswers, startRedis, type RedisServer } from './redis';

export interface ClusterOptions {
  /** The built project folder */
  readonly cwd: string;
  /** How many instances; default 2 */
  readonly instances?: number;
  /** Port of the first instance, the next ones count up from it */
  readonly firstPort: number;
  /** Where nginx listens */
  readonly port: number;
  /** nginx's folder (config, logs, cache) */
  readonly nginxDir: string;
  /** Front cache on (default), or nginx as a pure load balancer */
  readonly cache?: boolean;
  /** The Redis the instances share: used if it answers, else started on its port (127.0.0.1 only), its data in `dir` */
  readonly redis: { readonly url: string; readonly dir: string; readonly maxmemory?: string };
  /** More environment for the instances (LEDE_PUBLISH_SECRET, SITE_URL, …) */
  readonly env?: Readonly<Record<string, string>>;
  /** A folder for the instances' and Redis's output, one file each; default: only kept for errors */
  readonly logDir?: string;
  /** Start an instance again when it dies (once it had run 10 s: a crash loop is only reported) */
  readonly restart?: boolean;
  /** Where progress and deaths are reported; default console.log */
  readonly log?: (line: string) => void;
}

export interface Cluster {
  /** nginx's origin: what readers use */
  readonly origin: string;
  readonly redisUrl: string;
  /** The Redis this started, if it did */
  readonly redis?: RedisServer;
  /** The instances now running (a restarted one replaces its predecessor) */
  readonly instances: readonly Instance[];
  readonly nginx: Nginx;
  /** Every process this started: Redis (if), instances, nginx's master */
  pids(): number[];
  stop(): Promise<void>;
}

/** The environment every instance gets; `purgeUrl` only when nginx accepts PURGE. */
export function instanceEnv(redisUrl: string, purgeUrl: string | undefined, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...extra, REDIS_URL: redisUrl, ...(purgeUrl ? { LEDE_PURGE_URL: purgeUrl } : {}), NEXT_TELEMETRY_DISABLED: '1' };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(line));
  const count = options.instances ?? 2;
  const cache = options.cache ?? true;
  const logFile = (name: string) => (options.logDir ? { logFile: path.join(options.logDir, `${name}.log`) } : {});
  const started: { stop(): Promise<unknown> }[] = [];
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    for (const process of started.reverse()) await process.stop();
    started.length = 0;
  };

  try {
    let redis: RedisServer | undefined;
    const redisUrl = options.redis.url;
    if (!(await redisAnswers(redisUrl))) {
      const { host, port } = parseRedisUrl(redisUrl);
      if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`no Redis answers at ${redisUrl}, and one can only be started here on 127.0.0.1`);
      redis = await startRedis({ port, dir: options.redis.dir, ...(options.redis.maxmemory ? { maxmemory: options.redis.maxmemory } : {}), ...logFile(`redis-${port}`) });
      started.push(redis);
    }

    const purgeUrl = cache && existsSync(PURGE_MODULE) ? `http://127.0.0.1:${options.port}` : undefined;
    const env = instanceEnv(redis?.url ?? redisUrl, purgeUrl, options.env);
    const ports = Array.from({ length: count }, (_, i) => options.firstPort + i);
    const instances: Instance[] = [];
    const launch = async (port: number): Promise<Instance> => {
      const instance = await startInstance({ cwd: options.cwd, port, env, ...logFile(`instance-${port}`) });
      const startedAt = Date.now();
      started.push(instance);
      log(`instance ${instance.origin} ready (pid ${instance.pid})`);
      void instance.exited.then(async (exit) => {
        if (stopping) return;
        log(`!!! instance ${instance.origin} (pid ${instance.pid}) ${describeExit(exit)}; nginx sends its requests to the others${instance.managed.tail() ? `. Its last output:\n${instance.managed.tail()}` : ''}`);
        started.splice(started.indexOf(instance), 1);
        if (!options.restart) return;
        if (Date.now() - startedAt < 10_000) return log(`!!! not starting ${instance.origin} again: it died within 10 s of starting`);
        try {
          const next = await launch(port);
          instances.splice(instances.indexOf(instance), 1, next);
          log(`instance ${next.origin} started again (pid ${next.pid})`);
        } catch (error) {
          log(`!!! could not start ${instance.origin} again: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      return instance;
    };
    // allSettled, not all: when one fails, the others must have finished starting to be stopped.
    const results = await Promise.allSettled(ports.map(launch));
    for (const result of results) if (result.status === 'fulfilled') instances.push(result.value);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;

    log(`starting nginx on port ${options.port}`);
    const nginx = await startNginx({ port: options.port, upstreams: ports.map((port) => `127.0.0.1:${port}`), dir: options.nginxDir, cache });
    started.push(nginx);
    void nginx.exited.then((exit) => {
      if (!stopping) log(`!!! nginx (pid ${nginx.pid}) ${describeExit(exit)}; see ${path.join(options.nginxDir, 'error.log')}`);
    });

    return {
      origin: nginx.origin,
      redisUrl: redis?.url ?? redisUrl,
      ...(redis ? { redis } : {}),
      instances,
      nginx,
      pids: () => [...(redis ? [redis.pid] : []), ...instances.map((i) => i.pid), nginx.pid],
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
