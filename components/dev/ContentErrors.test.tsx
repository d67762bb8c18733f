import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from './ContentErrors';

const section = { file: 'content/articles/nato.mdx', line: 5, field: 'section', expected: 'one of the sections: world, economy', found: '"weather"' };
const body = { file: 'content/articles/nato.mdx', line: 31, field: 'body: no-expression', expected: 'no JavaScript expressions (curly braces)', found: '"{process.env.SECRET}"' };

describe('ContentErrors', () => {
  it('renders nothing without errors, as in production', () => {
    expect(renderToStaticMarkup(<ContentErrors errors={[]} />)).toBe('');
  });

  it('is an alert region named by its heading, listing file:line field and message as content:check words them', () => {
    const html = renderToStaticMarkup(<ContentErrors errors={[section, body]} />);
    expect(html).toMatch(/^<section [^>]*role="alert"[^>]*aria-labelledby="content-errors-heading"/);
    expect(html).toContain('<h2 id="content-errors-heading"');
    const text = html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '');
    expect(text).toContain('2 content errors in 1 file');
    expect(text).toContain('content/articles/nato.mdx:5 section: expected one of the sections: world, economy, found &quot;weather&quot;');
    expect(text).toContain('content/articles/nato.mdx:31 body: no-expression: expected no JavaScript expressions (curly braces), found &quot;{process.env.SECRET}&quot;');
  });

  it('shows markup in a found value as text', () => {
    const html = renderToStaticMarkup(<ContentErrors errors={[{ ...body, found: '"<script>alert(1)</script>"' }]} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
