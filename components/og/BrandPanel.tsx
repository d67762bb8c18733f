import { palette } from '../../lib/og/layout';

interface BrandPanelProps {
  readonly width: number;
  readonly height: number;
  /** "rtl" mirrors the pattern: a right-to-left front page starts at the right. */
  readonly dir?: 'ltr' | 'rtl';
}

/** Widths (share of a column) of the "text" bars: fixed, so every card looks the same. */
const columnBars: readonly (readonly number[])[] = [
  [1, 0.92, 1, 0.85, 1, 0.6, 0, 1, 0.95, 1, 0.7, 0, 1, 0.88, 1, 0.5],
  [0.96, 1, 0.9, 1, 0.45, 0, 1, 1, 0.82, 1, 0.93, 0.4, 0, 1, 0.9, 1],
];

/**
 * The brand pattern: an abstract front page in ink, with a red lead bar, a
 * headline block and two columns of "type", for cards without a picture.
 */
export function BrandPanel({ width, height, dir = 'ltr' }: BrandPanelProps) {
  // Left-to-right: as before, nothing set (the English cards stay byte for byte the same).
  const mirrored = dir === 'rtl' ? ({ alignItems: 'flex-end' } as const) : {};
  const pad = 48;
  const gap = 24;
  const columnWidth = Math.floor((width - pad * 2 - gap) / 2);
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width,
        height,
        padding: pad,
        backgroundColor: palette.panel,
        overflow: 'hidden',
        ...mirrored,
      }}
    >
      <div style={{ width: 72, height: 10, backgroundColor: palette.accent, marginBottom: 28 }} />
      <div style={{ width: width - pad * 2, height: 22, backgroundColor: '#4a4a4a', marginBottom: 14 }} />
      <div style={{ width: Math.round((width - pad * 2) * 0.7), height: 22, backgroundColor: '#4a4a4a', marginBottom: 40 }} />
      <div style={{ display: 'flex', gap, ...(dir === 'rtl' ? ({ flexDirection: 'row-reverse' } as const) : {}) }}>
        {columnBars.map((bars, column) => (
          <div key={column} style={{ display: 'flex', flexDirection: 'column', width: columnWidth, ...mirrored }}>
            {bars.map((share, row) => (
              <div
                key={row}
                style={{
                  width: Math.round(columnWidth * share),
                  height: 8,
                  marginBottom: 14,
                  backgroundColor: share === 0 ? 'transparent' : palette.panelLine,
                }}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
