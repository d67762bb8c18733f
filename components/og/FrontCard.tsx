import type { FrontCardLayout } from '../../lib/og';
import { fontFamilies, frontLayout as L, frontTextWidth, ogSize, palette } from '../../lib/og/layout';
import { BrandPanel } from './BrandPanel';
import { FittedLines } from './FittedLines';
import { Wordmark } from './Wordmark';

/** 1200×630 card for the home page and section/topic fronts: no picture, the brand panel instead. */
export function FrontCard({ brand, kicker, title, description }: FrontCardLayout) {
  const textColumnWidth = ogSize.width - L.panel.width;
  return (
    <div style={{ display: 'flex', width: ogSize.width, height: ogSize.height, backgroundColor: palette.paper }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: textColumnWidth,
          height: ogSize.height,
          paddingTop: L.padTop,
          paddingBottom: L.padBottom,
          paddingLeft: L.padLeft,
          paddingRight: L.padRight,
          borderTop: `8px solid ${palette.accent}`,
        }}
      >
        <div style={{ display: 'flex', height: L.brandRow, alignItems: 'flex-end' }}>
          <Wordmark name={brand} fontSize={56} />
        </div>
        {/* Title block sits at the bottom: the wordmark on top, the message where the eye lands. */}
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
          {kicker ? (
            <div
              style={{
                display: 'flex',
                alignItems: 'center',
                height: L.kickerRow,
                marginBottom: L.gapAfterKicker,
                fontFamily: fontFamilies.sans,
                fontWeight: 700,
                fontSize: 22,
                letterSpacing: 2,
                color: palette.accent,
                whiteSpace: 'nowrap',
              }}
            >
              {kicker}
            </div>
          ) : null}
          <FittedLines
            fitted={title}
            width={frontTextWidth}
            height={title.lines.length * title.lineHeight}
            textStyle={{ fontFamily: fontFamilies.serif, fontWeight: 700, color: palette.ink }}
          />
          <div style={{ width: 96, height: 4, backgroundColor: palette.ink, marginTop: L.gapAfterTitle, marginBottom: 20 }} />
          <FittedLines
            fitted={description}
            width={frontTextWidth}
            height={L.descriptionHeight}
            textStyle={{ fontFamily: fontFamilies.sans, fontWeight: 400, color: palette.muted }}
          />
        </div>
      </div>
      <BrandPanel width={L.panel.width} height={ogSize.height} />
    </div>
  );
}
