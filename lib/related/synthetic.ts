import { DAY_MS } from '../time';
import type { RelatedDocument } from './types';

/**
 * Deterministic synthetic news archives for benchmarks and smoke tests: bodies
 * of ~400 words drawn from a Zipf-distributed vocabulary (function words at
 * the head, so stop-word removal has work to do), 3–5 topics per article from
 * a few hundred with skewed frequency, and running stories whose reports share
 * rare names and a rare topic, spread over ten years.
 */
interface SyntheticOptions {
  readonly count: number;
  readonly seed?: number;
  /** Distinct ordinary words (default 4,000) */
  readonly vocabularySize?: number;
  /** Distinct topics (default 300) */
  readonly topicCount?: number;
  readonly wordsPerBody?: number;
  /** Share of articles that belong to a running story (default 0.5) */
  readonly storyShare?: number;
  /** The newest publication date; the archive reaches ten years back from it */
  readonly end?: Date;
}

export interface SyntheticDocument extends RelatedDocument {
  /** Running story id, or null for a one-off report */
  readonly story: string | null;
}

/** mulberry32: tiny, fast and good enough to make corpora reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FUNCTION_WORDS =
  'the of and to a in that is was for on it with as he said his at by from be have has had are but not an they this were which who been their would its more than after also she one when will about there up two over into new other last year people first'.split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(' ');
const SECTIONS = ['world', 'politics', 'economy', 'germany', 'sport', 'culture', 'science', 'opinion'];

/** The n-th pseudo-word of a family: distinct for every n, pronounceable, no digits. */
function pseudoWord(n: number, prefix: string): string {
  let word = prefix;
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word;
}

/** Samples ranks 0..size-1 with probability ∝ 1 / (rank + 1)^exponent. */
function zipfSampler(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / (r + 1) ** exponent;
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Story {
  readonly id: string;
  readonly names: readonly string[];
  readonly topics: readonly number[];
  readonly section: string;
  readonly start: number;
  /** Reports it will have, 3–15 */
  readonly size: number;
  readonly slugs: string[];
}

export function generateSyntheticCorpus(options: SyntheticOptions): SyntheticDocument[] {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const vocabulary = [...FUNCTION_WORDS, ...Array.from({ length: options.vocabularySize ?? 4000 }, (_, i) => pseudoWord(i, 'w'))];
  const word = zipfSampler(vocabulary.length, 1.05, random);
  const topicCount = options.topicCount ?? 300;
  const topicRank = zipfSampler(topicCount, 0.9, random);
  const section = zipfSampler(SECTIONS.length, 0.8, random);
  const wordsPerBody = options.wordsPerBody ?? 400;
  const end = (options.end ?? new Date('2025-01-01T00:00:00Z')).getTime();
  const span = 10 * 365 * DAY_MS;
  const storyShare = options.storyShare ?? 0.5;

  const text = (length: number, names: readonly string[], nameShare: number) => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(names.length > 0 && random() < nameShare ? pick(names) : (vocabulary[word()] ?? ''));
    return out.join(' ');
  };

  const stories: Story[] = [];
  let storyNames = 0;
  const newStory = (): Story => {
    const story: Story = {
      id: `story-${stories.length}`,
      names: Array.from({ length: 4 + Math.floor(random() * 5) }, () => pseudoWord(storyNames++, 'n')),
      // Rare topics (the Zipf tail) identify a running story, as editors' story tags do.
      topics: [topicCount - 1 - Math.floor(random() * (topicCount / 2)), ...(random() < 0.5 ? [topicRank()] : [])],
      section: SECTIONS[section()] ?? 'world',
      start: end - random() * span,
      size: 3 + Math.floor(random() * 13),
      slugs: [],
    };
    stories.push(story);
    return story;
  };

  const docs: SyntheticDocument[] = [];
  for (let i = 0; i < options.count; i++) {
    const slug = `synthetic-${i}`;
    // Join one of the 20 latest stories unless it has run its course (3–15 reports); else start one.
    let story: Story | undefined;
    if (random() < storyShare) {
      const open = stories[stories.length - 1 - Math.floor(random() * Math.min(stories.length, 20))];
      story = open && open.slugs.length < open.size ? open : newStory();
      story.slugs.push(slug);
    }
    const names = story?.names ?? [];
    const topics = new Set<number>(story?.topics ?? []);
    const topicTarget = 3 + Math.floor(random() * 3);
    while (topics.size < topicTarget) topics.add(topicRank());
    const published = story ? Math.min(end, story.start + random() * random() * 240 * DAY_MS) : end - random() * span;
    const draft = random() < 0.01;
    const future = random() < 0.005;
    const earlier = story?.slugs.filter((s) => s !== slug) ?? [];
    docs.push({
      slug,
      title: text(8, names, 0.25),
      teaser: text(22, names, 0.1),
      bodyText: text(wordsPerBody, names, 0.04),
      topics: [...topics].map((t) => ({ name: `Topic ${pseudoWord(t, 't')}`, slug: `topic-${pseudoWord(t, 't')}` })),
      section: story && random() < 0.8 ? story.section : (SECTIONS[section()] ?? 'world'),
      published: new Date(future ? end + random() * 30 * DAY_MS : published).toISOString(),
      draft,
      related: earlier.length > 0 && random() < 0.05 ? [pick(earlier)] : [],
      lang: 'en-GB',
      story: story?.id ?? null,
    });
  }
  return docs;
}
