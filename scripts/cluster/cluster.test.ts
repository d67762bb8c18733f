import { describe, expect, it } from 'vitest';
import { instanceEnv } from './cluster';

describe('instanceEnv', () => {
  it('gives every instance the shared Redis and, with a front cache, where to purge', () => {
    expect(instanceEnv('redis://127.0.0.1:6379', 'http://127.0.0.1:8080', { LEDE_PUBLISH_SECRET: 's' })).toEqual({
      LEDE_PUBLISH_SECRET: 's',
      REDIS_URL: 'redis://127.0.0.1:6379',
      LEDE_PURGE_URL: 'http://127.0.0.1:8080',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  });

  it('sends no purges without a cache to purge, and cannot be talked out of the shared Redis', () => {
    expect(instanceEnv('redis://127.0.0.1:4190', undefined, { REDIS_URL: 'redis://elsewhere:1' })).toEqual({ REDIS_URL: 'redis://127.0.0.1:4190', NEXT_TELEMETRY_DISABLED: '1' });
  });
});
