import type { RtlCardLayout } from '../../lib/og';
import { frontLayout as L, ogSize, palette } from '../../lib/og/layout';
import { BrandPanel } from './BrandPanel';
import { RtlBrand } from './RtlBrand';
import { ShapedText } from './ShapedText';

type RtlFrontLayout = Extract<RtlCardLayout, { kind: 'front' }>;

/** FrontCard mirrored for right-to-left editions: brand panel on the left, text against the right edge. */
export function RtlFrontCard({ brand, kicker, title, description }: RtlFrontLayout) {
  const textColumnWidth = ogSize.width - L.panel.width;
  return (
    <div style={{ display: 'flex', flexDirection: 'row-reverse', width: ogSize.width, height: ogSize.height, backgroundColor: palette.paper }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-end',
          width: textColumnWidth,
          height: ogSize.height,
          paddingTop: L.padTop,
          paddingBottom: L.padBottom,
          paddingRight: L.padLeft,
          paddingLeft: L.padRight,
          borderTop: `8px solid ${palette.accent}`,
        }}
      >
        <div style={{ display: 'flex', height: L.brandRow, alignItems: 'flex-end' }}>
          <RtlBrand brand={brand} fontSize={56} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', marginTop: 'auto' }}>
          {kicker ? (
            <div style={{ display: 'flex', alignItems: 'center', height: L.kickerRow, marginBottom: L.gapAfterKicker }}>
              <ShapedText block={kicker} color={palette.accent} />
            </div>
          ) : null}
          <ShapedText block={title} color={palette.ink} />
          <div style={{ width: 96, height: 4, backgroundColor: palette.ink, marginTop: L.gapAfterTitle, marginBottom: 20 }} />
          <ShapedText block={description} color={palette.muted} />
        </div>
      </div>
      <BrandPanel width={L.panel.width} height={ogSize.height} dir="rtl" />
    </div>
  );
}
