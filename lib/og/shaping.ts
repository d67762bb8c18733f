import type { SvgPathCommand } from 'harfbuzzjs';
import { visualRuns, type TextDirection } from './bidi';
import type { TextMeasurer } from './measure';

/**
 * Text shaping for scripts that Satori 0.19 (inside @vercel/og 0.9.0) sets
 * wrongly: it joins Arabic letters but puts the words of a right-to-left line
 * in left-to-right order. These lines are shaped here instead, with HarfBuzz
 * (the shaper Chromium and Firefox use) after the Unicode bidi algorithm
 * (bidi.ts), and handed to Satori as finished outlines (an SVG path), so it
 * never sees the text. Measuring and drawing use the same shaping, so a line
 * fitted to a box is exactly as wide when drawn.
 */

type HarfBuzz = typeof import('harfbuzzjs');

/** One glyph of a shaped line, in font units: x from the line's left edge, y up from the baseline. */
export interface PlacedGlyph {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

export interface ShapedLine {
  /** Advance width of the whole line, font units. */
  readonly width: number;
  /** Left to right, as drawn. */
  readonly glyphs: readonly PlacedGlyph[];
}

export interface ShapingFont {
  readonly unitsPerEm: number;
  /** hhea ascender and descender (descender negative), font units: what a browser's line box uses. */
  readonly ascender: number;
  readonly descender: number;
  /** Shapes one line of text set in `direction` (the paragraph direction; runs inside may go the other way). */
  shape(line: string, direction: TextDirection): ShapedLine;
  /** A TextMeasurer for fitHeadline: widths of whole shaped lines. */
  measurer(direction: TextDirection): TextMeasurer;
  /** SVG path data of a shaped line at `fontSize` px, its left edge at `x`, its baseline at `baseline` (y down). */
  path(line: ShapedLine, fontSize: number, x: number, baseline: number): string;
}

let harfBuzz: Promise<HarfBuzz> | undefined;

/**
 * harfbuzzjs is an ES module that instantiates its WebAssembly with a
 * top-level await: imported on first use, so an English card never loads it.
 */
function loadHarfBuzz(): Promise<HarfBuzz> {
  harfBuzz ??= import('harfbuzzjs');
  return harfBuzz;
}

/** As measure.ts: lines are shaped many times over while fitting; the cap bounds a long-running server. */
const cacheLimit = 4096;

/** ZWNJ and ZWJ: the shaper acts on them and draws nothing, whether or not the font maps them. */
const joiners = new Set(['\u200C', '\u200D']);

const round = (value: number): string => String(Math.round(value * 100) / 100);

export async function createShapingFont(data: Uint8Array): Promise<ShapingFont> {
  const hb = await loadHarfBuzz();
  const font = new hb.Font(new hb.Face(new hb.Blob(data)));
  const unitsPerEm = font.face.upem;
  const extents = font.hExtents();
  const shapedCache = new Map<string, ShapedLine>();
  const outlines = new Map<number, SvgPathCommand[]>();

  function shape(line: string, direction: TextDirection): ShapedLine {
    const key = `${direction}|${line}`;
    const cached = shapedCache.get(key);
    if (cached) return cached;
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    for (const run of visualRuns(line, direction)) {
      const buffer = new hb.Buffer();
      // The whole line is the context, the run is what gets shaped: letters join across nothing they should not.
      buffer.addText(line, run.start, run.end - run.start);
      buffer.setDirection(run.direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
      // Script and language from the text; the direction set above is kept.
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      const positions = buffer.getGlyphPositions();
      // An RTL buffer comes back in visual order already: left to right, like the runs.
      buffer.getGlyphInfos().forEach((info, index) => {
        const position = positions[index]!;
        glyphs.push({ id: info.codepoint, x: pen + position.xOffset, y: position.yOffset });
        pen += position.xAdvance;
      });
    }
    const shaped = { width: pen, glyphs };
    if (shapedCache.size >= cacheLimit) shapedCache.clear();
    shapedCache.set(key, shaped);
    return shaped;
  }

  function outline(id: number): SvgPathCommand[] {
    let commands = outlines.get(id);
    if (!commands) {
      commands = font.glyphToJson(id);
      outlines.set(id, commands);
    }
    return commands;
  }

  return {
    unitsPerEm,
    ascender: extents.ascender,
    descender: extents.descender,
    shape,
    measurer: (direction) => ({
      measure: (text, fontSize) => (shape(text, direction).width * fontSize) / unitsPerEm,
      covers: (grapheme) => [...grapheme].every((char) => joiners.has(char) || font.nominalGlyph(char.codePointAt(0)!) !== undefined),
    }),
    path(line, fontSize, x, baseline) {
      const scale = fontSize / unitsPerEm;
      const parts: string[] = [];
      for (const glyph of line.glyphs) {
        for (const command of outline(glyph.id)) {
          // Values come in (x, y) pairs in font units, y up; SVG's y runs down.
          const values = command.values.map((value, i) =>
            i % 2 === 0 ? round(x + (glyph.x + value) * scale) : round(baseline - (glyph.y + value) * scale),
          );
          parts.push(command.type + values.join(' '));
        }
      }
      return parts.join('');
    },
  };
}
