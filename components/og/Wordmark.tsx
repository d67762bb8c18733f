import { fontFamilies, palette } from '../../lib/og/layout';

interface WordmarkProps {
  readonly name: string;
  readonly fontSize: number;
  /** Wordmark colour; the full stop is always the accent. */
  readonly color?: string;
}

/** The brand as a serif wordmark with a square red full stop: "Lede■". */
export function Wordmark({ name, fontSize, color = palette.ink }: WordmarkProps) {
  const dot = Math.round(fontSize * 0.2);
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end' }}>
      <div style={{ fontFamily: fontFamilies.serif, fontWeight: 700, fontSize, lineHeight: 1, color, letterSpacing: -0.5 }}>
        {name}
      </div>
      <div
        style={{
          width: dot,
          height: dot,
          marginLeft: Math.round(dot * 0.45),
          // Sits on the baseline like a full stop: the serif's descender is about 0.18 of the size.
          marginBottom: Math.round(fontSize * 0.2),
          backgroundColor: palette.accent,
        }}
      />
    </div>
  );
}
