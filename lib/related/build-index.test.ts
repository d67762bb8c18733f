import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from './build-index';
import { rankRelated } from './rank';
import { testDoc } from '../../fixtures/related/test-docs';

function postingsOf(index: ReturnType<typeof buildRelatedIndex>, kind: 'termPostings' | 'topicPostings', key: number): number[] {
  const { start, item } = index[kind];
  return Array.from(item.subarray(start[key] ?? 0, start[key + 1] ?? 0));
}

describe('buildRelatedIndex', () => {
  it('rejects a slug that appears twice and a date it cannot read', () => {
    expect(() => buildRelatedIndex([testDoc('a'), testDoc('a')])).toThrow(/appears twice/);
    expect(() => buildRelatedIndex([testDoc('a', { published: 'yesterday' })])).toThrow(/unreadable published/);
    expect(() => buildRelatedIndex([testDoc('a', { updated: '31.12.2024' })])).toThrow(/unreadable updated/);
  });

  it('handles an empty archive and articles without words or topics', () => {
    expect(buildRelatedIndex([]).docs).toEqual([]);
    const index = buildRelatedIndex([testDoc('a', { title: '', bodyText: '' }), testDoc('b', { title: 'The', bodyText: 'of and the' })]);
    expect(rankRelated(index, 'a', { now: new Date() })).toEqual([]);
  });

  it('keeps drafts out of the postings, so they are never candidates, but gives them vectors', () => {
    const docs = [
      testDoc('a', { title: 'Maasvlakte strike', topicNames: ['Port'] }),
      testDoc('b', { title: 'Maasvlakte strike', topicNames: ['Port'], draft: true }),
    ];
    const index = buildRelatedIndex(docs);
    const maasvlakte = index.text.terms.indexOf('maasvlakte');
    expect(postingsOf(index, 'termPostings', maasvlakte)).toEqual([0]);
    expect(postingsOf(index, 'topicPostings', 0)).toEqual([0]);
    expect((index.text.start[2] ?? 0) - (index.text.start[1] ?? 0)).toBeGreaterThan(0);
  });

  it('finds no candidates through a topic on more than 10% of a large archive, but still scores it', () => {
    const docs = Array.from({ length: 600 }, (_, i) =>
      testDoc(`doc-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, {
        topicNames: i < 30 ? ['Europe', 'Rare'] : ['Europe'],
        published: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      }),
    );
    const index = buildRelatedIndex(docs);
    // 600 articles: anything in more than 60 finds no candidates.
    expect(postingsOf(index, 'topicPostings', 0)).toEqual([]);
    expect(postingsOf(index, 'topicPostings', 1)).toHaveLength(30);
    const [first] = rankRelated(index, docs[0]?.slug ?? '', { now: new Date('2025-01-01'), explain: true });
    // Found through the rare topic; its score still counts the common one.
    expect(first?.parts.topic).toBeGreaterThan(0.9);
  });

  it('numbers articles by publication time, lists postings oldest first and key terms rarest first', () => {
    const docs = [
      testDoc('late', { title: 'Havenbond Maasvlakte', published: '2024-05-03T00:00:00Z' }),
      testDoc('early', { title: 'Havenbond Maasvlakte', published: '2024-05-01T00:00:00Z' }),
      testDoc('middle', { title: 'Maasvlakte', published: '2024-05-02T00:00:00Z' }),
    ];
    const index = buildRelatedIndex(docs);
    const listed = postingsOf(index, 'termPostings', index.text.terms.indexOf('maasvlakte')).map((d) => index.docs[d]?.slug);
    expect(listed).toEqual(['early', 'middle', 'late']);
    const { start, item } = index.keyTerms;
    const frequencies = Array.from(item.subarray(start[0] ?? 0, start[1] ?? 0), (id) => index.text.documentFrequency[id] ?? 0);
    expect(frequencies).toEqual([...frequencies].sort((a, b) => a - b));
  });
});
