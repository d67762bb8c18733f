import { describe, expect, it } from 'vitest';
import { goneRewritePath, goneStoryAt } from './gone';

const gone = new Map([['old-story', { slug: 'old-story', section: 'world', at: '2026-01-01T00:00:00Z' }]]);

describe('goneStoryAt', () => {
  it('finds a story taken down at its address and at its share cards', () => {
    expect(goneStoryAt('/world/old-story', gone)?.slug).toBe('old-story');
    expect(goneStoryAt('/world/old-story/opengraph-image', gone)?.slug).toBe('old-story');
    expect(goneStoryAt('/world/old-story/twitter-image', gone)?.slug).toBe('old-story');
  });

  it('leaves other addresses alone', () => {
    expect(goneStoryAt('/sport/old-story', gone)).toBeUndefined();
    expect(goneStoryAt('/world/other-story', gone)).toBeUndefined();
    expect(goneStoryAt('/world/old-story/extra', gone)).toBeUndefined();
    expect(goneStoryAt('/world', gone)).toBeUndefined();
    expect(goneStoryAt('/', gone)).toBeUndefined();
  });

  it('rewrites to the gone page', () => {
    expect(goneRewritePath({ slug: 'old-story', section: 'world', at: '' })).toBe('/gone/old-story');
  });
});
