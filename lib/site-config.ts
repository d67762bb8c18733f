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
  readonly sections: readonly Section[];
  readonly moreSites: readonly ExternalLink[];
  /** `@handle` for `twitter:site`, when the newsroom has one */
  readonly twitterSite?: string;
  /** Square PNG in `public/` naming the publisher in JSON-LD (scripts/make-logo.ts draws it) */
  readonly publisherLogo: { readonly src: string; readonly width: number; readonly height: number };
}

export const siteConfig: SiteConfig = {
  name: 'Lede',
  tagline: 'Independent news, clearly told',
  url: env().siteUrl,
  timeZone: 'Europe/Berlin',
  language: 'en',
  locale: 'en-GB',
  direction: 'ltr',
  publisherLogo: { src: '/brand/logo.png', width: 512, height: 512 },
  sections: [
    { slug: 'world', name: 'World', description: 'Conflict, diplomacy and the people caught up in them.' },
    { slug: 'economy', name: 'Economy', description: 'Trade, markets, work and the money behind the news.' },
    { slug: 'climate', name: 'Climate', description: 'A warming planet and what the world does about it.' },
    { slug: 'science', name: 'Science', description: 'Discoveries, space and the research that shapes our lives.' },
    { slug: 'culture', name: 'Culture', description: 'Books, film, music, art and the ideas around them.' },
    { slug: 'sport', name: 'Sport', description: 'Results, rivalries and the business of the game.' },
  ],
  moreSites: [
    { name: 'Lede in Deutsch', href: 'https://de.lede.example/' },
    { name: 'Lede in Español', href: 'https://es.lede.example/' },
    { name: 'Lede Podcasts', href: 'https://podcasts.lede.example/' },
    { name: 'Lede for Schools', href: 'https://learn.lede.example/' },
  ],
};

export function findSection(slug: string): Section | undefined {
  return siteConfig.sections.find((section) => section.slug === slug);
}
