import type { ShapedBlock } from '../../lib/og';

interface ShapedTextProps {
  readonly block: ShapedBlock;
  readonly color: string;
}

/**
 * Text shaped by lib/og/rtl.ts, drawn as its outline: Satori only places the
 * SVG. The box is the block's own size; the SVG reaches `bleed` beyond it at
 * top and bottom (negative margins) so tall letters and dots are not clipped.
 */
export function ShapedText({ block, color }: ShapedTextProps) {
  const svgHeight = block.height + block.bleed * 2;
  return (
    <div style={{ display: 'flex', width: block.width, height: block.height }}>
      <svg
        width={block.width}
        height={svgHeight}
        viewBox={`0 0 ${block.width} ${svgHeight}`}
        style={{ marginTop: -block.bleed, marginBottom: -block.bleed }}
      >
        <path d={block.d} fill={color} />
      </svg>
    </div>
  );
}
