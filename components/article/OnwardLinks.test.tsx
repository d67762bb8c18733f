import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../lib/content/types';
import { OnwardLinks } from './OnwardLinks';

describe('OnwardLinks', () => {
  // Written out here: components' tests may not import fixtures/ (the import boundaries).
  const story = (slug: string): ArticleSummary => ({
    slug,
    file: `articles/${slug}.mdx`,
    title: `Story ${slug}`,
    teaser: 'A teaser.',
    published: '2024-05-01T10:00:00+02:00',
    section: 'world',
    topics: [{ name: 'Floods', slug: 'floods' }],
    authors: ['ab'],
    sources: [],
    image: { src: '/images/articles/fixture.jpg', alt: 'A test picture', credit: 'Lede graphics', width: 1600, height: 900 },
    lang: 'en',
    related: [],
    draft: false,
  });

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
