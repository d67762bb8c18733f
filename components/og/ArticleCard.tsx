import type { ArticleCardLayout } from '../../lib/og';
import { articleColumnWidth, articleHeadlineBox, articleLayout as L, fontFamilies, ogSize, palette } from '../../lib/og/layout';
import { BrandPanel } from './BrandPanel';
import { FittedLines } from './FittedLines';
import { Wordmark } from './Wordmark';

/**
 * 1200×630 article card: wordmark at the top of the text column; kicker,
 * fitted serif headline and date at its foot; the hero on the right.
 */
export function ArticleCard({ brand, kicker, headline, date, heroSrc, heroAlt }: ArticleCardLayout) {
  return (
    <div style={{ display: 'flex', width: ogSize.width, height: ogSize.height, backgroundColor: palette.paper }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: articleColumnWidth, height: ogSize.height }}>
        <div style={{ height: L.topRule, backgroundColor: palette.accent }} />
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            height: ogSize.height - L.topRule,
            paddingTop: L.padTop,
            paddingBottom: L.padBottom,
            paddingLeft: L.padLeft,
            paddingRight: L.padRight,
          }}
        >
          <div style={{ display: 'flex', height: L.brandRow, alignItems: 'flex-end' }}>
            <Wordmark name={brand} fontSize={48} />
          </div>
          {/* Pushed to the foot: a short headline sits by its date instead of floating under the kicker. */}
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
            <div
              style={{
                display: 'flex',
                alignItems: 'center',
                height: L.kickerRow,
                fontFamily: fontFamilies.sans,
                fontWeight: 700,
                fontSize: 21,
                letterSpacing: 2,
                color: palette.accent,
                whiteSpace: 'nowrap',
              }}
            >
              {kicker}
            </div>
            <div style={{ display: 'flex', marginTop: L.gapAfterKicker }}>
              <FittedLines
                fitted={headline}
                width={articleHeadlineBox.width}
                height={headline.lines.length * headline.lineHeight}
                textStyle={{ fontFamily: fontFamilies.serif, fontWeight: 700, color: palette.ink }}
              />
            </div>
            <div
              style={{
                display: 'flex',
                alignItems: 'flex-end',
                height: L.footerRow,
                marginTop: L.gapBeforeFooter,
                fontFamily: fontFamilies.sans,
                fontWeight: 400,
                fontSize: 22,
                color: palette.muted,
                whiteSpace: 'nowrap',
              }}
            >
              {date}
            </div>
          </div>
        </div>
      </div>
      {heroSrc ? (
        // Satori needs the size on <img>; the alt does nothing in pixels but keeps the markup honest.
        <img src={heroSrc} alt={heroAlt} width={L.hero.width} height={L.hero.height} />
      ) : (
        <BrandPanel width={L.hero.width} height={L.hero.height} />
      )}
    </div>
  );
}
