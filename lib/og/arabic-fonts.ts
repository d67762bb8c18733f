import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createShapingFont, type ShapingFont } from './shaping';

/**
 * The Arabic-script fonts (Dari, Pashto, Arabic), TTF in assets/fonts with
 * their OFL texts. Both also cover Latin and Western digits, so a Latin name
 * or "2021" inside a headline is set in the same face with no fallback.
 */
export const arabicFontFiles = {
  /** Headlines and titles: a Naskh, the Arabic-script counterpart of the Latin cards' serif. */
  headline: 'noto-naskh-arabic-700.ttf',
  /** Kickers and labels, like Inter Bold on the Latin cards. */
  label: 'vazirmatn-700.ttf',
  /** Dates and descriptions, like Inter Regular. */
  body: 'vazirmatn-400.ttf',
} as const;

export type ArabicFonts = { readonly [Role in keyof typeof arabicFontFiles]: ShapingFont };

export function fontPath(file: string): string {
  // Not traced by the bundler (see fonts.ts); next.config.js includes assets/fonts in the standalone output.
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'assets', 'fonts', file);
}

async function readFonts(): Promise<ArabicFonts> {
  const roles = Object.keys(arabicFontFiles) as (keyof typeof arabicFontFiles)[];
  const fonts = await Promise.all(
    roles.map(async (role) => createShapingFont(new Uint8Array(await readFile(/* turbopackIgnore: true */ fontPath(arabicFontFiles[role]))))),
  );
  return Object.fromEntries(roles.map((role, i) => [role, fonts[i]!])) as unknown as ArabicFonts;
}

let loading: Promise<ArabicFonts> | undefined;

/**
 * Reads the fonts once per process, on the first right-to-left card: an
 * English or German card never reads them. A failed read is retried next time.
 */
export function loadArabicFonts(): Promise<ArabicFonts> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
