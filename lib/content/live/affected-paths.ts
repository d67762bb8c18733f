import { editions } from '../../editions';
import { pageCount } from '../../pagination';
import { sitemapCount, sitemapUrlCount } from '../../seo/sitemaps';
import { paths } from '../../urls';
import type { ArticleSummary } from '../types';
import type { Snapshot } from './snapshot';

function sitemapFiles(snapshot: Snapshot): number {
  return sitemapCount(sitemapUrlCount(snapshot));
}

function frontPages(lists: Readonly<Record<string, readonly number[]>>, key: string): number {
  return Math.max(1, pageCount(lists[key]?.length ?? 0));
}

/**
 * Every address whose response can differ between two snapshots because of
 * a change to `slugs`: the stories' own pages and share cards, the home page,
 * every page of their section and topic fronts (a story at the top shifts
 * every older page by one), the feeds, the sitemaps, and the article pages
 * whose related list moved or shows one of the stories. Nothing else: a
 * publish never expires the whole site.
 */
export function affectedPaths(before: Snapshot, after: Snapshot, slugs: readonly string[]): string[] {
  const out = new Set<string>(['/', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml']);
  const versions: ArticleSummary[] = [];
  for (const slug of slugs) {
    for (const version of [before.bySlug.get(slug), after.bySlug.get(slug)]) if (version) versions.push(version);
    const gone = after.gone.get(slug) ?? before.gone.get(slug);
    if (gone) out.add(paths.article(gone));
  }

  for (const story of versions) {
    const page = paths.article(story);
    out.add(page);
    out.add(`${page}/opengraph-image`);
    out.add(`${page}/twitter-image`);
    out.add(`/${story.section}/feed.xml`);
    const { prefix } = editions.forLang(story.lang);
    if (prefix !== '') {
      // An edition's story also changes that edition's home, feeds and sitemaps (all fronts are per edition).
      const home = paths.home(prefix);
      for (const file of ['', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml', '/sitemaps/0.xml', `/${story.section}/feed.xml`]) out.add(`${home}${file}`);
      const view = (snapshot: Snapshot) => snapshot.editions.get(prefix)?.listings ?? { bySection: {}, byTopic: {} };
      const sectionPages = Math.max(frontPages(view(before).bySection, story.section), frontPages(view(after).bySection, story.section));
      for (let n = 1; n <= sectionPages; n++) out.add(paths.sectionPage(story.section, n, prefix));
      for (const topic of story.topics) {
        const topicPages = Math.max(frontPages(view(before).byTopic, topic.slug), frontPages(view(after).byTopic, topic.slug));
        for (let n = 1; n <= topicPages; n++) out.add(paths.topicPage(topic.slug, n, prefix));
      }
      continue;
    }
    const sectionPages = Math.max(frontPages(before.listings.bySection, story.section), frontPages(after.listings.bySection, story.section));
    for (let n = 1; n <= sectionPages; n++) out.add(paths.sectionPage(story.section, n));
    for (const topic of story.topics) {
      const topicPages = Math.max(frontPages(before.listings.byTopic, topic.slug), frontPages(after.listings.byTopic, topic.slug));
      for (let n = 1; n <= topicPages; n++) out.add(paths.topicPage(topic.slug, n));
    }
  }

  const files = Math.max(sitemapFiles(before), sitemapFiles(after));
  for (let n = 0; n < files; n++) out.add(`/sitemaps/${n}.xml`);

  const changed = new Set(slugs);
  for (const [slug, list] of after.related) {
    const previous = before.related.get(slug);
    if (list !== previous || list.some((other) => changed.has(other))) {
      const story = after.bySlug.get(slug);
      if (story) out.add(paths.article(story));
    }
  }
  return [...out];
}
