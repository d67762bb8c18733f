import { describe, expect, it } from 'vitest';
import { liveArticle } from '../../../fixtures/live/stories';
import type { Article } from '../types';
import { foldLiveRecords } from './fold';
import { recordId, sha256, type LiveRecord, type PublishRecord, type TakedownRecord } from './journal';

const publish = (article: Article, at: string): PublishRecord => ({ kind: 'publish', slug: article.slug, at, source: article.title, sha256: sha256(article.title), article });
const takedown = (slug: string, at: string): TakedownRecord => ({ kind: 'takedown', slug, section: 'world', at });
/** The build compiles each publish record again; here the record's own article stands in for that. */
const recompiledOf = (records: readonly LiveRecord[]) => new Map(records.flatMap((r) => (r.kind === 'publish' ? [[r.slug, r.article] as const] : [])));
const fold = (git: readonly Article[], records: readonly LiveRecord[]) => foldLiveRecords(git, records, recompiledOf(records));
const titles = (articles: readonly Article[]) => Object.fromEntries(articles.map((a) => [a.slug, a.title]));

describe('foldLiveRecords', () => {
  it('lets a live version newer than the file in content/ win, and adds a story only published live', () => {
    const git = [liveArticle('a', { title: 'git', published: '2024-05-01T10:00:00Z' }), liveArticle('b')];
    const live = liveArticle('a', { title: 'live', published: '2024-05-01T10:00:00Z', updated: '2024-05-02T10:00:00Z' });
    const only = liveArticle('c', { title: 'live only' });
    const result = fold(git, [publish(live, '2024-05-02T10:00:05Z'), publish(only, '2024-05-02T11:00:00Z')]);
    expect(titles(result.articles)).toEqual({ a: 'live', b: 'Story b', c: 'live only' });
    expect(result.notes).toEqual([]);
  });

  it('lets a live version win a tie: the file did not change after it', () => {
    const git = [liveArticle('a', { title: 'git' })];
    const result = fold(git, [publish(liveArticle('a', { title: 'live' }), '2024-05-03T00:00:00Z')]);
    expect(titles(result.articles)).toEqual({ a: 'live' });
  });

  it('keeps a file in content/ updated later than the live version, and says so', () => {
    const git = [liveArticle('a', { title: 'git', updated: '2024-05-05T10:00:00Z' })];
    const live = liveArticle('a', { title: 'live', updated: '2024-05-02T10:00:00Z' });
    const result = fold(git, [publish(live, '2024-05-02T10:00:05Z')]);
    expect(titles(result.articles)).toEqual({ a: 'git' });
    expect(result.notes).toEqual(['content/articles/a.mdx is newer than the version of a published live on 2024-05-02T10:00:05Z: the file wins.']);
  });

  it('removes a story taken down live', () => {
    const git = [liveArticle('a'), liveArticle('b')];
    const result = fold(git, [takedown('a', '2024-05-03T00:00:00Z')]);
    expect(result.articles.map((a) => a.slug)).toEqual(['b']);
    expect(result.notes).toEqual([]);
  });

  it('publishes a story again when its file changed after the takedown, and says so', () => {
    const git = [liveArticle('a', { updated: '2024-05-04T00:00:00Z' })];
    const result = fold(git, [takedown('a', '2024-05-03T00:00:00Z')]);
    expect(result.articles.map((a) => a.slug)).toEqual(['a']);
    expect(result.notes).toEqual(['content/articles/a.mdx changed after a was taken down on 2024-05-03T00:00:00Z: the file is published again.']);
  });

  it('ignores a takedown of a story content/ never had', () => {
    const result = fold([liveArticle('b')], [takedown('a', '2024-05-03T00:00:00Z')]);
    expect(result.articles.map((a) => a.slug)).toEqual(['b']);
  });

  it('names every record it considered in `folded`, winners and losers alike', () => {
    const git = [liveArticle('a', { updated: '2024-05-09T00:00:00Z' }), liveArticle('b'), liveArticle('c', { updated: '2024-05-09T00:00:00Z' })];
    const records: LiveRecord[] = [
      publish(liveArticle('a'), '2024-05-03T00:00:00Z'),
      takedown('b', '2024-05-03T00:00:00Z'),
      takedown('c', '2024-05-03T00:00:00Z'),
      publish(liveArticle('d'), '2024-05-03T00:00:00Z'),
    ];
    const result = fold(git, records);
    expect(result.folded).toEqual(Object.fromEntries(records.map((r) => [r.slug, recordId(r)])));
    expect(result.articles.map((a) => a.slug).sort()).toEqual(['a', 'c', 'd']);
    expect(result.notes).toHaveLength(2);
  });

  it('leaves the articles it was given untouched', () => {
    const git = [liveArticle('a')];
    fold(git, [takedown('a', '2024-05-03T00:00:00Z')]);
    expect(git.map((a) => a.slug)).toEqual(['a']);
  });
});
