import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/format/date';
import { CorrectionNotice } from './CorrectionNotice';

describe('CorrectionNotice', () => {
  const corrected = '2021-04-20T10:45:00+02:00';

  it('is a region named by its h2, with the text and the dated time', () => {
    const html = renderToStaticMarkup(<CorrectionNotice text="It weighs about 1.8 kilograms." corrected={corrected} />);
    expect(html).toMatch(/^<section [^>]*aria-labelledby="correction-heading"/);
    expect(html).toContain('<h2 id="correction-heading"');
    expect(html).toContain('>Correction</h2>');
    expect(html).toContain('>It weighs about 1.8 kilograms.</p>');
    expect(html).toContain(`Corrected <time dateTime="${corrected}">${formatDateTime(corrected)}</time>`);
  });

  it('shows markup in the text as text', () => {
    const html = renderToStaticMarkup(<CorrectionNotice text="<b>Wednesday</b>, not Tuesday" corrected={corrected} />);
    expect(html).toContain('&lt;b&gt;Wednesday&lt;/b&gt;, not Tuesday');
    expect(html).not.toContain('<b>');
  });
});
