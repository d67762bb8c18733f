import { describe, expect, it } from 'vitest';
import { serveClusterSettings } from './settings';

describe('serveClusterSettings', () => {
  it('defaults: build, two instances from 3101, nginx on 8080, Redis on 6379, files under .lede/', () => {
    expect(serveClusterSettings([], {}, '/p')).toEqual({
      build: true,
      instances: 2,
      firstInstancePort: 3101,
      port: 8080,
      redisUrl: 'redis://127.0.0.1:6379',
      siteUrl: 'http://localhost:8080',
      redisDir: '/p/.lede/redis',
      nginxDir: '/p/.lede/nginx',
      logDir: '/p/.lede/cluster-logs',
    });
  });

  it('reads the environment', () => {
    const settings = serveClusterSettings(['--no-build'], { LEDE_INSTANCES: '3', LEDE_INSTANCE_PORT: '4111', LEDE_CLUSTER_PORT: '8181', REDIS_URL: 'redis://127.0.0.1:6380', LEDE_PUBLISH_SECRET: 'x'.repeat(32), SITE_URL: 'https://news.example' }, '/p');
    expect(settings).toMatchObject({ build: false, instances: 3, firstInstancePort: 4111, port: 8181, redisUrl: 'redis://127.0.0.1:6380', publishSecret: 'x'.repeat(32), siteUrl: 'https://news.example' });
  });

  it('follows the port into the default site address', () => expect(serveClusterSettings([], { LEDE_CLUSTER_PORT: '9090' }, '/p').siteUrl).toBe('http://localhost:9090'));

  it('refuses what it cannot run', () => {
    expect(() => serveClusterSettings(['--nobuild'], {}, '/p')).toThrow(/unknown flag --nobuild/);
    expect(() => serveClusterSettings([], { LEDE_INSTANCES: '0' }, '/p')).toThrow(/LEDE_INSTANCES/);
    expect(() => serveClusterSettings([], { LEDE_CLUSTER_PORT: 'http' }, '/p')).toThrow(/LEDE_CLUSTER_PORT/);
  });
});
