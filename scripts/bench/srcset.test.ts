import { describe, expect, it } from 'vitest';
import { chosenImageUrl, parseSrcset, PHONE_390_DPR2, pickCandidate, slotWidth } from './srcset';

const nextSrcset = [256, 360, 384, 480, 640, 750, 828, 1080, 1280, 1600].map((w) => `/_next/image?url=%2Fa.jpg&w=${w}&q=75 ${w}w`).join(', ');

describe('parseSrcset', () => {
  it('reads width and density descriptors', () => {
    expect(parseSrcset('a.jpg 480w, b.jpg 960w')).toEqual([
      { url: 'a.jpg', width: 480 },
      { url: 'b.jpg', width: 960 },
    ]);
    expect(parseSrcset('a.jpg, b.jpg 2x')).toEqual([
      { url: 'a.jpg', density: 1 },
      { url: 'b.jpg', density: 2 },
    ]);
  });

  it('keeps commas that are part of a URL', () => {
    expect(parseSrcset('/img?crop=1,2 100w, /img?crop=3,4 200w').map((c) => c.url)).toEqual(['/img?crop=1,2', '/img?crop=3,4']);
  });
});

describe('slotWidth', () => {
  const heroSizes = '(min-width: 76rem) 720px, (min-width: 48rem) 66vw, 100vw';
  it('takes the first matching media condition', () => {
    expect(slotWidth(heroSizes, PHONE_390_DPR2)).toBe(390);
    expect(slotWidth(heroSizes, { width: 1000, devicePixelRatio: 1 })).toBeCloseTo(660);
    expect(slotWidth(heroSizes, { width: 1440, devicePixelRatio: 1 })).toBe(720);
    expect(slotWidth('8rem', PHONE_390_DPR2)).toBe(128);
  });

  it('assumes 100vw without sizes', () => {
    expect(slotWidth(undefined, PHONE_390_DPR2)).toBe(390);
  });
});

describe('pickCandidate', () => {
  it('takes the smallest candidate that covers 780 device pixels on a 390 px phone at DPR 2', () => {
    expect(chosenImageUrl({ srcSet: nextSrcset, sizes: '100vw' }, PHONE_390_DPR2)).toBe('/_next/image?url=%2Fa.jpg&w=828&q=75');
  });

  it('takes the largest when none is big enough', () => {
    expect(pickCandidate(parseSrcset('a 300w, b 600w'), 390, PHONE_390_DPR2)?.url).toBe('b');
  });

  it('falls back to src without a srcset', () => {
    expect(chosenImageUrl({ src: '/a.jpg' }, PHONE_390_DPR2)).toBe('/a.jpg');
  });
});
