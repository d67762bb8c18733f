import { appendFileSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { instanceEnv, startCluster, startInstance, startRedis, type Cluster, type Instance, type RedisServer } from '../../scripts/cluster';
import { publishingDir, publishingOrigin, publishingPort, publishingSecret } from './publishing-server';

/**
 * A cluster for e2e/cluster/*.spec.ts: a Redis of its own, two `next start`
 * servers of the publishing build (Playwright builds and serves it as the
 * publishing server, e2e/support/publishing-server.ts) and nginx in front,
 * on ports after the publishing server's. Nothing already running on the
 * machine is used or stopped: Redis is started on a port of the cluster's
 * own and refuses to start if anything answers there.
 */
export const clusterPorts = { nginx: publishingPort + 10, redis: publishingPort + 19, instances: [publishingPort + 11, publishingPort + 12], late: publishingPort + 13 } as const;
const clusterDir = path.join(os.tmpdir(), `lede-e2e-cluster-${clusterPorts.nginx}`);

export interface TestRedis {
  readonly url: string;
  /** Kills it as a crash would; its files stay */
  kill(): Promise<void>;
  /** Starts it again on the same port and files */
  restart(): Promise<void>;
}

export interface TestCluster {
  /** nginx: what readers use */
  readonly origin: string;
  readonly instances: readonly Instance[];
  readonly redis: TestRedis;
  /** One more server on the same Redis, not behind nginx */
  startInstance(): Promise<Instance>;
  stop(): Promise<void>;
}

/** Each step of starting, with the time, in the cluster's folder: what a start that hangs was waiting for. */
function progressLog(): (line: string) => void {
  mkdirSync(clusterDir, { recursive: true });
  const started = Date.now();
  return (line) => appendFileSync(path.join(clusterDir, 'progress.log'), `${((Date.now() - started) / 1000).toFixed(1)} s  ${line}\n`);
}

export async function startTestCluster(): Promise<TestCluster> {
  await rm(clusterDir, { recursive: true, force: true });
  const log = progressLog();
  const redisDir = path.join(clusterDir, 'redis');
  log('starting Redis');
  let redis: RedisServer = await startRedis({ port: clusterPorts.redis, dir: redisDir, logFile: path.join(clusterDir, 'redis.log') });
  log(`Redis ${redis.url} (pid ${redis.pid})`);
  // The publishing server's own store stays on disk; these servers keep their copy file apart from it.
  const env = { LEDE_PUBLISH_SECRET: publishingSecret, SITE_URL: publishingOrigin, LEDE_LIVE_DIR: path.join(clusterDir, 'live'), LEDE_REDIS_PREFIX: 'e2e:' };
  let cluster: Cluster;
  try {
    cluster = await startCluster({
      cwd: publishingDir,
      firstPort: clusterPorts.instances[0],
      port: clusterPorts.nginx,
      nginxDir: path.join(clusterDir, 'nginx'),
      redis: { url: redis.url, dir: redisDir },
      env,
      logDir: path.join(clusterDir, 'logs'),
      log,
    });
    log(`cluster at ${cluster.origin}`);
  } catch (error) {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    await redis.stop();
    throw error;
  }
  const late: Instance[] = [];
  return {
    origin: cluster.origin,
    instances: cluster.instances,
    redis: {
      url: redis.url,
      async kill() {
        process.kill(redis.pid, 'SIGKILL');
        await redis.exited;
      },
      async restart() {
        redis = await startRedis({ port: clusterPorts.redis, dir: redisDir, logFile: path.join(clusterDir, 'redis.log') });
      },
    },
    async startInstance() {
      const purgeUrl = `http://127.0.0.1:${clusterPorts.nginx}`;
      const instance = await startInstance({ cwd: publishingDir, port: clusterPorts.late, env: instanceEnv(redis.url, purgeUrl, env), logFile: path.join(clusterDir, 'logs', 'late.log') });
      late.push(instance);
      return instance;
    },
    async stop() {
      for (const instance of late) await instance.stop();
      await cluster.stop();
      await redis.stop();
    },
  };
}
