import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../fixtures/seo/articles';
import { OnwardLinks } from './OnwardLinks';

describe('OnwardLinks', () => {
  const story = (slug: string) => makeArticle({ slug, title: `Story ${slug}` });

  it('renders each tier as a region named by its h2, with a list of the same name', () => {
    const html = renderToStaticMarkup(
      <OnwardLinks
        tiers={[
          { kind: 'related', heading: 'Related stories', articles: [story('a')] },
          { kind: 'topic', heading: 'More on Floods', articles: [story('b'), story('c')] },
        ]}
      />,
    );
    expect(html).toContain('<section aria-labelledby="onward-related"');
    expect(html).toContain('<h2 id="onward-related"');
    expect(html).toContain('>Related stories</h2>');
    expect(html).toContain('aria-label="Related stories"');
    expect(html).toContain('<h2 id="onward-topic"');
    expect(html).toContain('aria-label="More on Floods"');
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(html).toContain('<h3');
  });

  it('renders nothing without tiers', () => {
    expect(renderToStaticMarkup(<OnwardLinks tiers={[]} />)).toBe('');
  });
});
