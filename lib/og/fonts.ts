import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as opentype from 'opentype.js';
import type { Font } from 'opentype.js';
import { createFontStackMeasurer, type TextMeasurer } from './measure';

type Weight = 400 | 700;

interface FontFile {
  readonly name: string;
  readonly weight: Weight;
  readonly file: string;
}

/**
 * Everything in assets/fonts the cards use (OFL texts sit beside them), under
 * the family names of `fontFamilies` in layout.ts.
 */
const fontFiles: readonly FontFile[] = [
  { name: 'Lede Serif', weight: 700, file: 'source-serif-4-latin-700-normal.woff' },
  { name: 'Lede Serif Ext', weight: 700, file: 'source-serif-4-latin-ext-700-normal.woff' },
  { name: 'Lede Sans', weight: 400, file: 'inter-latin-400-normal.woff' },
  { name: 'Lede Sans', weight: 700, file: 'inter-latin-700-normal.woff' },
  { name: 'Lede Sans Ext', weight: 400, file: 'inter-latin-ext-400-normal.woff' },
  { name: 'Lede Sans Ext', weight: 700, file: 'inter-latin-ext-700-normal.woff' },
];

/** The shape Satori (through ImageResponse) takes its fonts in. */
export interface SatoriFont {
  readonly name: string;
  readonly data: ArrayBuffer;
  readonly weight: Weight;
  readonly style: 'normal';
}

export interface OgFonts {
  readonly satori: SatoriFont[];
  /** Headlines and titles: Source Serif 4 Bold. */
  readonly serifBold: TextMeasurer;
  /** Descriptions: Inter Regular. */
  readonly sansRegular: TextMeasurer;
  /** Kickers and labels: Inter Bold. */
  readonly sansBold: TextMeasurer;
}

/**
 * opentype.js ships an ES build with named exports (what bundlers pick) and a
 * CommonJS build whose exports Node's ESM loader only sees as `default`
 * (vitest, native ESM). Taking `parse` from either keeps one import working everywhere.
 */
const parseFont: (buffer: ArrayBuffer) => Font =
  // Reflect.get: a plain `.default` would make bundlers warn that the ES build has no default export.
  opentype.parse ?? (Reflect.get(opentype, 'default') as typeof opentype).parse;

function fontDirectory(): string {
  return path.join(process.cwd(), 'assets', 'fonts');
}

async function readFonts(dir: string): Promise<OgFonts> {
  const loaded = await Promise.all(
    fontFiles.map(async (entry) => {
      // Not traced by the bundler: a dynamic path made it trace (and read) the whole project on every build,
      // a 100,000-article archive included. next.config.js includes assets/fonts in the standalone output.
      const buffer = await readFile(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ dir, entry.file));
      // A standalone ArrayBuffer: Node may hand out a slice of a shared pool.
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      return { ...entry, data, font: parseFont(data) };
    }),
  );
  const stack = (names: readonly string[], weight: Weight): TextMeasurer =>
    createFontStackMeasurer(
      names.map((name) => {
        const match = loaded.find((entry) => entry.name === name && entry.weight === weight);
        if (!match) throw new Error(`No font ${name} ${weight} in the OG font list`);
        return match.font;
      }),
    );
  return {
    // Satori caches parsed fonts by the identity of `data`: reusing these
    // objects for every card means each font is parsed once per process.
    satori: loaded.map(({ name, weight, data }) => ({ name, weight, data, style: 'normal' as const })),
    serifBold: stack(['Lede Serif', 'Lede Serif Ext'], 700),
    sansRegular: stack(['Lede Sans', 'Lede Sans Ext'], 400),
    sansBold: stack(['Lede Sans', 'Lede Sans Ext'], 700),
  };
}

let loading: Promise<OgFonts> | undefined;

/** Reads and parses the card fonts once per process; a failed read is retried on the next call. */
export function loadOgFonts(): Promise<OgFonts> {
  loading ??= readFonts(fontDirectory()).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
