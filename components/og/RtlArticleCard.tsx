import type { RtlCardLayout } from '../../lib/og';
import { articleColumnWidth, articleLayout as L, ogSize, palette } from '../../lib/og/layout';
import { BrandPanel } from './BrandPanel';
import { RtlBrand } from './RtlBrand';
import { ShapedText } from './ShapedText';

type RtlArticleLayout = Extract<RtlCardLayout, { kind: 'article' }>;

/**
 * ArticleCard mirrored for right-to-left editions: the picture on the left,
 * the text column on the right with everything against its right edge (the
 * start of a line), paddings swapped. Text comes shaped (lib/og/rtl.ts).
 */
export function RtlArticleCard({ brand, kicker, headline, date, heroSrc, heroAlt }: RtlArticleLayout) {
  return (
    <div style={{ display: 'flex', flexDirection: 'row-reverse', width: ogSize.width, height: ogSize.height, backgroundColor: palette.paper }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: articleColumnWidth, height: ogSize.height }}>
        <div style={{ height: L.topRule, backgroundColor: palette.accent }} />
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'flex-end',
            height: ogSize.height - L.topRule,
            paddingTop: L.padTop,
            paddingBottom: L.padBottom,
            // The inline start is on the right: the wider margin goes there.
            paddingRight: L.padLeft,
            paddingLeft: L.padRight,
          }}
        >
          <div style={{ display: 'flex', height: L.brandRow, alignItems: 'flex-end' }}>
            <RtlBrand brand={brand} fontSize={48} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', marginTop: 'auto' }}>
            <div style={{ display: 'flex', alignItems: 'center', height: L.kickerRow }}>
              <ShapedText block={kicker} color={palette.accent} />
            </div>
            <div style={{ display: 'flex', marginTop: L.gapAfterKicker }}>
              <ShapedText block={headline} color={palette.ink} />
            </div>
            <div style={{ display: 'flex', alignItems: 'flex-end', height: L.footerRow, marginTop: L.gapBeforeFooter }}>
              <ShapedText block={date} color={palette.muted} />
            </div>
          </div>
        </div>
      </div>
      {heroSrc ? (
        <img src={heroSrc} alt={heroAlt} width={L.hero.width} height={L.hero.height} />
      ) : (
        <BrandPanel width={L.hero.width} height={L.hero.height} dir="rtl" />
      )}
    </div>
  );
}
