import { describe, expect, it } from 'vitest';
import { hardDistractors, runningStories, runningStoriesNow, runningStorySet } from '../../fixtures/related/running-stories';
import { precisionAtK, storyRecallAtK } from './evaluate';
import { computeAllRelated } from './rank';

const related = computeAllRelated(runningStorySet, { now: runningStoriesNow, limit: 5 });
const slugs = runningStorySet.map((doc) => doc.slug);

describe('running-story evaluation set (issue #13)', () => {
  it('has the shape the issue asks for', () => {
    expect(runningStorySet.length).toBeGreaterThanOrEqual(60);
    expect(runningStories.length).toBeGreaterThanOrEqual(10);
    for (const story of runningStories) {
      expect(story.length).toBeGreaterThanOrEqual(3);
      expect(story.length).toBeLessThanOrEqual(5);
    }
    expect(hardDistractors.length).toBeGreaterThanOrEqual(runningStories.length);
    expect(runningStorySet.filter((doc) => doc.lang.startsWith('de')).length).toBeGreaterThanOrEqual(3);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('ranks a running story’s parts first: precision@3 ≥ 0.95', () => {
    const report = precisionAtK(runningStorySet, slugs, related, 3);
    console.log(`running stories: precision@3 = ${report.precision.toFixed(3)} over ${report.scored} articles`);
    for (const miss of report.misses) console.log(`  ${miss.slug} (${miss.story}): ${miss.top.join(', ')}`);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('shows at least 0.9 of every running story’s parts in the top 5', () => {
    const report = storyRecallAtK(runningStorySet, slugs, related, 5);
    console.log(`running stories: recall@5 = ${report.recall.toFixed(3)}, worst story ${report.worst.toFixed(3)}`);
    for (const miss of report.misses) console.log(`  ${miss.slug} (${miss.story}) misses ${miss.missing.join(', ')}`);
    for (const [story, recall] of report.byStory) expect(recall, story).toBeGreaterThanOrEqual(0.9);
  });

  it('never puts a hard distractor above a part of the story it imitates', () => {
    for (const story of runningStories) {
      for (const part of story) {
        const list = related.get(part.slug) ?? [];
        const lastPart = Math.max(...story.filter((p) => p !== part).map((p) => list.indexOf(p.slug)));
        for (const distractor of hardDistractors) {
          const at = list.indexOf(distractor.slug);
          if (at >= 0) expect(at, `${part.slug} lists ${distractor.slug}`).toBeGreaterThan(lastPart);
        }
      }
    }
  });

  it('lists the newest development first and the story’s beginning second', () => {
    const [first, second, third, fourth, newest] = runningStories[0] ?? [];
    expect(related.get(third?.slug ?? '')?.slice(0, 2)).toEqual([newest?.slug, first?.slug]);
    expect(related.get(newest?.slug ?? '')?.slice(0, 2)).toEqual([fourth?.slug, first?.slug]);
    expect(related.get(first?.slug ?? '')?.[0]).toBe(newest?.slug);
    expect(second).toBeDefined();
  });
});

