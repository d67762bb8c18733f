import { getSectionPage, getTopic, getTopicPage } from './content/store';
import type { ArticleSummary, Topic } from './content/types';
import { parsePageParam, type PageSlice } from './pagination';
import { sectionCopy, topicCopy, type FrontCopy } from './seo/front-copy';
import { findSection, type Section } from './site-config';
import { paths } from './urls';

interface HomeFront {
  readonly lead?: ArticleSummary;
  readonly latest: readonly ArticleSummary[];
  readonly sections: readonly { readonly section: Section; readonly articles: readonly ArticleSummary[] }[];
}

/**
 * Arranges the home page from the newest-first archive: the lead story, the
 * latest few after it, then a block per section of stories not already shown.
 */
export function arrangeHome(
  articles: readonly ArticleSummary[],
  sections: readonly Section[],
  sizes: { readonly latest: number; readonly perSection: number } = { latest: 6, perSection: 3 },
): HomeFront {
  const [lead, ...rest] = articles;
  const latest = rest.slice(0, sizes.latest);
  const shown = new Set([lead, ...latest].filter(Boolean).map((article) => article?.slug));
  return {
    ...(lead ? { lead } : {}),
    latest,
    sections: sections.map((section) => ({
      section,
      articles: articles.filter((a) => a.section === section.slug && !shown.has(a.slug)).slice(0, sizes.perSection),
    })),
  };
}

export type FrontKind = 'section' | 'topic';

/** One page of a section or topic front: everything its head tags and its listing need. */
export interface FrontPage {
  readonly kind: FrontKind;
  readonly slug: string;
  /** The heading: the section's or topic's name */
  readonly name: string;
  /** The words of its head tags and share card (lib/seo/front-copy.ts) */
  readonly copy: FrontCopy;
  /** The section a section front lists, for its feed link */
  readonly section?: Section;
  readonly stories: PageSlice<ArticleSummary>;
}

/** Where fronts come from: the content store in the app, plain data in tests. */
export interface FrontSource {
  readonly findSection: (slug: string) => Section | undefined;
  readonly getSectionPage: (section: string, page: number) => PageSlice<ArticleSummary> | undefined;
  readonly getTopic: (slug: string) => Topic | undefined;
  readonly getTopicPage: (topicSlug: string, page: number) => PageSlice<ArticleSummary> | undefined;
}

const storeSource: FrontSource = { findSection, getSectionPage, getTopic, getTopicPage };

/**
 * The `[page]` segment of `/…/page/[page]` as a page number. Page 1 lives at
 * the front's own URL only, so `/world/page/1` is not a page (a redirect from
 * there would be cached by Next and then sent with its Location header twice).
 */
export function pageFromSegment(raw: string): number | undefined {
  const page = parsePageParam(raw);
  return page === 1 ? undefined : page;
}

/** Page `page` of the section or topic `slug`, or undefined (a 404) when there is no such front or page. */
export function resolveFront(kind: FrontKind, slug: string, page: number | undefined, source: FrontSource = storeSource): FrontPage | undefined {
  if (page === undefined) return undefined;
  if (kind === 'section') {
    const section = source.findSection(slug);
    const stories = section ? source.getSectionPage(section.slug, page) : undefined;
    return section && stories ? { kind, slug: section.slug, name: section.name, copy: sectionCopy(section), section, stories } : undefined;
  }
  const topic = source.getTopic(slug);
  const stories = topic ? source.getTopicPage(topic.slug, page) : undefined;
  return topic && stories ? { kind, slug: topic.slug, name: topic.name, copy: topicCopy(topic), stories } : undefined;
}

/** Path of page `page` of a front (page 1 is the front itself). */
export function frontPagePath(front: Pick<FrontPage, 'kind' | 'slug'>, page: number): string {
  return front.kind === 'section' ? paths.sectionPage(front.slug, page) : paths.topicPage(front.slug, page);
}
