import { getSectionPage, getTopic, getTopicPage } from './content/store';
import type { ArticleSummary, Topic } from './content/types';
import { parsePageParam, type PageSlice } from './pagination';
import { sectionCopy, topicCopy, type FrontCopy } from './seo/front-copy';
import { siteConfig, type Section, type SiteConfig } from './site-config';
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
  /** The edition's path prefix ('' for the default edition) */
  readonly prefix: string;
  readonly stories: PageSlice<ArticleSummary>;
}

/** Where fronts come from: the content store in the app, plain data in tests. */
export interface FrontSource {
  readonly getSectionPage: (section: string, page: number, prefix: string) => PageSlice<ArticleSummary> | undefined;
  readonly getTopic: (slug: string, prefix: string) => Topic | undefined;
  readonly getTopicPage: (topicSlug: string, page: number, prefix: string) => PageSlice<ArticleSummary> | undefined;
}

const storeSource: FrontSource = { getSectionPage, getTopic, getTopicPage };

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
export function resolveFront(kind: FrontKind, slug: string, page: number | undefined, source: FrontSource = storeSource, site: SiteConfig = siteConfig): FrontPage | undefined {
  if (page === undefined) return undefined;
  const { prefix } = site;
  if (kind === 'section') {
    const section = site.sections.find((candidate) => candidate.slug === slug);
    const stories = section ? source.getSectionPage(section.slug, page, prefix) : undefined;
    return section && stories ? { kind, slug: section.slug, name: section.name, copy: sectionCopy(section, site), section, stories, prefix } : undefined;
  }
  const topic = source.getTopic(slug, prefix);
  const stories = topic ? source.getTopicPage(topic.slug, page, prefix) : undefined;
  return topic && stories ? { kind, slug: topic.slug, name: topic.name, copy: topicCopy(topic, site), stories, prefix } : undefined;
}

/** Path of page `page` of a front (page 1 is the front itself). */
export function frontPagePath(front: Pick<FrontPage, 'kind' | 'slug'> & { readonly prefix?: string }, page: number): string {
  const prefix = front.prefix ?? '';
  return front.kind === 'section' ? paths.sectionPage(front.slug, page, prefix) : paths.topicPage(front.slug, page, prefix);
}
