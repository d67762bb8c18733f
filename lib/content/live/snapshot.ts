import { pageDirectoryOf, buildPageTable } from '../../routing/page-directory';
import type { PageDirectory } from '../../routing/missing-page';
import { editions } from '../../editions';
import { siteConfig } from '../../site-config';
import { buildListings, collectTopics, type Listings } from '../index-file';
import { newestFirst } from '../load';
import type { ArticleSummary, Topic } from '../types';

/** A story that was taken down: its address answers 410 Gone. */
export interface GoneStory {
  readonly slug: string;
  readonly section: string;
  /** Its language, which names its edition; records from before editions have none (the default edition) */
  readonly lang?: string;
  /** When it was taken down, ISO 8601 */
  readonly at: string;
}

/**
 * One edition's share of a snapshot: its stories only, so its fronts, feeds,
 * sitemaps, topics and onward links never show another edition's story.
 */
export interface EditionView {
  /** The edition's visible stories, newest first */
  readonly articles: readonly ArticleSummary[];
  readonly topics: readonly Topic[];
  readonly topicsBySlug: ReadonlyMap<string, Topic>;
  /** Positions in this view's `articles` */
  readonly listings: Listings;
  /** For proxy.ts: which addresses under the edition's prefix name a page */
  readonly pages: PageDirectory;
}

/**
 * One immutable state of the site: what readers see until the next publish,
 * takedown or scheduled release. Routes take the current snapshot once per
 * render, so a page never mixes two states.
 */
export interface Snapshot {
  /** Visible stories, newest first */
  readonly articles: readonly ArticleSummary[];
  readonly bySlug: ReadonlyMap<string, ArticleSummary>;
  readonly topics: readonly Topic[];
  readonly topicsBySlug: ReadonlyMap<string, Topic>;
  readonly listings: Listings;
  /** Related slugs per visible story */
  readonly related: ReadonlyMap<string, readonly string[]>;
  /** Stories whose `published` time is still ahead, soonest first: invisible everywhere */
  readonly scheduled: readonly ArticleSummary[];
  readonly gone: ReadonlyMap<string, GoneStory>;
  /** For proxy.ts: which addresses name a page (every edition's articles; lists are the archive's) */
  readonly pages: PageDirectory;
  /** Each edition's stories, lists and pages, by path prefix ('' is the default edition) */
  readonly editions: ReadonlyMap<string, EditionView>;
  /** The clock reading this snapshot was cut at */
  readonly asOf: Date;
}

export interface SnapshotInput {
  /** Every known story, visible or scheduled (drafts only in an editor's `npm run dev`) */
  readonly stories: Iterable<ArticleSummary>;
  readonly related: ReadonlyMap<string, readonly string[]>;
  readonly gone: ReadonlyMap<string, GoneStory>;
  readonly now: Date;
}

/** Builds the derived lists in one pass over the archive (about 100 ms for 100,000 stories). */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const now = input.now.getTime();
  const visible: ArticleSummary[] = [];
  const scheduled: ArticleSummary[] = [];
  for (const story of input.stories) {
    (Date.parse(story.published) <= now ? visible : scheduled).push(story);
  }
  visible.sort(newestFirst);
  scheduled.sort((a, b) => -newestFirst(a, b));
  const topics = collectTopics(visible);
  const listings = buildListings(
    visible,
    siteConfig.sections.map((section) => section.slug),
  );
  return {
    articles: visible,
    bySlug: new Map(visible.map((story) => [story.slug, story])),
    topics,
    topicsBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
    listings,
    related: input.related,
    scheduled,
    gone: input.gone,
    pages: pageDirectoryOf(buildPageTable({ articles: visible, listings })),
    editions: editionViews(visible),
    asOf: input.now,
  };
}

/** Splits the newest-first list by edition, keeping its order, and lists each part once. */
export function editionViews(visible: readonly ArticleSummary[]): Map<string, EditionView> {
  const parts = new Map<string, ArticleSummary[]>(editions.all.map((edition) => [edition.prefix, []]));
  for (const story of visible) parts.get(editions.forLang(story.lang).prefix)?.push(story);
  const sections = siteConfig.sections.map((section) => section.slug);
  return new Map(
    [...parts].map(([prefix, articles]) => {
      const topics = collectTopics(articles);
      const listings = buildListings(articles, sections);
      const view: EditionView = {
        articles,
        topics,
        topicsBySlug: new Map(topics.map((topic) => [topic.slug, topic])),
        listings,
        pages: pageDirectoryOf(buildPageTable({ articles, listings })),
      };
      return [prefix, view];
    }),
  );
}

/** When the next scheduled story goes live, if any. */
export function nextRelease(snapshot: Snapshot): Date | undefined {
  const first = snapshot.scheduled[0];
  return first ? new Date(first.published) : undefined;
}
