import { describe, expect, it } from 'vitest';
import { onwardTiers, type OnwardInput } from './onward';
import type { ArticleSummary } from './types';

const story = (slug: string, section: string, topics: readonly string[]): ArticleSummary =>
  ({ slug, section, title: slug, topics: topics.map((name) => ({ name, slug: name.toLowerCase() })) }) as unknown as ArticleSummary;

// Newest first, as snapshot listings are.
const archive = [
  story('floods-aid', 'climate', ['Floods', 'Germany']),
  story('heat-record', 'climate', ['Heat', 'Germany']),
  story('floods-toll', 'climate', ['Floods', 'Germany']),
  story('budget', 'politics', ['Germany']),
  story('floods-begin', 'climate', ['Floods', 'Germany']),
  story('glacier', 'climate', ['Glaciers']),
  story('coal-exit', 'climate', ['Coal', 'Germany']),
];

function input(article: ArticleSummary, related: readonly string[]): OnwardInput {
  const bySlug = new Map(archive.map((s) => [s.slug, s]));
  return {
    article,
    related: related.map((slug) => bySlug.get(slug) as ArticleSummary),
    sectionName: 'Climate',
    topicStories: (slug) => archive.filter((s) => s.topics.some((t) => t.slug === slug)),
    sectionStories: (section) => archive.filter((s) => s.section === section),
    latestStories: () => archive,
    topicSize: (slug) => archive.filter((s) => s.topics.some((t) => t.slug === slug)).length,
  };
}

const summary = (tiers: ReturnType<typeof onwardTiers>) => tiers.map((t) => [t.heading, t.articles.map((a) => a.slug)]);

describe('onwardTiers', () => {
  it('fills up to five links in order: related, the most specific topic, the section', () => {
    const article = archive[4] as ArticleSummary;
    expect(summary(onwardTiers(input(article, ['floods-toll'])))).toEqual([
      ['Related stories', ['floods-toll']],
      ['More on Floods', ['floods-aid']],
      ['More from Climate', ['heat-record', 'glacier', 'coal-exit']],
    ]);
  });

  it('never lists a story twice nor the article itself, and leaves out an empty tier', () => {
    const article = archive[5] as ArticleSummary;
    const tiers = onwardTiers(input(article, []));
    expect(summary(tiers)).toEqual([['More from Climate', ['floods-aid', 'heat-record', 'floods-toll', 'floods-begin', 'coal-exit']]]);
  });

  it('shows nothing more when the ranked list already has five', () => {
    const article = archive[0] as ArticleSummary;
    const tiers = onwardTiers(input(article, ['floods-toll', 'floods-begin', 'heat-record', 'budget', 'coal-exit']));
    expect(tiers.map((t) => t.kind)).toEqual(['related']);
  });

  it('takes a broader topic when the specific one has nothing left to offer', () => {
    const article = story('coal-exit', 'politics', ['Coal', 'Germany']);
    const tiers = onwardTiers({ ...input(article, []), sectionName: 'Politics' });
    expect(summary(tiers)).toEqual([
      ['More on Germany', ['floods-aid', 'heat-record', 'floods-toll']],
      ['More from Politics', ['budget']],
    ]);
  });

  it('adds the newest stories in a last tier when the others hold fewer than three', () => {
    const article = story('budget', 'politics', ['Budget']);
    const tiers = onwardTiers({ ...input(article, ['coal-exit']), sectionName: 'Politics', sectionStories: () => [article] });
    expect(summary(tiers)).toEqual([
      ['Related stories', ['coal-exit']],
      ['Latest stories', ['floods-aid', 'heat-record']],
    ]);
  });
});
