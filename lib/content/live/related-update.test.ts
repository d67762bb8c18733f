import { describe, expect, it } from 'vitest';
import { testDoc } from '../../../fixtures/related/test-docs';
import { computeAllRelated, type RelatedDocument } from '../../related';
import { RELATED_LIMIT, updateRelated } from './related-update';

const NOW = new Date('2024-06-01T12:00:00Z');

/** Two clusters that share no topic, plus loners: a change in one cluster must leave the other alone. */
const archive: RelatedDocument[] = [
  testDoc('glacier-survey', { topicNames: ['Glaciers', 'Alps'], published: '2024-05-01T10:00:00Z' }),
  testDoc('glacier-lakes', { topicNames: ['Glaciers', 'Alps', 'Floods'], published: '2024-05-02T10:00:00Z' }),
  testDoc('alps-snow', { topicNames: ['Alps'], published: '2024-05-03T10:00:00Z' }),
  testDoc('cup-final', { topicNames: ['Football', 'Cup'], section: 'sport', published: '2024-05-01T10:00:00Z' }),
  testDoc('cup-semi', { topicNames: ['Football', 'Cup'], section: 'sport', published: '2024-04-20T10:00:00Z' }),
  testDoc('league-table', { topicNames: ['Football'], section: 'sport', published: '2024-05-04T10:00:00Z' }),
  testDoc('rates-held', { topicNames: ['Interest rates'], section: 'economy', published: '2024-05-05T10:00:00Z' }),
];

const fullRanking = (docs: readonly RelatedDocument[]) => computeAllRelated(docs, { now: NOW, limit: RELATED_LIMIT });

describe('updateRelated', () => {
  const previous = fullRanking(archive);

  it('starts from lists that pair the clusters as expected', () => {
    expect(previous.get('glacier-survey')).toContain('glacier-lakes');
    expect(previous.get('cup-final')).toContain('cup-semi');
    expect(previous.get('rates-held')).toEqual([]);
  });

  it('puts a new story sharing rare topics into the lists of the stories it matches, and ranks its own', () => {
    const story = testDoc('glacier-collapse', { topicNames: ['Glaciers', 'Floods'], published: '2024-05-30T10:00:00Z' });
    const docs = [...archive, story];
    const { related, ranked } = updateRelated({ docs, previous, changed: [story.slug], now: NOW });
    expect(related.get('glacier-lakes')).toContain('glacier-collapse');
    expect(related.get('glacier-survey')).toContain('glacier-collapse');
    expect(related.get('glacier-collapse')).toEqual(expect.arrayContaining(['glacier-lakes', 'glacier-survey']));
    expect(ranked).toContain('glacier-collapse');
    // The same lists a full ranking of the new archive gives.
    expect(Object.fromEntries(related)).toEqual(Object.fromEntries(fullRanking(docs)));
  });

  it('keeps the very same array for every list the change cannot move', () => {
    const story = testDoc('glacier-collapse', { topicNames: ['Glaciers', 'Floods'], published: '2024-05-30T10:00:00Z' });
    const { related } = updateRelated({ docs: [...archive, story], previous, changed: [story.slug], now: NOW });
    for (const slug of ['cup-final', 'cup-semi', 'league-table', 'rates-held']) expect(related.get(slug), slug).toBe(previous.get(slug));
  });

  it('keeps the same array when a list is ranked again and comes out equal', () => {
    // A correction to a story's teaser changes no score: its own list and its neighbours' are ranked again, and equal.
    const docs = archive.map((doc) => (doc.slug === 'cup-final' ? { ...doc, teaser: 'Corrected.' } : doc));
    const { related, ranked } = updateRelated({ docs, previous, changed: ['cup-final'], now: NOW });
    expect(ranked).toContain('cup-final');
    for (const doc of archive) expect(related.get(doc.slug), doc.slug).toBe(previous.get(doc.slug));
  });

  it('takes a removed story out of every list that showed it, and drops its own list', () => {
    const docs = archive.filter((doc) => doc.slug !== 'cup-semi');
    const { related, ranked } = updateRelated({ docs, previous, changed: ['cup-semi'], now: NOW });
    expect(previous.get('cup-final')).toContain('cup-semi');
    expect(related.get('cup-final')).not.toContain('cup-semi');
    expect(related.get('league-table')).not.toContain('cup-semi');
    expect(related.has('cup-semi')).toBe(false);
    expect(ranked).not.toContain('cup-semi');
    expect(related.get('glacier-survey')).toBe(previous.get('glacier-survey'));
    expect(Object.fromEntries(related)).toEqual(Object.fromEntries(fullRanking(docs)));
  });

  it('ranks a story with no previous list, such as a scheduled story released', () => {
    const { related } = updateRelated({ docs: archive, previous: new Map(), changed: [], now: NOW });
    expect(Object.fromEntries(related)).toEqual(Object.fromEntries(previous));
  });

  it('leaves a story scheduled after `now` out of every list', () => {
    const later = testDoc('glacier-forecast', { topicNames: ['Glaciers', 'Alps', 'Floods'], published: '2024-06-02T10:00:00Z' });
    const { related } = updateRelated({ docs: [...archive, later], previous, changed: [later.slug], now: NOW });
    for (const list of related.values()) expect(list).not.toContain('glacier-forecast');
  });
});

describe('updateRelated and running stories', () => {
  const part = (slug: string, published: string, words: string) =>
    testDoc(slug, {
      title: `Orbitra lander ${words}`,
      bodyText: `Orbitra said the Selene lander built with Delft students would land near Aristarchus. Élodie Marchetti led the mission. ${words}`,
      topicNames: ['Space', 'Moon'],
      section: 'science',
      published,
    });
  const story = [part('launch', '2024-04-02T12:00:00Z', 'launch'), part('orbit', '2024-04-20T12:00:00Z', 'orbit'), part('descent', '2024-05-07T12:00:00Z', 'descent')];
  const docs = [...archive, ...story];

  it('puts a new part first in every other part’s list, as a full ranking does', () => {
    const previous = fullRanking(docs);
    const crash = part('crash', '2024-05-30T12:00:00Z', 'contact lost');
    const after = [...docs, crash];
    const { related, ranked } = updateRelated({ docs: after, previous, changed: [crash.slug], now: NOW });
    for (const slug of ['launch', 'orbit', 'descent']) {
      expect(ranked).toContain(slug);
      expect(related.get(slug)?.[0], slug).toBe('crash');
    }
    expect(Object.fromEntries(related)).toEqual(Object.fromEntries(fullRanking(after)));
  });
});
