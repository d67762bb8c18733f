const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Splits into user-perceived characters so "é" written as e + U+0301 is never cut in two. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** Invisible characters that would only confuse measuring: soft hyphen, zero-width space/joiners, BOM. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The same without the zero-width non-joiner and joiner, which Persian and
 * Pashto spelling needs ("گزارش‌ها": the ZWNJ stops the letters joining).
 */
const invisibleButJoiners = /[\u00AD\u200B\u2060\uFEFF]/g;

interface CleanOptions {
  /** Keep U+200C/U+200D: for text a shaper sets (lib/og/shaping.ts), which knows what they mean. */
  readonly keepJoiners?: boolean;
}

/**
 * Breakable white space: everything `\s` matches except the no-break spaces,
 * which must keep their words together ("10\u00A0km").
 */
const breakableSpace = /[^\S\u00A0\u202F]+/g;

/**
 * Prepares editor-written text for the card: NFC (precomposed letters are what
 * the font subsets cover), invisible characters removed, runs of white space
 * collapsed, and graphemes that no shipped font covers dropped. Dropping them
 * matters twice: the measure would be wrong, and Satori would try to download
 * a fallback font (or an emoji SVG) from the network at render time.
 */
export function cleanCardText(text: string, covers: (grapheme: string) => boolean, options: CleanOptions = {}): string {
  const normalised = text
    .normalize('NFC')
    .replace(options.keepJoiners ? invisibleButJoiners : invisible, '')
    .replace(breakableSpace, ' ');
  const kept = splitGraphemes(normalised)
    .filter((grapheme) => grapheme === ' ' || covers(grapheme))
    .join('');
  return kept.replace(/ {2,}/g, ' ').trim();
}
