import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from './build-index';
import { computeAllRelated, rankRelated } from './rank';
import { testDoc } from '../../fixtures/related/test-docs';

const now = new Date('2024-06-01T00:00:00Z');

// A running story about a (fictional) harbour strike, plus other news.
const story = [
  testDoc('strike-begins', {
    title: 'Rotterdam dock workers strike at Maasvlakte terminal',
    bodyText: 'Dock workers at the Maasvlakte container terminal walked out on Monday. The Havenbond union wants higher night-shift pay.',
    topicNames: ['Rotterdam port', 'Strikes'],
    published: '2024-05-01T08:00:00Z',
  }),
  testDoc('strike-extended', {
    title: 'Havenbond extends Rotterdam dock strike',
    bodyText: 'The union extended the walkout by a week. Ships are queuing off the Maasvlakte as containers pile up on the quays.',
    topicNames: ['Rotterdam port', 'Strikes'],
    published: '2024-05-08T08:00:00Z',
  }),
  testDoc('strike-ends', {
    title: 'Maasvlakte strike ends with night-shift deal',
    bodyText: 'Terminal operators and the Havenbond union agreed on night-shift pay, ending the Rotterdam dock strike after three weeks.',
    topicNames: ['Rotterdam port'],
    published: '2024-05-20T08:00:00Z',
  }),
];
const other = [
  testDoc('tennis-final', { title: 'Teenager wins the clay-court final', bodyText: 'A teenager won the clay-court final in three sets.', topicNames: ['Tennis'], section: 'sport' }),
  testDoc('budget-vote', { title: 'Parliament passes the budget', bodyText: 'Parliament passed the budget after a long night of votes.', topicNames: ['Politics'] }),
];

function slugs(list: readonly { slug: string }[]): string[] {
  return list.map((c) => c.slug);
}

describe('rankRelated', () => {
  it('finds the other reports of the running story and not unrelated news', () => {
    const index = buildRelatedIndex([...story, ...other]);
    const ranked = rankRelated(index, 'strike-extended', { now });
    expect(slugs(ranked).sort()).toEqual(['strike-begins', 'strike-ends']);
    for (const c of ranked) {
      expect(c.parts.manual).toBe(false);
      expect(c.parts.total).toBeGreaterThanOrEqual(index.weights.threshold);
      expect(c.excluded).toBeUndefined();
    }
  });

  it('puts manual picks first in their order, skipping missing, draft, future, self and repeated picks', () => {
    const docs = [
      ...story.map((d) => (d.slug === 'strike-begins' ? { ...d, related: ['budget-vote', 'gone', 'draft-piece', 'future-piece', 'strike-begins', 'tennis-final', 'budget-vote'] } : d)),
      ...other,
      testDoc('draft-piece', { draft: true }),
      testDoc('future-piece', { published: '2024-07-01T00:00:00Z' }),
    ];
    const ranked = rankRelated(buildRelatedIndex(docs), 'strike-begins', { now });
    expect(slugs(ranked).slice(0, 2)).toEqual(['budget-vote', 'tennis-final']);
    expect(ranked.slice(0, 2).every((c) => c.parts.manual)).toBe(true);
    expect(slugs(ranked).slice(2).sort()).toEqual(['strike-ends', 'strike-extended']);
  });

  it('never lists the article itself, a draft or a story dated after now, however similar', () => {
    const twin = (slug: string, extra: Parameters<typeof testDoc>[1]) => testDoc(slug, { ...story[0], slug, ...extra });
    const docs = [...story, twin('draft-twin', { draft: true }), twin('future-twin', { published: '2024-06-02T00:00:00Z' })];
    const index = buildRelatedIndex(docs);
    for (const doc of docs) {
      const ranked = rankRelated(index, doc.slug, { now, explain: true });
      expect(slugs(ranked)).not.toContain(doc.slug);
      expect(slugs(ranked)).not.toContain('draft-twin');
      expect(slugs(ranked)).not.toContain('future-twin');
    }
    // A draft still gets its own list, for the editor's preview (without the
    // story it copies, which is a version of itself).
    expect(slugs(rankRelated(index, 'draft-twin', { now }))).toEqual(expect.arrayContaining(['strike-extended']));
    expect(slugs(rankRelated(index, 'draft-twin', { now }))).not.toContain('strike-begins');
  });

  it('shows two versions of one report once, keeping the more recently updated', () => {
    const report = [
      'Dock workers at the Maasvlakte container terminal walked out on Monday morning.',
      'The Havenbond union wants higher night-shift pay and more staff on the cranes.',
      'Terminal operators said the walkout would delay thousands of containers bound for Germany.',
      'Shipping lines began diverting vessels to Antwerp and Hamburg.',
    ].join(' ');
    const docs = [
      ...story.slice(1),
      testDoc('first-report', { title: 'Dock workers walk out at Rotterdam', bodyText: report, topicNames: ['Rotterdam port', 'Strikes'], published: '2024-05-01T08:00:00Z' }),
      testDoc('first-report-v2', {
        title: 'Rotterdam dock workers walk out',
        bodyText: `${report} Police were at the gates.`,
        topicNames: ['Rotterdam port', 'Strikes'],
        published: '2024-05-01T08:00:00Z',
        updated: '2024-05-01T18:00:00Z',
      }),
    ];
    const index = buildRelatedIndex(docs);
    const ranked = rankRelated(index, 'strike-ends', { now, explain: true });
    const shown = ranked.filter((c) => !c.excluded);
    expect(slugs(shown)).toContain('first-report-v2');
    expect(slugs(shown)).not.toContain('first-report');
    expect(ranked.find((c) => c.slug === 'first-report')).toMatchObject({ excluded: 'duplicate', duplicateOf: 'first-report-v2' });
    // Without explain, suppressed candidates are simply absent.
    expect(slugs(rankRelated(index, 'strike-ends', { now }))).not.toContain('first-report');
  });

  it('treats identical normalised headlines as one report, and hides versions of the article itself', () => {
    const docs = [
      ...story,
      testDoc('strike-begins-copy', {
        ...story[0],
        slug: 'strike-begins-copy',
        title: 'ROTTERDAM dock workers strike at Maasvlakte terminal!',
        bodyText: 'A rewritten report: the walkout at the port halted the terminal.',
      }),
    ];
    const ranked = rankRelated(buildRelatedIndex(docs), 'strike-begins', { now, explain: true });
    expect(ranked.find((c) => c.slug === 'strike-begins-copy')).toMatchObject({ excluded: 'duplicate', duplicateOf: 'strike-begins' });
  });

  it('needs stronger evidence from a much older story: the same report from two years ago ranks lower', () => {
    const topicNames = ['Rotterdam port'];
    const docs = [
      testDoc('now-piece', { title: 'Maasvlakte expansion opens', bodyText: 'The Maasvlakte terminal expansion by the Havenbond port board opens.', topicNames, published: '2024-05-30T00:00:00Z' }),
      testDoc('recent', { title: 'Maasvlakte expansion approved', bodyText: 'The port board approved the Maasvlakte terminal expansion.', topicNames, published: '2024-05-20T00:00:00Z' }),
      testDoc('old', { title: 'Maasvlakte expansion planned', bodyText: 'The Havenbond port board planned a terminal expansion.', topicNames, published: '2022-05-20T00:00:00Z' }),
    ];
    const ranked = rankRelated(buildRelatedIndex(docs), 'now-piece', { now });
    expect(slugs(ranked)).toEqual(['recent', 'old']);
    const [recent, old] = ranked;
    // The old report shares as much as the recent one, yet scores lower.
    expect((old?.parts.topic ?? 0) + (old?.parts.text ?? 0)).toBeGreaterThanOrEqual((recent?.parts.topic ?? 0) + (recent?.parts.text ?? 0) - 0.05);
    expect(old?.parts.time).toBeCloseTo(0.5, 2);
    expect(recent?.parts.time).toBeGreaterThan(0.9);
  });

  it('gives a small bonus for the same section', () => {
    const topicNames = ['Rotterdam port'];
    const docs = [
      testDoc('a', { title: 'Maasvlakte crane fails', bodyText: 'A crane at the Maasvlakte terminal failed.', topicNames }),
      testDoc('b', { title: 'Maasvlakte crane repaired', bodyText: 'Engineers repaired the Maasvlakte crane.', topicNames }),
      testDoc('c', { title: 'Maasvlakte crane replaced', bodyText: 'The port will replace the Maasvlakte crane.', topicNames, section: 'economy' }),
    ];
    const [first, second] = rankRelated(buildRelatedIndex(docs), 'a', { now });
    expect(first).toMatchObject({ slug: 'b', parts: { section: 1 } });
    expect(second).toMatchObject({ slug: 'c', parts: { section: 0 } });
    expect(first?.parts.total).toBeGreaterThan(second?.parts.total ?? Infinity);
  });

  it('does not pad the list with stories that only share a common tag', () => {
    const docs = [
      ...story,
      ...Array.from({ length: 12 }, (_, i) =>
        testDoc(`europe-${'abcdefghijkl'[i]}`, { title: `Europe news ${'abcdefghijkl'[i]}`, topicNames: ['Europe'], section: 'economy' }),
      ),
    ].map((d) => (d.slug.startsWith('strike') ? { ...d, topics: [...d.topics, { name: 'Europe', slug: 'europe' }] } : d));
    const ranked = rankRelated(buildRelatedIndex(docs), 'strike-ends', { now, limit: 10 });
    expect(slugs(ranked).sort()).toEqual(['strike-begins', 'strike-extended']);
  });

  it('respects the limit, manual picks included, and marks the rest with explain', () => {
    const docs = [...story.map((d) => (d.slug === 'strike-ends' ? { ...d, related: ['tennis-final'] } : d)), ...other];
    const index = buildRelatedIndex(docs);
    const [pick, computed] = rankRelated(index, 'strike-ends', { now, limit: 2 });
    expect(pick?.slug).toBe('tennis-final');
    expect(['strike-begins', 'strike-extended']).toContain(computed?.slug);
    const explained = rankRelated(index, 'strike-ends', { now, limit: 2, explain: true });
    expect(explained.filter((c) => c.excluded === 'over-limit')).toHaveLength(1);
    expect(slugs(rankRelated(index, 'strike-ends', { now, limit: 1 }))).toEqual(['tennis-final']);
  });

  it('uses German stop words for German articles, so "die", "der", "und" link nothing', () => {
    const docs = (lang: string) => [
      testDoc('rent', { lang, title: 'Die Mieten steigen', bodyText: 'Die Mieten in den Städten steigen und steigen.' }),
      testDoc('train', { lang, title: 'Der Zug ist zu spät', bodyText: 'Der Zug ist in den Abendstunden und am Morgen zu spät.' }),
      testDoc('brake', { lang, title: 'Mietpreisbremse verlängert', bodyText: 'Die Mietpreisbremse für hohe Mieten wird verlängert.' }),
    ];
    const german = rankRelated(buildRelatedIndex(docs('de-DE')), 'rent', { now, explain: true });
    expect(slugs(german)).toEqual(['brake']);
    // Read with English stop words, the German function words would link the train story.
    const english = rankRelated(buildRelatedIndex(docs('en')), 'rent', { now, explain: true });
    expect(english.find((c) => c.slug === 'train')?.parts.text ?? 0).toBeGreaterThan(0);
  });

  it('rejects an unknown slug', () => {
    expect(() => rankRelated(buildRelatedIndex(story), 'nope', { now })).toThrow(RangeError);
  });

  it('is deterministic', () => {
    const index = buildRelatedIndex([...story, ...other]);
    const once = rankRelated(index, 'strike-begins', { now, explain: true });
    expect(rankRelated(index, 'strike-begins', { now, explain: true })).toEqual(once);
    expect(rankRelated(buildRelatedIndex([...other, ...story].reverse()), 'strike-begins', { now, explain: true })).toEqual(once);
  });
});

describe('computeAllRelated', () => {
  it('returns a list of slugs for every article, at most `limit` long', () => {
    const docs = [...story, ...other];
    const related = computeAllRelated(docs, { now, limit: 1 });
    expect([...related.keys()].sort()).toEqual(docs.map((d) => d.slug).sort());
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(1);
    // One place: the running story's newest development comes first.
    expect(related.get('strike-begins')).toEqual(['strike-ends']);
  });
});
