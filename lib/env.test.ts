import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_PRERENDER_COUNT, DEFAULT_NEWS_WINDOW_HOURS, DEFAULT_PRERENDER_COUNT, readEnv } from './env';

describe('readEnv', () => {
  it('gives every default when nothing is set, and treats empty as unset', () => {
    const defaults = {
      siteUrl: 'http://localhost:3000',
      contentDir: 'content',
      prerenderCount: DEFAULT_PRERENDER_COUNT,
      cardPrerenderCount: DEFAULT_CARD_PRERENDER_COUNT,
      buildWorkers: undefined,
      newsWindowHours: DEFAULT_NEWS_WINDOW_HOURS,
      compileCache: true,
      compileCacheDir: undefined,
      liveDir: '.lede/live',
      redisPrefix: 'lede:',
      purgeUrls: [],
    };
    expect(readEnv({})).toEqual(defaults);
    expect(readEnv({ SITE_URL: '', LEDE_PRERENDER_COUNT: ' ', LEDE_NEWS_WINDOW_HOURS: '', LEDE_BUILD_WORKERS: '' })).toEqual(defaults);
    expect(DEFAULT_PRERENDER_COUNT).toBe(1000);
    expect(DEFAULT_NEWS_WINDOW_HOURS).toBe(48);
  });

  it('reads what is set', () => {
    expect(
      readEnv({
        SITE_URL: 'https://news.example/',
        LEDE_CONTENT_DIR: '/srv/content',
        LEDE_PRERENDER_COUNT: '250',
        LEDE_PRERENDER_CARDS: '0',
        LEDE_BUILD_WORKERS: '3',
        LEDE_NEWS_WINDOW_HOURS: '100000',
        LEDE_COMPILE_CACHE: '0',
        LEDE_COMPILE_CACHE_DIR: '/tmp/mdx',
        LEDE_LIVE_DIR: '/srv/live',
        REDIS_URL: 'redis://10.0.0.5:6379',
        LEDE_REDIS_PREFIX: 'news:',
        LEDE_PURGE_URL: 'http://127.0.0.1:8080/, https://cdn.example',
      }),
    ).toEqual({
      siteUrl: 'https://news.example',
      contentDir: '/srv/content',
      prerenderCount: 250,
      cardPrerenderCount: 0,
      buildWorkers: 3,
      newsWindowHours: 100_000,
      compileCache: false,
      compileCacheDir: '/tmp/mdx',
      liveDir: '/srv/live',
      redisUrl: 'redis://10.0.0.5:6379',
      redisPrefix: 'news:',
      purgeUrls: ['http://127.0.0.1:8080', 'https://cdn.example'],
    });
  });

  it.each([
    ['LEDE_PRERENDER_COUNT', '-1'],
    ['LEDE_PRERENDER_COUNT', '1.5'],
    ['LEDE_PRERENDER_COUNT', 'all'],
    ['LEDE_PRERENDER_COUNT', '1e3'],
    ['LEDE_PRERENDER_CARDS', 'lots'],
    ['LEDE_BUILD_WORKERS', 'many'],
    ['LEDE_NEWS_WINDOW_HOURS', 'two days'],
    ['LEDE_NEWS_WINDOW_HOURS', '0'],
    ['LEDE_NEWS_WINDOW_HOURS', '-5'],
    ['LEDE_COMPILE_CACHE', 'off'],
    ['SITE_URL', 'news.example'],
    ['SITE_URL', 'ftp://news.example'],
    ['REDIS_URL', 'localhost:6379'],
    ['LEDE_PURGE_URL', 'nginx'],
  ])('stops on %s=%s with a message naming the variable and the value', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name} must be .*, not "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  });

  it('names every wrong variable at once', () => {
    expect(() => readEnv({ LEDE_PRERENDER_COUNT: 'x', LEDE_BUILD_WORKERS: 'y' })).toThrow(/LEDE_PRERENDER_COUNT[\s\S]*LEDE_BUILD_WORKERS/);
  });
});
