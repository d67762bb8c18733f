import { editionConfigs } from './config';
import type { EditionConfig } from './types';

export type { EditionConfig, EditionStrings, EditionSection, EditionDates, EditionFonts } from './types';

/**
 * Looks editions up by path prefix and by language tag. Pure over a list, so
 * tests can add an edition from configuration alone (editions.test.ts).
 */
export interface Editions {
  readonly all: readonly EditionConfig[];
  readonly default: EditionConfig;
  /** By URL prefix ('de', 'fa-af'); the default edition has none */
  byPrefix(prefix: string): EditionConfig | undefined;
  /** The edition an article in `lang` belongs to: exact tag first (any case), then the primary language; else the default */
  forLang(lang: string): EditionConfig;
  /** Exact match only (any case): what the frontmatter check accepts */
  exactLang(lang: string): EditionConfig | undefined;
}

export function editionsOf(configs: readonly EditionConfig[]): Editions {
  const [first] = configs;
  if (!first) throw new Error('At least one edition must be configured');
  const byPrefix = new Map(configs.filter((c) => c.prefix !== '').map((c) => [c.prefix, c]));
  const byLang = new Map(configs.map((c) => [c.lang.toLowerCase(), c]));
  const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  return {
    all: configs,
    default: first,
    byPrefix: (prefix) => byPrefix.get(prefix),
    exactLang: (lang) => byLang.get(lang.toLowerCase()),
    forLang: (lang) => byLang.get(lang.toLowerCase()) ?? configs.find((c) => primary(c.lang) === primary(lang)) ?? first,
  };
}

export const editions: Editions = editionsOf(editionConfigs);

/** Same story's edition check used everywhere: two articles are in one edition when their languages map to it. */
export function sameEdition(a: string, b: string, list: Editions = editions): boolean {
  return list.forLang(a) === list.forLang(b);
}
