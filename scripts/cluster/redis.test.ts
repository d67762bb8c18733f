import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeCommand, parseRedisUrl, pingCommands, redisAnswers, redisConf } from './redis';

describe('parseRedisUrl', () => {
  it('reads host and port, with the defaults', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390')).toEqual({ host: '127.0.0.1', port: 6390 });
    expect(parseRedisUrl('redis://localhost')).toEqual({ host: 'localhost', port: 6379 });
    expect(parseRedisUrl('redis://[::1]:7000/2')).toEqual({ host: '::1', port: 7000 });
  });

  it('reads a user and password, decoded', () => {
    expect(parseRedisUrl('redis://:s%40cret@h:1')).toEqual({ host: 'h', port: 1, password: 's@cret' });
    expect(parseRedisUrl('redis://app:pw@h:1')).toEqual({ host: 'h', port: 1, username: 'app', password: 'pw' });
  });

  it('refuses other schemes', () => expect(() => parseRedisUrl('http://127.0.0.1:6379')).toThrow(/redis:\/\//));
});

describe('RESP', () => {
  it('encodes a command as an array of bulk strings, lengths in bytes', () => {
    expect(encodeCommand(['PING'])).toBe('*1\r\n$4\r\nPING\r\n');
    expect(encodeCommand(['AUTH', 'pä'])).toBe('*2\r\n$4\r\nAUTH\r\n$3\r\npä\r\n');
  });

  it('authenticates before PING only when there is a password', () => {
    expect(pingCommands({ host: 'h', port: 1 })).toBe('*1\r\n$4\r\nPING\r\n');
    expect(pingCommands({ host: 'h', port: 1, username: 'u', password: 'p' })).toBe('*3\r\n$4\r\nAUTH\r\n$1\r\nu\r\n$1\r\np\r\n*1\r\n$4\r\nPING\r\n');
  });
});

describe('redisAnswers', () => {
  let server: net.Server | undefined;
  afterEach(() => server?.close());

  /** A fake Redis on a free port that answers every write with `reply`. */
  async function fake(reply: string): Promise<string> {
    server = net.createServer((socket) => socket.on('data', () => socket.write(reply)));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address() as net.AddressInfo;
    return `redis://127.0.0.1:${address.port}`;
  }

  it('is true for PONG', async () => expect(await redisAnswers(await fake('+PONG\r\n'))).toBe(true));
  it('is false for an error reply', async () => expect(await redisAnswers(await fake('-NOAUTH Authentication required.\r\n'))).toBe(false));
  it('is false when nothing listens', async () => {
    const url = await fake('');
    server?.close();
    expect(await redisAnswers(url)).toBe(false);
  });
  it('is false when it never answers', async () => expect(await redisAnswers(await fake(''), 100)).toBe(false));
});

describe('redisConf', () => {
  const conf = redisConf({ port: 4190, dir: '/data/redis' }).split('\n');

  it('listens on loopback only, in the foreground', () => expect(conf).toEqual(expect.arrayContaining(['bind 127.0.0.1', 'port 4190', 'protected-mode yes', 'daemonize no'])));

  it('evicts only keys with a TTL (cache entries), never content records', () => {
    expect(conf).toContain('maxmemory-policy volatile-lru');
    expect(conf).toContain('maxmemory 256mb');
    expect(redisConf({ port: 1, dir: '/d', maxmemory: '1gb' })).toContain('maxmemory 1gb');
  });

  it('keeps the content store durable in its folder', () => expect(conf).toEqual(expect.arrayContaining(['dir /data/redis', 'appendonly yes', 'appendfsync everysec'])));
});
