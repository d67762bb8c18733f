import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/load';
import { siteConfig } from '../site-config';
import { benchArticles, benchSection } from './synthetic-corpus';
import { writeBenchCorpus } from './write-corpus';

const publicDir = path.join(__dirname, '..', 'content', 'fixtures', 'public');
const images = ['/images/articles/fixture.jpg', '/images/articles/chart.jpg'];
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('benchArticles', () => {
  it('is deterministic for a seed', () => {
    const a = [...benchArticles({ count: 20, images, seed: 7 })].map((f) => f.mdx);
    const b = [...benchArticles({ count: 20, images, seed: 7 })].map((f) => f.mdx);
    expect(a).toEqual(b);
  });

  it('maps every generator desk onto a configured section', () => {
    const sections = new Set(siteConfig.sections.map((s) => s.slug));
    for (const desk of ['world', 'politics', 'germany', 'economy', 'sport', 'culture', 'science', 'opinion']) expect(sections.has(benchSection(desk))).toBe(true);
  });
});

describe('writeBenchCorpus', () => {
  it('writes an archive the content loader accepts without a single error, components and drafts included', async () => {
    const contentDir = await mkdtemp(path.join(tmpdir(), 'lede-bench-corpus-'));
    dirs.push(contentDir);
    const written = await writeBenchCorpus(contentDir, 300, images);
    const { articles, errors } = await loadCorpus({ contentDir, publicDir, includeDrafts: true });
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(300);
    expect(written.drafts).toBeGreaterThan(0);
    expect(articles.filter((a) => a.draft)).toHaveLength(written.drafts);
    const used = new Set<string>();
    const walk = (node: { tagName?: string; children?: unknown[] }) => {
      if (node.tagName) used.add(node.tagName);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    for (const article of articles) walk(article.body as never);
    for (const tag of ['p', 'h2', 'Quote', 'MediaTeaser', 'FactBox', 'Figure']) expect(used.has(tag), tag).toBe(true);
  }, 120_000);
});
