import { describe, expect, it } from 'vitest';
import { budgetViolations, LIMITS } from './budgets';
import type { PageWeight } from './page-weight';

const heroImage = { url: 'hero', bytes: 20_000, contentType: 'image/webp', lazy: false, priority: true };

const within: PageWeight = {
  url: 'http://x/world/story',
  html: { url: 'http://x/world/story', bytes: 60_000, gzipBytes: 12_000 },
  css: [{ url: 'a.css', bytes: 14_000, gzipBytes: 4_000 }],
  js: [{ url: 'main.js', bytes: 400_000, gzipBytes: LIMITS.jsGzipBytes - 1, owner: 'framework' }],
  inlineScriptBytes: 30_000,
  fonts: [{ url: 'serif.woff2', bytes: 40_000 }],
  fontPreloads: 1,
  images: [heroImage],
  hero: heroImage,
  assets: { scripts: [], stylesheets: [], inlineStyles: [], preloads: [], images: [] },
};

describe('budgetViolations', () => {
  it('passes a page within every budget', () => {
    expect(budgetViolations(within, 'article')).toEqual([]);
  });

  it('catches first-party or unaccounted scripts on an article, but not on a front', () => {
    const page = { ...within, js: [...within.js.map((j) => ({ ...j, gzipBytes: 100 })), { url: 'share.js', bytes: 10, gzipBytes: 5, owner: 'first-party' as const }, { url: 'x.js', bytes: 10, gzipBytes: 5, owner: 'unknown' as const }] };
    expect(budgetViolations(page, 'article')).toEqual([expect.stringContaining('share.js (first-party, 5 B), x.js (unknown, 5 B)')]);
    expect(budgetViolations(page, 'front')).toEqual([]);
  });

  it('catches each byte budget going over by one byte', () => {
    const over = (patch: Partial<PageWeight>) => budgetViolations({ ...within, ...patch }, 'article');
    expect(over({ js: [{ url: 'main.js', bytes: 1, gzipBytes: LIMITS.jsGzipBytes + 1, owner: 'framework' }] })).toEqual([expect.stringContaining('gzipped JS')]);
    expect(over({ css: [{ url: 'a.css', bytes: 1, gzipBytes: LIMITS.cssGzipBytes + 1 }] })).toEqual([expect.stringContaining('gzipped CSS')]);
    expect(over({ html: { url: 'h', bytes: 1, gzipBytes: LIMITS.articleHtmlGzipBytes + 1 } })).toEqual([expect.stringContaining('gzipped HTML')]);
    const hero = { url: 'hero', bytes: LIMITS.heroImageBytes + 1, contentType: 'image/webp', lazy: false, priority: true };
    expect(over({ hero })).toEqual([expect.stringContaining('390 px phone')]);
    expect(over({ fonts: [{ url: 'big.woff2', bytes: LIMITS.fontFileBytes + 1 }] })).toEqual([expect.stringContaining('big.woff2')]);
    expect(over({ fontPreloads: LIMITS.fontPreloads + 1 })).toEqual([expect.stringContaining('fonts preloaded')]);
  });

  it('wants a modern format and a hero at all on articles', () => {
    expect(budgetViolations({ ...within, hero: { ...heroImage, contentType: 'image/jpeg' } }, 'article')).toEqual([expect.stringContaining('not AVIF or WebP')]);
    const { hero: _hero, ...noHero } = within;
    expect(budgetViolations(noHero, 'article')).toEqual([expect.stringContaining('no high-priority hero')]);
    expect(budgetViolations({ ...noHero, html: { ...within.html, gzipBytes: 99_999 } }, 'front')).toEqual([]);
  });
});
