import type { CSSProperties } from 'react';
import type { FittedHeadline } from '../../lib/og/fit-headline';

interface FittedLinesProps {
  readonly fitted: FittedHeadline;
  /** Font family, weight and colour of the lines. */
  readonly textStyle: CSSProperties;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws the lines fitHeadline chose, one block each with `nowrap`, so Satori
 * sets exactly those lines instead of wrapping the text again by its own measure.
 */
export function FittedLines({ fitted, textStyle, width, height }: FittedLinesProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width, height }}>
      {fitted.lines.map((line, index) => (
        <div
          // Lines can repeat ("Go, go, go"): the index is the identity here.
          key={index}
          style={{
            ...textStyle,
            display: 'flex',
            fontSize: fitted.fontSize,
            lineHeight: `${fitted.lineHeight}px`,
            height: fitted.lineHeight,
            whiteSpace: 'nowrap',
          }}
        >
          {line}
        </div>
      ))}
    </div>
  );
}
