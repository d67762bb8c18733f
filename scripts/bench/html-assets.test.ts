import { describe, expect, it } from 'vitest';
import { decodeEntities, fontFaceSources, pageAssets, parseAttributes } from './html-assets';

const html = `<!DOCTYPE html><html><head>
<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fa.jpg&amp;w=828&amp;q=75 828w" imageSizes="100vw" fetchPriority="high"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<style data-precedence="next" data-href="/_next/static/chunks/b.css">.b{color:red}</style>
<link rel="preload" href="/fonts/serif.woff2" as="font" type="font/woff2" crossorigin=""/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body>
<img alt="A map &amp; a panel" fetchPriority="high" srcSet="/_next/image?url=%2Fa.jpg&amp;w=828&amp;q=75 828w" sizes="100vw" src="/x.jpg"/>
<img alt="" loading="lazy" src="/y.jpg">
<script>self.__next_f.push([1,"x"])</script>
</body></html>`;

describe('pageAssets', () => {
  const assets = pageAssets(html);

  it('lists scripts, marking nomodule ones and measuring inline ones', () => {
    expect(assets.scripts).toEqual([
      { src: '/_next/static/chunks/main.js', noModule: false, inlineBytes: 0 },
      { src: '/_next/static/chunks/polyfills.js', noModule: true, inlineBytes: 0 },
      { noModule: false, inlineBytes: Buffer.byteLength(`self.__next_f.push([1,"x"])`) },
    ]);
  });

  it('lists stylesheets and preloads, decoding entities and ignoring attribute case', () => {
    expect(assets.stylesheets).toEqual(['/_next/static/chunks/a.css']);
    expect(assets.inlineStyles).toEqual(['.b{color:red}']);
    expect(assets.preloads.map((p) => p.as)).toEqual(['image', 'font']);
    expect(assets.preloads[0]?.imageSrcSet).toBe('/_next/image?url=%2Fa.jpg&w=828&q=75 828w');
    expect(assets.preloads[1]?.href).toBe('/fonts/serif.woff2');
  });

  it('lists images with their srcset, sizes and priority', () => {
    expect(assets.images[0]).toMatchObject({ alt: 'A map & a panel', fetchPriority: 'high', sizes: '100vw', src: '/x.jpg' });
    expect(assets.images[1]).toMatchObject({ loading: 'lazy', src: '/y.jpg' });
  });
});

describe('helpers', () => {
  it('decodes the entities React writes', () => {
    expect(decodeEntities('NATO&#x27;s &amp; &lt;b&gt; &#39;x&#39; &#8212;')).toBe("NATO's & <b> 'x' \u2014");
  });

  it('reads unquoted and bare attributes', () => {
    expect([...parseAttributes('<script async src=/a.js nomodule>')]).toEqual([
      ['async', ''],
      ['src', '/a.js'],
      ['nomodule', ''],
    ]);
  });

  it('finds web font files in @font-face rules, skipping inline data', () => {
    const css = `@font-face{font-family:S;src:url(/f/s.woff2) format("woff2"),url('/f/s.woff') format("woff")}
      @font-face{font-family:T;src:url("data:font/woff2;base64,AA")} .a{background:url(/bg.png)}`;
    expect(fontFaceSources(css)).toEqual(['/f/s.woff2', '/f/s.woff']);
  });
});
