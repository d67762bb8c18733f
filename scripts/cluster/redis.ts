/**
 * A Redis of the cluster's own: Debian's redis-server on 127.0.0.1 with a
 * config written into its data folder, and a PING over a plain socket to
 * tell when it (or any Redis) answers. No client library: PING is three
 * lines of RESP.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawnManaged, waitUntilReady, type Exit, type Managed } from './process';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisAddress {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
}

/** `redis://[user[:password]@]host[:port][/db]`; the database number is the app's business, not PING's. */
export function parseRedisUrl(url: string): RedisAddress {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`not a redis:// URL: ${url}`);
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = parsed.port ? Number(parsed.port) : 6379;
  const username = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  return { host, port, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** One command as a RESP array of bulk strings, the form every Redis accepts. */
export function encodeCommand(args: readonly string[]): string {
  return `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;
}

/** The commands a PING needs: AUTH first when the URL carries a password. */
export function pingCommands(address: RedisAddress): string {
  const auth = address.password === undefined ? [] : [encodeCommand(['AUTH', ...(address.username ? [address.username] : []), address.password])];
  return [...auth, encodeCommand(['PING'])].join('');
}

/** True when a Redis at `url` answers PING with PONG within `timeoutMs`. */
export function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const address = parseRedisUrl(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: address.host, port: address.port });
    let received = '';
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(pingCommands(address)));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (received.includes('+PONG\r\n')) done(true);
      // An error reply (wrong password, NOAUTH, LOADING while it reads its files) means not usable yet.
      else if (/^-/m.test(received)) done(false);
    });
    socket.on('close', () => done(false));
  });
}

export interface RedisOptions {
  readonly port: number;
  /** Its data folder: the config, the append-only files and snapshots go here */
  readonly dir: string;
  /** Redis's size syntax; default 256mb */
  readonly maxmemory?: string;
  /** A file for its log; by default only the last lines are kept, for errors */
  readonly logFile?: string;
  /** How long to wait for PONG; default 20 s (a large append-only file takes a while to load) */
  readonly timeoutMs?: number;
}

/**
 * The config. The app gives every cache entry a TTL and keeps content
 * records (stories, tag expiries, the replay guard) without one, so
 * `volatile-lru` can only ever evict cache entries; `allkeys-lru` could
 * evict a published story. When only records are left and memory is full,
 * writes fail (OOM) instead of losing data: size maxmemory for the archive.
 */
export function redisConf(options: Pick<RedisOptions, 'port' | 'dir' | 'maxmemory'>): string {
  return [
    '# Written by scripts/cluster/redis.ts at every start: edit that, not this.',
    'bind 127.0.0.1',
    `port ${options.port}`,
    'protected-mode yes',
    'daemonize no',
    // Log to stdout, which startRedis keeps.
    'logfile ""',
    `dir ${options.dir}`,
    `maxmemory ${options.maxmemory ?? '256mb'}`,
    'maxmemory-policy volatile-lru',
    // The content store's durability: every write is in the append-only file within a second.
    'appendonly yes',
    'appendfsync everysec',
    // Snapshots as well: one file to copy off the host for a backup (Redis's default save points).
    'save 3600 1 300 100 60 10000',
    'dbfilename dump.rdb',
    '',
  ].join('\n');
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly exited: Promise<Exit>;
  /** SIGTERM (Redis then writes its files and exits), SIGKILL after 10 s */
  stop(): Promise<Exit>;
  readonly managed: Managed;
}

export async function startRedis(options: RedisOptions): Promise<RedisServer> {
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'redis.conf');
  writeFileSync(conf, redisConf({ ...options, dir }));
  const url = `redis://127.0.0.1:${options.port}`;
  if (await redisAnswers(url, 500)) throw new Error(`a Redis already answers at ${url}; not starting another on its port`);
  const managed = spawnManaged(REDIS_SERVER, [conf], { cwd: dir, ...(options.logFile ? { logFile: options.logFile } : {}) });
  await waitUntilReady(managed, `redis-server on port ${options.port}`, () => redisAnswers(url, 500), options.timeoutMs ?? 20_000, 100);
  return { url, port: options.port, pid: managed.pid, exited: managed.exited, stop: () => managed.stop(), managed };
}
