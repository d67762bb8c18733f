/**
 * The shape of one edition of Lede: a language version of the whole site at
 * its own path prefix. Everything an edition shows that is not an article
 * lives here, so adding an edition is configuration and content, never code
 * (lib/editions/config.ts lists them; docs/editions.md explains the choices).
 */

/** Every word of the page chrome, in the edition's language. */
export interface EditionStrings {
  readonly tagline: string;
  readonly skipToContent: string;
  readonly skipToMainMenu: string;
  readonly skipToMoreSites: string;
  readonly mainMenu: string;
  readonly sectionsToggle: string;
  readonly home: string;
  readonly sectionsHeading: string;
  /** Heading of the footer block that links the other editions; also the third skip link's target */
  readonly moreSites: string;
  readonly topStories: (site: string) => string;
  readonly leadStory: string;
  readonly latest: string;
  readonly published: string;
  readonly updated: string;
  readonly imageCredit: (credit: string) => string;
  readonly topicsHeading: string;
  readonly correction: string;
  readonly corrected: string;
  readonly relatedStories: string;
  readonly moreOnTopic: (topic: string) => string;
  readonly moreFromSection: (section: string) => string;
  readonly latestStories: string;
  readonly newerStories: string;
  readonly olderStories: string;
  /** Both numbers already written in the edition's digits */
  readonly pageOf: (page: string, count: string) => string;
  readonly pagesLabel: (front: string) => string;
  readonly noStories: (kind: 'section' | 'topic') => string;
  readonly sectionKicker: string;
  readonly topicKicker: string;
  readonly topicDescription: (topic: string) => string;
  /** The home page's description, from the section names in menu order */
  readonly homeDescription: (sections: readonly string[], site: string) => string;
  /** "Read in …": the heading over links to the story's other language versions */
  readonly readIn: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly goHome: (site: string) => string;
  readonly goneTitle: string;
  /** Text before and after the date, which the page wraps in `<time>` */
  readonly goneText: (site: string, date: string) => readonly [string, string, string];
  readonly moreFrom: (section: string) => string;
  readonly footerLegal: (site: string) => string;
}

export interface EditionSection {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
}

/**
 * How dates look. `calendar` and `numerals` are Unicode extension values
 * (`ca`, `nu`) handed to Intl. `order: 'day-month-year'` builds the date from
 * Intl's parts instead of taking the locale's pattern whole, for a locale
 * whose CLDR pattern reads badly in running text (Pashto's puts the era and
 * year first: "AP ۱۴۰۰ وری ۲۶").
 */
export interface EditionDates {
  readonly locale: string;
  readonly calendar: 'gregory' | 'persian' | 'islamic-umalqura';
  readonly numerals: 'latn' | 'arab' | 'arabext';
  readonly order: 'locale' | 'day-month-year';
  /** IANA zone the edition's newsroom dates stories in */
  readonly timeZone: string;
}

/** Self-hosted fonts, linked only on this edition's pages. */
export interface EditionFonts {
  /** Stylesheets under public/ with the @font-face rules and the font custom properties */
  readonly stylesheets: readonly string[];
  /** WOFF2 files the first paint needs: preloaded */
  readonly preload: readonly string[];
}

export interface EditionConfig {
  /** Path prefix and key: '' for the default edition at `/`, else e.g. 'de', 'fa-af' */
  readonly prefix: string;
  /** BCP 47 tag, Google's codes: `<html lang>`, hreflang, frontmatter `lang` (compared case-insensitively) */
  readonly lang: string;
  readonly direction: 'ltr' | 'rtl';
  /**
   * ISO 15924 script. `Arab` letters join, so letter-spacing and the like
   * are switched off for it (app/globals.css keys on `data-script`).
   */
  readonly script: 'Latn' | 'Arab';
  /** The language's own name, for "Read in …" links and the footer */
  readonly name: string;
  /** Name of the site in this edition, e.g. "Lede" or "لید" */
  readonly siteName: string;
  readonly dates: EditionDates;
  readonly fonts?: EditionFonts;
  /** Section names and descriptions; slugs are the site's (lib/site-config.ts), in its order */
  readonly sections: readonly EditionSection[];
  readonly strings: EditionStrings;
}
