import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PreviewBanner } from './PreviewBanner';

describe('PreviewBanner', () => {
  const exitHref = '/api/preview/exit?to=%2Fworld%2Fnew-story';

  it('is a region named by its text, with no heading, and a plain exit link', () => {
    const html = renderToStaticMarkup(<PreviewBanner unpublished exitHref={exitHref} />);
    expect(html).toMatch(/^<section [^>]*aria-labelledby="preview-banner-text"/);
    expect(html).toContain('<p id="preview-banner-text"');
    expect(html).toContain('>Preview — not published</p>');
    expect(html).toContain(`href="${exitHref}"`);
    expect(html).toContain('>Exit preview</a>');
    expect(html).not.toMatch(/<h[1-6]/);
  });

  it('says so when nothing unpublished is shown', () => {
    const html = renderToStaticMarkup(<PreviewBanner unpublished={false} exitHref={exitHref} />);
    expect(html).toContain('no unpublished changes');
    expect(html).not.toContain('not published');
  });
});
