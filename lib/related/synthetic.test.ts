import { describe, expect, it } from 'vitest';
import { generateSyntheticCorpus, seededRandom } from './synthetic';

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('generateSyntheticCorpus', () => {
  const end = new Date('2025-01-01T00:00:00Z');
  const docs = generateSyntheticCorpus({ count: 2000, seed: 5, end });

  it('is deterministic for a seed', () => {
    expect(generateSyntheticCorpus({ count: 50, seed: 5, end })).toEqual(docs.slice(0, 50));
    expect(generateSyntheticCorpus({ count: 50, seed: 6, end })).not.toEqual(docs.slice(0, 50));
  });

  it('makes realistic articles: ~400-word bodies, 3–5 topics, ten years of dates', () => {
    expect(new Set(docs.map((d) => d.slug)).size).toBe(2000);
    for (const doc of docs) {
      expect(doc.bodyText.split(' ')).toHaveLength(400);
      expect(doc.topics.length).toBeGreaterThanOrEqual(3);
      expect(doc.topics.length).toBeLessThanOrEqual(5);
      expect(Number.isNaN(Date.parse(doc.published))).toBe(false);
    }
    const times = docs.map((d) => Date.parse(d.published));
    expect(end.getTime() - Math.min(...times)).toBeGreaterThan(8 * 365 * 86_400_000);
  });

  it('has running stories of several reports, and some drafts and scheduled stories', () => {
    const sizes = new Map<string, number>();
    for (const doc of docs) if (doc.story) sizes.set(doc.story, (sizes.get(doc.story) ?? 0) + 1);
    const storied = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(storied / docs.length).toBeGreaterThan(0.4);
    expect(Math.max(...sizes.values())).toBeGreaterThanOrEqual(10);
    expect(docs.some((d) => d.draft)).toBe(true);
    expect(docs.some((d) => Date.parse(d.published) > end.getTime())).toBe(true);
  });

  it('gives topics a skewed frequency', () => {
    const counts = new Map<string, number>();
    for (const doc of docs) for (const topic of doc.topics) counts.set(topic.slug, (counts.get(topic.slug) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect((sorted[0] ?? 0) / (sorted[Math.floor(sorted.length / 2)] ?? 1)).toBeGreaterThan(5);
  });
});
