import type { Font } from 'opentype.js';

/** Measures single-line text the way Satori will set it. */
export interface TextMeasurer {
  /** Advance width in px of `text` set on one line at `fontSize`, kerning applied. */
  measure(text: string, fontSize: number): number;
  /** Whether some font of the stack has a glyph for every code point of `grapheme`. */
  covers(grapheme: string): boolean;
}

/**
 * Widths are linear in the font size, so one cache at size 1 serves every size.
 * The fitter measures many growing prefixes of the same words; the cap keeps a
 * long-running server from growing the map without bound.
 */
const cacheLimit = 4096;

/**
 * A measurer over a stack of fonts tried in order per character, like CSS
 * `font-family: A, B`. The fontsource files are split by unicode range
 * (latin, latin-ext), so a headline with "ğ" needs two fonts, and Satori falls
 * back per character in the same order when both are listed in `fontFamily`.
 */
export function createFontStackMeasurer(fonts: readonly Font[]): TextMeasurer {
  if (fonts.length === 0) throw new Error('createFontStackMeasurer needs at least one font');
  const unitWidths = new Map<string, number>();
  const fontForChar = new Map<string, Font | null>();

  function fontFor(char: string): Font | null {
    let font = fontForChar.get(char);
    if (font === undefined) {
      font = fonts.find((candidate) => candidate.charToGlyphIndex(char) > 0) ?? null;
      fontForChar.set(char, font);
    }
    return font;
  }

  /**
   * Advance widths plus pair kerning, per font run (kerning applies inside a
   * run only), in ems. Done by hand rather than with Font.getAdvanceWidth:
   * opentype.js 2.0 runs the font's `ccmp` lookups there and throws on a
   * lookup type Inter uses. Ligatures are not applied; Satori applies `liga`,
   * and Source Serif's ligatures (fi, fl, ff, ffi, ffl) are narrower than
   * their letters, so the measure errs on the safe side.
   */
  function measureAtUnitSize(text: string): number {
    const cached = unitWidths.get(text);
    if (cached !== undefined) return cached;
    let units = 0;
    let previous: { font: Font; index: number } | null = null;
    for (const char of text) {
      // A character no font covers is measured with the first font's .notdef,
      // as Satori would draw it; callers strip such characters beforehand.
      const font = fontFor(char) ?? fonts[0]!;
      const glyph = font.charToGlyph(char);
      if (previous && previous.font === font) units += font.getKerningValue(previous.index, glyph.index) / font.unitsPerEm;
      units += (glyph.advanceWidth ?? 0) / font.unitsPerEm;
      previous = { font, index: glyph.index };
    }
    if (unitWidths.size >= cacheLimit) unitWidths.clear();
    unitWidths.set(text, units);
    return units;
  }

  return {
    measure: (text, fontSize) => measureAtUnitSize(text) * fontSize,
    covers: (grapheme) => [...grapheme].every((char) => fontFor(char) !== null),
  };
}
