import { describe, expect, it, vi } from 'vitest';
import { prepareCard } from './index';

describe('prepareCard', () => {
  it('lays out an article card: upper-case kicker, date in the site zone, brand panel when the picture is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { layout, fonts } = await prepareCard(
      { kind: 'article', title: 'Talks resume', sectionName: 'World', published: '2024-12-31T23:30:00Z', imageSrc: '/images/articles/none.jpg', imageAlt: 'A map' },
      { publicDir: '/nonexistent' },
    );
    expect(layout).toMatchObject({ kind: 'article', brand: 'Lede', kicker: 'WORLD', date: '1 January 2025', heroSrc: null, heroAlt: 'A map' });
    expect(layout.kind === 'article' && layout.headline.lines.join(' ')).toBe('Talks resume');
    expect(fonts.length).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  }, 30_000);

  it('lays out a front card, with no kicker on the home card', async () => {
    const { layout } = await prepareCard({ kind: 'front', title: 'Independent news', description: 'Every story.' });
    expect(layout).toMatchObject({ kind: 'front', kicker: '' });
    expect(layout.kind === 'front' && [layout.title.lines.join(' '), layout.description.lines.join(' ')]).toEqual(['Independent news', 'Every story.']);
  }, 30_000);
});
