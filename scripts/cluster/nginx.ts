/**
 * Debian's nginx as the cluster's load balancer and front cache, run from a
 * folder of its own (`-p dir`): config, pid, logs, temp files and cache all
 * under it, so it needs no root and never meets a system nginx.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { nginxConfig, nginxFolders, type NginxOptions } from './nginx-config';
import { spawnManaged, waitUntilReady, type Exit, type Managed } from './process';

export const NGINX = '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-cache-purge */
export const PURGE_MODULE = '/usr/lib/nginx/modules/ngx_http_cache_purge_module.so';

export type StartNginxOptions = Omit<NginxOptions, 'root' | 'purge' | 'purgeModule'> & {
  /** Accept PURGE when the module is installed (default); false leaves it out */
  readonly purge?: boolean;
  /** How long to wait for it to listen; default 10 s */
  readonly timeoutMs?: number;
};

export interface Nginx {
  readonly origin: string;
  readonly port: number;
  /** The master's pid (workers are its children) */
  readonly pid: number;
  readonly configFile: string;
  /** Whether PURGE is accepted (the module was found) */
  readonly purge: boolean;
  readonly exited: Promise<Exit>;
  /** SIGTERM (nginx's fast shutdown), SIGKILL after 10 s */
  stop(): Promise<Exit>;
  readonly managed: Managed;
}

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    // A port that neither accepts nor refuses (a full backlog, a firewall) must not stall a start.
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startNginx(options: StartNginxOptions): Promise<Nginx> {
  const dir = path.resolve(options.dir);
  const host = options.host ?? '127.0.0.1';
  if (await listening(host, options.port)) throw new Error(`something already listens on ${host}:${options.port}; not starting nginx there`);
  const cache = options.cache ?? true;
  const purge = cache && options.purge !== false && existsSync(PURGE_MODULE);
  for (const folder of [dir, ...nginxFolders(dir)]) mkdirSync(folder, { recursive: true });
  const configFile = path.join(dir, 'nginx.conf');
  const { timeoutMs, ...config } = options;
  writeFileSync(configFile, nginxConfig({ ...config, dir, purge, ...(purge ? { purgeModule: PURGE_MODULE } : {}), root: process.getuid?.() === 0 }));
  // -e: the log for the moments before the config is read (Debian's default is fine, but not ours).
  const errorLog = path.join(dir, 'error.log');
  const managed = spawnManaged(NGINX, ['-p', dir, '-c', configFile, '-e', errorLog], { cwd: dir });
  try {
    await waitUntilReady(managed, `nginx on port ${options.port} (config ${configFile})`, () => listening(host, options.port), timeoutMs ?? 10_000, 100);
  } catch (error) {
    // Once it has read the config, nginx reports to its error log, not to stderr.
    const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8').trim().split('\n').slice(-10).join('\n') : '';
    throw new Error(`${error instanceof Error ? error.message : String(error)}${log ? `\n${errorLog}:\n${log}` : ''}`);
  }
  return {
    origin: `http://${host}:${options.port}`,
    port: options.port,
    pid: managed.pid,
    configFile,
    purge,
    exited: managed.exited,
    stop: () => managed.stop(),
    managed,
  };
}
