import { beforeAll, describe, expect, it } from 'vitest';
import { loadOgFonts, type OgFonts } from './fonts';

let fonts: OgFonts;
beforeAll(async () => {
  fonts = await loadOgFonts();
});

describe('createFontStackMeasurer (through loadOgFonts)', () => {
  it('scales linearly with the font size', () => {
    const at10 = fonts.serifBold.measure('Hamburg', 10);
    expect(at10).toBeGreaterThan(0);
    expect(fonts.serifBold.measure('Hamburg', 40)).toBeCloseTo(at10 * 4, 6);
  });

  it('kerns exactly as Satori does, which for these fonts is not at all', () => {
    // Satori's opentype.js reads only plain pair-adjustment `kern` lookups; these
    // files keep theirs in extension lookups, so Satori sets "AV" as A + V
    // (checked by rendering). Kerning here would under-measure. If this fails
    // after a font change, re-check against a render before relaxing it.
    for (const measurer of [fonts.serifBold, fonts.sansRegular, fonts.sansBold]) {
      expect(measurer.measure('AV', 100)).toBeCloseTo(measurer.measure('A', 100) + measurer.measure('V', 100), 6);
    }
  });

  it('measures latin-ext letters with the ext font instead of .notdef', () => {
    const { measure, covers } = fonts.serifBold;
    expect(covers('ğ')).toBe(true);
    expect(covers('ı')).toBe(true);
    // ğ is g with a breve: as wide as g in this design, and certainly not the .notdef box.
    expect(measure('ğ', 100)).toBeCloseTo(measure('g', 100), 0);
  });

  it('reports characters no shipped font covers', () => {
    expect(fonts.serifBold.covers('Ω')).toBe(false);
    expect(fonts.sansRegular.covers('🚀')).toBe(false);
    expect(fonts.sansRegular.covers('é')).toBe(true);
  });

  it('loads the fonts once per process', async () => {
    expect(await loadOgFonts()).toBe(fonts);
  });
});
