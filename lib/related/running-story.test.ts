import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from './build-index';
import { readingOrder, runningStory } from './running-story';
import { testDoc } from '../../fixtures/related/test-docs';

const now = new Date('2024-12-01T00:00:00Z').getTime();
const part = (slug: string, published: string, extra = '') =>
  testDoc(slug, {
    title: `Orbitra lander ${extra}`,
    bodyText: `Orbitra said the Selene lander built with Delft students would land near Aristarchus. Élodie Marchetti led the mission. ${extra}`,
    topicNames: ['Space', 'Moon'],
    section: 'science',
    published,
  });

describe('runningStory', () => {
  const docs = [
    part('launch', '2024-02-02T12:00:00Z', 'launch from Kourou'),
    part('orbit', '2024-03-01T12:00:00Z', 'enters orbit'),
    part('crash', '2024-03-07T12:00:00Z', 'contact lost'),
    // Same names, a year later: outside the window of every other part.
    part('sequel', '2025-03-07T12:00:00Z', 'second lander'),
    testDoc('rocket', {
      title: 'Kestrel rocket fails after launch',
      bodyText: 'Highland Launch lost a Kestrel rocket over Shetland after launch; the lander and orbit plans are on hold.',
      topicNames: ['Space'],
      section: 'science',
      published: '2024-03-05T12:00:00Z',
    }),
  ];
  const index = buildRelatedIndex(docs);
  const at = (slug: string) => index.bySlug.get(slug) ?? -1;

  it('groups the reports naming the same people and places within the window, oldest first', () => {
    expect(runningStory(index, at('orbit'), now).map((d) => index.docs[d]?.slug)).toEqual(['launch', 'orbit', 'crash']);
  });

  it('leaves out a report of the same domain with other names, and one outside the window', () => {
    expect(runningStory(index, at('rocket'), now)).toEqual([at('rocket')]);
  });

  it('never includes a story published after now', () => {
    const early = new Date('2024-03-02T00:00:00Z').getTime();
    expect(runningStory(index, at('launch'), early).map((d) => index.docs[d]?.slug)).toEqual(['launch', 'orbit']);
  });
});

describe('readingOrder', () => {
  it('puts the newest development first, then the beginning, then the rest by score', () => {
    const score = (e: number) => [0, 0.1, 0.5, 0.3, 0][e] ?? 0;
    expect(readingOrder([0, 1, 2, 3, 4], 4, score)).toEqual([3, 0, 2, 1]);
    expect(readingOrder([0, 1, 2, 3, 4], 2, score)).toEqual([4, 0, 3, 1]);
    expect(readingOrder([0, 1], 1, score)).toEqual([0]);
  });
});
