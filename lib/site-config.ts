import { editions, type EditionConfig, type Editions } from './editions';
import { env } from './env';

/**
 * The one typed description of the site. Routes, components and builders read
 * names, URLs and sections from here, never from string literals of their own.
 */
export interface Section {
  /** URL segment: `/{slug}` */
  readonly slug: string;
  /** What readers see in menus, kickers and titles */
  readonly name: string;
  /** One line for the section front and its preview card */
  readonly description: string;
}

export interface ExternalLink {
  readonly name: string;
  readonly href: string;
  /** Language of the page it leads to, when it is not the page's own */
  readonly lang?: string;
}

export interface SiteConfig {
  readonly name: string;
  readonly tagline: string;
  /** Absolute origin without a trailing slash, e.g. `https://news.example` */
  readonly url: string;
  /** IANA zone every date is shown in, whatever the server's `TZ` */
  readonly timeZone: string;
  /** BCP 47 language of the site; articles may override it */
  readonly language: string;
  /** Locale used to format dates and numbers */
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  /** Path prefix of the edition: '' at `/`, else e.g. 'de' for `/de` */
  readonly prefix: string;
  /** The edition's configuration: its words, dates and fonts */
  readonly edition: EditionConfig;
  readonly sections: readonly Section[];
  readonly moreSites: readonly ExternalLink[];
  /** `@handle` for `twitter:site`, when the newsroom has one */
  readonly twitterSite?: string;
  /** Square PNG in `public/` naming the publisher in JSON-LD (scripts/make-logo.ts draws it) */
  readonly publisherLogo: { readonly src: string; readonly width: number; readonly height: number };
}

/**
 * The site as one edition shows it (lib/editions/config.ts): the same origin,
 * logo and timezone rules, that edition's language, names and words.
 */
const sites = new WeakMap<EditionConfig, SiteConfig>();

export function editionSite(edition: EditionConfig, list: Editions = editions): SiteConfig {
  // Asked for on every teaser: one object per edition (the default list only; tests pass their own).
  const known = list === editions ? sites.get(edition) : undefined;
  if (known) return known;
  const site = buildSite(edition, list);
  if (list === editions) sites.set(edition, site);
  return site;
}

function buildSite(edition: EditionConfig, list: Editions): SiteConfig {
  return {
    name: edition.siteName,
    tagline: edition.strings.tagline,
    url: env().siteUrl,
    timeZone: edition.dates.timeZone,
    language: edition.lang,
    locale: edition.dates.locale,
    direction: edition.direction,
    prefix: edition.prefix,
    edition,
    publisherLogo: { src: '/brand/logo.png', width: 512, height: 512 },
    sections: edition.sections,
    // The other editions, in their own languages: real pages of this site.
    moreSites: list.all
      .filter((other) => other !== edition)
      .map((other) => ({ name: other.name, href: other.prefix === '' ? '/' : `/${other.prefix}`, lang: other.lang })),
  };
}

/** The default edition, at `/` with the URLs the site always had. */
export const siteConfig: SiteConfig = editionSite(editions.default);

/** The site as the edition at `prefix` shows it ('' is the default). */
export function siteForPrefix(prefix: string): SiteConfig | undefined {
  const edition = prefix === '' ? editions.default : editions.byPrefix(prefix);
  return edition ? editionSite(edition) : undefined;
}

/** The site as the edition of an article in `lang` shows it. */
export function siteForLang(lang: string): SiteConfig {
  return editionSite(editions.forLang(lang));
}

export function findSection(slug: string, site: SiteConfig = siteConfig): Section | undefined {
  return site.sections.find((section) => section.slug === slug);
}
