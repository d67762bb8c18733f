import { describe, expect, it } from 'vitest';
import { allowedComponents, isAllowedComponent, isSafeUrl } from './allowed-components';

describe('isSafeUrl', () => {
  it.each(['/world/a-story', '#section', 'https://example.org/x', 'http://example.org', 'mailto:desk@example.org'])('allows %s', (url) =>
    expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'file:///etc/passwd'])(
    'rejects %s',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});

describe('allowedComponents', () => {
  it('knows exactly the four newsroom components', () => {
    expect(Object.keys(allowedComponents).sort()).toEqual(['FactBox', 'Figure', 'MediaTeaser', 'Quote']);
    expect(isAllowedComponent('toString')).toBe(false);
    expect(isAllowedComponent('script')).toBe(false);
  });

  it('requires alt text and a credit on figures', () => {
    expect(allowedComponents.Figure.safeParse({ src: '/images/a.jpg', alt: '', credit: 'x' }).success).toBe(false);
    expect(allowedComponents.Figure.safeParse({ src: '/images/a.jpg', alt: 'a map', credit: 'x' }).success).toBe(true);
  });

  it('rejects unknown media kinds and props', () => {
    expect(allowedComponents.MediaTeaser.safeParse({ title: 't', kind: 'podcast', href: '/x' }).success).toBe(false);
    expect(allowedComponents.Quote.safeParse({ by: 'x', style: 'color: red' }).success).toBe(false);
  });
});
