import { english } from '../editions/config';
import type { EditionStrings } from '../editions/types';
import type { ArticleSummary } from './types';

/** Onward links every article ends with, where the archive has them (issue #13). */
export const ONWARD_TARGET = 5;
/** Fewer than this after the three tiers (a small section whose stories are all related already), and the newest stories fill up. */
export const ONWARD_MINIMUM = 3;
/** The topic tier's share, so the section tier still shows when the ranked list is short. */
const TOPIC_TIER_MAX = 3;

export type OnwardTierKind = 'related' | 'topic' | 'section' | 'latest';

export interface OnwardTier {
  readonly kind: OnwardTierKind;
  /** The tier's heading: "Related stories", "More on Floods", "More from Culture" */
  readonly heading: string;
  readonly articles: readonly ArticleSummary[];
}

export interface OnwardInput {
  readonly article: ArticleSummary;
  /** The ranked related stories, precomputed (parts of its running story first) */
  readonly related: readonly ArticleSummary[];
  readonly sectionName: string;
  /** Stories of a topic or section, newest first, read lazily: only the first few are ever looked at */
  readonly topicStories: (topicSlug: string) => Iterable<ArticleSummary>;
  readonly sectionStories: (section: string) => Iterable<ArticleSummary>;
  /** Every story, newest first: the last resort when the tiers above have fewer than `ONWARD_MINIMUM` */
  readonly latestStories: () => Iterable<ArticleSummary>;
  /** How many stories a topic has: the fewer, the more specific */
  readonly topicSize: (topicSlug: string) => number;
  /** The tiers' headings in the edition's language; the default edition's when left out */
  readonly strings?: Pick<EditionStrings, 'relatedStories' | 'moreOnTopic' | 'moreFromSection' | 'latestStories'>;
}

function take(stories: Iterable<ArticleSummary>, shown: Set<string>, count: number): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  if (count <= 0) return out;
  for (const story of stories) {
    if (shown.has(story.slug)) continue;
    out.push(story);
    if (out.length >= count) break;
  }
  return out;
}

/**
 * The onward links under an article, in labelled tiers: the ranked related
 * stories, then the newest of its most specific topic, then the newest of
 * its section, until there are `ONWARD_TARGET`. The ranked list is never
 * padded: a story that is only in the same topic or section says so in its
 * tier's heading. No story appears twice, nor the article itself, and a
 * tier with nothing in it is left out. Where a small section's stories are
 * all in the ranked list already and the three tiers hold fewer than
 * `ONWARD_MINIMUM`, a last tier, "Latest stories", adds the newest stories
 * of the site, so no article is a dead end. The most specific topic is the
 * article's topic with the fewest stories that still has one to offer, so
 * "More on Floods" comes before "More on Germany".
 */
export function onwardTiers(input: OnwardInput): OnwardTier[] {
  const { article } = input;
  const words = input.strings ?? english.strings;
  const shown = new Set([article.slug]);
  const tiers: OnwardTier[] = [];
  const related = input.related.filter((story) => !shown.has(story.slug) && (shown.add(story.slug), true));
  if (related.length > 0) tiers.push({ kind: 'related', heading: words.relatedStories, articles: related });
  let missing = ONWARD_TARGET - related.length;

  const bySpecificity = [...article.topics].sort((a, b) => input.topicSize(a.slug) - input.topicSize(b.slug) || (a.slug < b.slug ? -1 : 1));
  const wanted = Math.min(missing, TOPIC_TIER_MAX);
  let topicTier: OnwardTier | undefined;
  for (const topic of wanted > 0 ? bySpecificity : []) {
    const stories = take(input.topicStories(topic.slug), shown, wanted);
    if (stories.length > 0) {
      topicTier = { kind: 'topic', heading: words.moreOnTopic(topic.name), articles: stories };
      break;
    }
  }
  if (topicTier) {
    for (const story of topicTier.articles) shown.add(story.slug);
    tiers.push(topicTier);
    missing -= topicTier.articles.length;
  }

  const fromSection = take(input.sectionStories(article.section), shown, missing);
  if (fromSection.length > 0) {
    for (const story of fromSection) shown.add(story.slug);
    tiers.push({ kind: 'section', heading: words.moreFromSection(input.sectionName), articles: fromSection });
  }
  const count = ONWARD_TARGET - missing + fromSection.length;
  const latest = take(input.latestStories(), shown, ONWARD_MINIMUM - count);
  if (latest.length > 0) tiers.push({ kind: 'latest', heading: words.latestStories, articles: latest });
  return tiers;
}
