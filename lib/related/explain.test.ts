import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from './build-index';
import { sharedEntities, sharedTerms, sharedTopics } from './explain';
import { testDoc } from '../../fixtures/related/test-docs';

describe('sharedTerms and sharedTopics', () => {
  const docs = [
    testDoc('a', { title: 'Havenbond strike at Maasvlakte', bodyText: 'The Havenbond strike goes on.', topicNames: ['Strikes', 'Rotterdam port'] }),
    testDoc('b', { title: 'Havenbond strike ends', bodyText: 'The Havenbond strike is over.', topicNames: ['Rotterdam port', 'Strikes'] }),
    testDoc('c', { title: 'Strike elsewhere', bodyText: 'A strike.', topicNames: ['Strikes'] }),
  ];
  const index = buildRelatedIndex(docs);

  it('names the words that link two stories, most telling first', () => {
    expect(sharedTerms(index, 'a', 'b')).toEqual(['havenbond', 'strike']);
    expect(sharedTerms(index, 'a', 'missing')).toEqual([]);
  });

  it('names the shared topics, rarest first', () => {
    expect(sharedTopics(index, 'a', 'b')).toEqual(['Rotterdam port', 'Strikes']);
    expect(sharedTopics(index, 'b', 'c')).toEqual(['Strikes']);
  });

  it('names the shared entities, as first written, with their share of the entity cosine', () => {
    const shared = sharedEntities(index, 'a', 'b');
    expect(shared.map((e) => e.name)).toEqual(['Havenbond']);
    expect(shared[0]?.contribution).toBeGreaterThan(0);
    expect(sharedEntities(index, 'a', 'c')).toEqual([]);
  });
});
