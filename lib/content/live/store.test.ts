import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTempSite, liveStoryMdx, projectPublicDir, type LiveStoryOptions, type TempSite } from '../../../fixtures/live/stories';
import { ContentError } from '../errors';
import { loadSingleSource } from '../load';
import type { Article } from '../types';
import { Journal, recordId, sha256, type PublishRecord } from './journal';
import type { Snapshot } from './snapshot';
import type { DiskContentStore, Outcome } from './store';

const NOW = new Date('2024-06-01T12:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

/** Body texts with no words in common between clusters, so related lists stay inside a cluster. */
const texts = {
  glaciers: 'Alpine glaciers lost a record share of their ice this summer, and the retreat exposed moraine and bedrock that had been buried for millennia.',
  heat: 'Temperatures passed forty degrees across southern Spain as hospitals prepared for heatstroke patients and farmers lost harvests.',
  nato: 'Alliance ministers met in Brussels to agree a timetable for troop rotations along the eastern flank and new defence spending targets.',
  cup: 'The striker scored twice in extra time as the home side lifted the trophy in front of a sold-out stadium on Saturday night.',
  rates: 'The central bank kept borrowing costs unchanged for a fourth meeting, citing stubborn services inflation and a cooling labour market.',
  budget: 'Parliament votes on the spending plan tonight after a week of negotiations over pensions, defence procurement and regional grants.',
};

/** The archive in git: MDX sources the loader compiles, as `npm run content:build` would. */
const baseSources: Record<string, LiveStoryOptions> = {
  'alpine-glaciers-retreat': { published: minutes(-2 * 24 * 60), topics: ['Glaciers', 'Alps', 'Climate change'], bodyText: texts.glaciers, title: 'Alpine glaciers retreat', teaser: 'A record summer melt.' },
  'heatwave-records': { published: minutes(-3 * 24 * 60), topics: ['Heatwaves', 'Spain'], bodyText: texts.heat, title: 'Spain swelters', teaser: 'Forty degrees in Seville.' },
  'nato-summit-opens': { published: minutes(-4 * 24 * 60), section: 'world', topics: ['NATO', 'Diplomacy'], bodyText: texts.nato, title: 'NATO summit opens', teaser: 'Ministers meet in Brussels.' },
  'cup-final-report': { published: minutes(-5 * 24 * 60), section: 'sport', topics: ['Football'], bodyText: texts.cup, title: 'Home side lift the cup', teaser: 'Two goals in extra time.' },
  'rates-held-steady': { published: minutes(-6 * 24 * 60), section: 'economy', topics: ['Interest rates'], bodyText: texts.rates, title: 'Rates held', teaser: 'The bank waits.' },
  'budget-vote-tonight': { published: minutes(60), section: 'economy', topics: ['Budget'], bodyText: texts.budget, title: 'Budget vote tonight', teaser: 'Parliament decides.' },
};

async function compile(slug: string, options: LiveStoryOptions): Promise<Article> {
  const { article, errors } = await loadSingleSource({
    slug,
    source: liveStoryMdx(slug, options),
    file: `content/articles/${slug}.mdx`,
    knownSlugs: new Set(),
    publicDir: projectPublicDir(),
  });
  if (!article) throw new Error(errors.map((e) => e.message).join('\n'));
  return article;
}

let baseArticles: Article[];
beforeAll(async () => {
  baseArticles = await Promise.all(Object.entries(baseSources).map(([slug, options]) => compile(slug, options)));
});

let site: TempSite;
let store: DiskContentStore;
beforeEach(async () => {
  site = await createTempSite(baseArticles, NOW);
  store = site.open();
});
afterEach(() => site.remove());

const slugs = (snapshot: Snapshot) => snapshot.articles.map((a) => a.slug);
const recordFiles = () => readdirSync(path.join(site.liveDir, 'records'));
const draftFiles = () => readdirSync(path.join(site.liveDir, 'drafts'));
const journal = () => new Journal(site.liveDir);
/** The slugs of a front's stories, read through its listing the way lib/content/store.ts does. */
const front = (snapshot: Snapshot, positions: readonly number[] | undefined) => (positions ?? []).map((p) => snapshot.articles[p]?.slug);
const everyRelated = (snapshot: Snapshot) => [...snapshot.related.values()].flat();

/** Checks the status and narrows to it; an intersection, since one member of Outcome covers several statuses. */
function expectStatus<S extends Outcome['status']>(outcome: Outcome | undefined, status: S): Outcome & { readonly status: S } {
  expect(outcome?.status).toBe(status);
  return outcome as Outcome & { readonly status: S };
}

const glacierLakes = (options: Partial<LiveStoryOptions> = {}) => liveStoryMdx('glacier-lakes-grow', { published: minutes(-10), topics: ['Glaciers', 'Alps', 'Moraine'], ...options });

describe('DiskContentStore: the base index', () => {
  it('shows the built archive, with the story scheduled for later kept apart', () => {
    const snapshot = store.current();
    expect(slugs(snapshot)).toEqual(['alpine-glaciers-retreat', 'heatwave-records', 'nato-summit-opens', 'cup-final-report', 'rates-held-steady']);
    expect(snapshot.scheduled.map((s) => s.slug)).toEqual(['budget-vote-tonight']);
    expect(snapshot.gone.size).toBe(0);
  });

  it('returns the same snapshot until something changes', () => {
    expect(store.current()).toBe(store.current());
  });
});

describe('DiskContentStore.publish', () => {
  it('creates a new story: visible everywhere, kept on disk, and seen after a restart', async () => {
    const source = glacierLakes();
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', source), 'created');
    expect(outcome.story).toEqual({ slug: 'glacier-lakes-grow', section: 'climate', lang: 'en' });

    const snapshot = store.current();
    expect(slugs(snapshot)[0]).toBe('glacier-lakes-grow');
    expect(snapshot.bySlug.get('glacier-lakes-grow')?.topics.map((t) => t.slug)).toEqual(['glaciers', 'alps', 'moraine']);
    expect(front(snapshot, snapshot.listings.bySection['climate'])).toEqual(['glacier-lakes-grow', 'alpine-glaciers-retreat', 'heatwave-records']);
    expect(front(snapshot, snapshot.listings.byTopic['moraine'])).toEqual(['glacier-lakes-grow']);
    expect(front(snapshot, snapshot.listings.byTopic['glaciers'])).toEqual(['glacier-lakes-grow', 'alpine-glaciers-retreat']);
    expect(snapshot.topicsBySlug.get('moraine')).toEqual({ name: 'Moraine', slug: 'moraine' });
    expect(snapshot.topics.map((t) => t.slug)).toContain('moraine');
    expect(snapshot.related.get('glacier-lakes-grow')).toContain('alpine-glaciers-retreat');
    expect(snapshot.related.get('alpine-glaciers-retreat')).toContain('glacier-lakes-grow');
    expect(await store.body('glacier-lakes-grow')).toMatchObject({ type: 'root' });

    const record = journal().read('glacier-lakes-grow');
    expect(record).toMatchObject({ kind: 'publish', slug: 'glacier-lakes-grow', at: NOW.toISOString(), source, sha256: sha256(source) });
    expect(recordFiles()).toEqual(['glacier-lakes-grow.json']);

    const restarted = site.open().current();
    expect(slugs(restarted)).toEqual(slugs(snapshot));
    expect(restarted.bySlug.get('glacier-lakes-grow')).toEqual(snapshot.bySlug.get('glacier-lakes-grow'));
    expect(Object.fromEntries(restarted.related)).toEqual(Object.fromEntries(snapshot.related));
    expect(await site.open().body('glacier-lakes-grow')).toEqual(await store.body('glacier-lakes-grow'));
  });

  it('expires the story, its fronts and the related lists it entered, and no unrelated article', async () => {
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes()), 'created');
    expect(outcome.paths).toEqual(
      expect.arrayContaining([
        '/',
        '/climate',
        '/climate/feed.xml',
        '/climate/glacier-lakes-grow',
        '/climate/glacier-lakes-grow/opengraph-image',
        '/topics/moraine',
        '/topics/glaciers',
        '/climate/alpine-glaciers-retreat',
      ]),
    );
    for (const unrelated of ['/sport/cup-final-report', '/world/nato-summit-opens', '/economy/rates-held-steady', '/sport', '/world']) {
      expect(outcome.paths).not.toContain(unrelated);
    }
  });

  it('answers unchanged, with nothing to expire and nothing written, for the same file again', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    const before = { generation: journal().generation(), record: journal().read('glacier-lakes-grow'), snapshot: store.current() };
    site.now = minutes(5);
    expect(await store.publish('glacier-lakes-grow', glacierLakes())).toEqual({ status: 'unchanged', story: { slug: 'glacier-lakes-grow', section: 'climate', lang: 'en' }, paths: [] });
    expect(journal().generation()).toBe(before.generation);
    expect(journal().read('glacier-lakes-grow')).toEqual(before.record);
    expect(store.current()).toBe(before.snapshot);
  });

  it('answers unchanged for the file of a story already in the built archive', async () => {
    const slug = 'nato-summit-opens';
    const outcome = await store.publish(slug, liveStoryMdx(slug, baseSources[slug] ?? { published: NOW }));
    expect(outcome).toEqual({ status: 'unchanged', story: { slug, section: 'world', lang: 'en' }, paths: [] });
    expect(recordFiles()).toEqual([]);
  });

  it('updates a story with a correction', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    site.now = minutes(30);
    const corrected = glacierLakes({ title: 'Glacier lakes grow, corrected', updated: minutes(30), correction: 'An earlier version gave the wrong count.' });
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', corrected), 'updated');
    expect(outcome.paths).toContain('/climate/glacier-lakes-grow');
    // The related card on the story it matches shows the new title.
    expect(outcome.paths).toContain('/climate/alpine-glaciers-retreat');
    const story = store.current().bySlug.get('glacier-lakes-grow');
    expect(story).toMatchObject({ title: 'Glacier lakes grow, corrected', correction: 'An earlier version gave the wrong count.' });
    expect(journal().read('glacier-lakes-grow')).toMatchObject({ kind: 'publish', at: minutes(30).toISOString(), source: corrected });
    expect(site.open().current().bySlug.get('glacier-lakes-grow')?.title).toBe('Glacier lakes grow, corrected');
  });

  it('updates a story of the built archive, and the live version wins after a restart', async () => {
    const slug = 'nato-summit-opens';
    const outcome = expectStatus(await store.publish(slug, liveStoryMdx(slug, { ...baseSources[slug], published: minutes(-4 * 24 * 60), title: 'NATO summit opens in Vilnius' })), 'updated');
    expect(outcome.story).toEqual({ slug, section: 'world', lang: 'en' });
    expect(site.open().current().bySlug.get(slug)?.title).toBe('NATO summit opens in Vilnius');
  });

  it('lists both sections when a correction moves a story', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ section: 'science' })), 'updated');
    expect(outcome.paths).toEqual(expect.arrayContaining(['/climate', '/science', '/climate/glacier-lakes-grow', '/science/glacier-lakes-grow', '/climate/feed.xml', '/science/feed.xml']));
    expect(store.current().listings.bySection['climate']?.length).toBe(2);
  });

  it('refuses an invalid file with errors naming it, and writes nothing', async () => {
    const generation = journal().generation();
    const snapshot = store.current();
    const broken = glacierLakes().replace('section: climate', 'section: gossip').replace(/^title: .*$/m, 'title: ""');
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', broken), 'invalid');
    expect(outcome.errors.length).toBeGreaterThanOrEqual(2);
    for (const error of outcome.errors) {
      expect(error).toBeInstanceOf(ContentError);
      expect(error.file).toBe('content/articles/glacier-lakes-grow.mdx');
    }
    expect(outcome.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['title', 'section']));
    expect(recordFiles()).toEqual([]);
    expect(draftFiles()).toEqual([]);
    expect(journal().generation()).toBe(generation);
    expect(store.current()).toBe(snapshot);
  });

  it('refuses a related pick that names no story, and accepts one that does', async () => {
    const unknown = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ related: ['no-such-story'] })), 'invalid');
    expect(unknown.errors.map((e) => e.field)).toEqual(['related.0']);
    expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ related: ['heatwave-records'] })), 'created');
    expect(store.current().related.get('glacier-lakes-grow')?.[0]).toBe('heatwave-records');
  });

  it('saves a draft where only previews see it, and a later publish removes the draft', async () => {
    const draft = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ draft: true })), 'draft-saved');
    expect(draft).toEqual({ status: 'draft-saved', story: { slug: 'glacier-lakes-grow', section: 'climate', lang: 'en' }, paths: [] });
    expect(store.current().bySlug.has('glacier-lakes-grow')).toBe(false);
    expect(site.open().current().bySlug.has('glacier-lakes-grow')).toBe(false);
    expect(store.draft('glacier-lakes-grow')).toMatchObject({ slug: 'glacier-lakes-grow', draft: true });
    expect(recordFiles()).toEqual([]);

    expectStatus(await store.publish('glacier-lakes-grow', glacierLakes()), 'created');
    expect(store.draft('glacier-lakes-grow')).toBeUndefined();
    expect(draftFiles()).toEqual([]);
  });

  it('keeps the live version of a story while an edit of it is a draft', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ draft: true, title: 'A pending edit' })), 'draft-saved');
    expect(store.current().bySlug.get('glacier-lakes-grow')?.title).not.toBe('A pending edit');
    expect(store.draft('glacier-lakes-grow')?.title).toBe('A pending edit');
    // Sending the live version again drops the pending edit.
    expectStatus(await store.publish('glacier-lakes-grow', glacierLakes()), 'unchanged');
    expect(store.draft('glacier-lakes-grow')).toBeUndefined();
  });

  it('lands twenty concurrent publishes as twenty stories and twenty records', async () => {
    const names = Array.from({ length: 20 }, (_, n) => `burst-story-${n}`);
    const outcomes = await Promise.all(names.map((slug, n) => store.publish(slug, liveStoryMdx(slug, { published: minutes(-n - 1) }))));
    expect(outcomes.map((o) => o.status)).toEqual(names.map(() => 'created'));
    const snapshot = store.current();
    for (const slug of names) expect(snapshot.bySlug.has(slug), slug).toBe(true);
    expect(recordFiles().sort()).toEqual(names.map((slug) => `${slug}.json`).sort());
    expect(slugs(site.open().current()).filter((slug) => slug.startsWith('burst-'))).toHaveLength(20);
    // Twenty MDX compiles: slow on a busy two-core machine, never stuck.
  }, 30_000);

  it('shows a publish made by another process on the same disk', async () => {
    const other = site.open();
    const seen = other.current();
    await store.publish('glacier-lakes-grow', glacierLakes());
    expect(seen.bySlug.has('glacier-lakes-grow')).toBe(false);
    expect(other.current().bySlug.has('glacier-lakes-grow')).toBe(true);
  });
});

describe('DiskContentStore.takeDown', () => {
  it('takes a story down everywhere, keeps it gone after a restart, and expires what showed it', async () => {
    const slug = 'alpine-glaciers-retreat';
    await store.publish('glacier-lakes-grow', glacierLakes());
    expect(store.current().related.get('glacier-lakes-grow')).toContain(slug);

    site.now = minutes(5);
    const outcome = expectStatus(await store.takeDown(slug), 'taken-down');
    expect(outcome.story).toMatchObject({ slug, section: 'climate' });
    expect(outcome.paths).toEqual(expect.arrayContaining([`/climate/${slug}`, '/climate', '/topics/alps', '/climate/glacier-lakes-grow']));
    expect(outcome.paths).not.toContain('/sport/cup-final-report');

    for (const snapshot of [store.current(), site.open().current()]) {
      expect(snapshot.gone.get(slug)).toEqual({ slug, section: 'climate', at: minutes(5).toISOString() });
      expect(snapshot.bySlug.has(slug)).toBe(false);
      expect(slugs(snapshot)).not.toContain(slug);
      expect(front(snapshot, snapshot.listings.bySection['climate'])).toEqual(['glacier-lakes-grow', 'heatwave-records']);
      expect(front(snapshot, snapshot.listings.byTopic['alps'])).toEqual(['glacier-lakes-grow']);
      expect(snapshot.related.has(slug)).toBe(false);
      expect(everyRelated(snapshot)).not.toContain(slug);
    }
    expect(journal().read(slug)).toEqual({ kind: 'takedown', slug, section: 'climate', at: minutes(5).toISOString() });
  });

  it('drops a topic no visible story uses any more', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    await store.takeDown('glacier-lakes-grow');
    expect(store.current().topicsBySlug.has('moraine')).toBe(false);
    expect(store.current().listings.byTopic['moraine']).toBeUndefined();
    expect(await store.body('glacier-lakes-grow')).toBeUndefined();
  });

  it('answers not-found for a slug no story has, and writes nothing', async () => {
    expect(await store.takeDown('no-such-story')).toEqual({ status: 'not-found' });
    expect(recordFiles()).toEqual([]);
  });

  it('answers already-gone the second time, with nothing to expire', async () => {
    site.now = minutes(5);
    await store.takeDown('heatwave-records');
    site.now = minutes(10);
    expect(await store.takeDown('heatwave-records')).toEqual({
      status: 'already-gone',
      story: { slug: 'heatwave-records', section: 'climate', at: minutes(5).toISOString() },
      paths: [],
    });
    expect(await site.open().takeDown('heatwave-records')).toMatchObject({ status: 'already-gone' });
  });

  it('takes down a scheduled story before it is released', async () => {
    expectStatus(await store.takeDown('budget-vote-tonight'), 'taken-down');
    expect(store.current().scheduled).toEqual([]);
    site.now = minutes(120);
    expect(await store.release()).toBeUndefined();
    expect(store.current().bySlug.has('budget-vote-tonight')).toBe(false);
  });

  it('publishes a story again after a takedown: created, and no longer gone', async () => {
    await store.takeDown('heatwave-records');
    const source = liveStoryMdx('heatwave-records', { ...baseSources['heatwave-records'], published: minutes(-3 * 24 * 60) });
    site.now = minutes(10);
    const outcome = expectStatus(await store.publish('heatwave-records', source), 'created');
    expect(outcome.paths).toContain('/climate/heatwave-records');
    for (const snapshot of [store.current(), site.open().current()]) {
      expect(snapshot.gone.has('heatwave-records')).toBe(false);
      expect(snapshot.bySlug.has('heatwave-records')).toBe(true);
    }
  });

  it('never changes a snapshot already handed out, even one loaded after a restart', async () => {
    await store.takeDown('heatwave-records');
    const restarted = site.open();
    const held = restarted.current();
    const outcome = expectStatus(
      await restarted.publish('heatwave-records', liveStoryMdx('heatwave-records', { ...baseSources['heatwave-records'], published: minutes(-3 * 24 * 60), section: 'science' })),
      'created',
    );
    expect(held.gone.has('heatwave-records')).toBe(true);
    // The old address answered 410; now it answers 404, so it has to be expired too.
    expect(outcome.paths).toEqual(expect.arrayContaining(['/climate/heatwave-records', '/science/heatwave-records']));
    expect(restarted.current().gone.has('heatwave-records')).toBe(false);
  });
});

describe('DiskContentStore.release', () => {
  it('keeps a story published for later out of sight until the clock reaches it', async () => {
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes({ published: minutes(30) })), 'created');
    expect(outcome.paths).not.toContain('/climate/glacier-lakes-grow');
    const snapshot = store.current();
    expect(snapshot.bySlug.has('glacier-lakes-grow')).toBe(false);
    expect(snapshot.scheduled.map((s) => s.slug)).toEqual(['glacier-lakes-grow', 'budget-vote-tonight']);
    expect(everyRelated(snapshot)).not.toContain('glacier-lakes-grow');

    site.now = minutes(29);
    expect(await store.release()).toBeUndefined();

    site.now = minutes(31);
    const released = expectStatus(await store.release(), 'released');
    expect(released.story).toMatchObject({ slug: 'glacier-lakes-grow', section: 'climate' });
    expect(released.paths).toEqual(expect.arrayContaining(['/', '/climate', '/climate/glacier-lakes-grow', '/topics/moraine', '/climate/alpine-glaciers-retreat']));
    expect(released.paths).not.toContain('/economy/budget-vote-tonight');
    const after = store.current();
    expect(slugs(after)[0]).toBe('glacier-lakes-grow');
    expect(after.scheduled.map((s) => s.slug)).toEqual(['budget-vote-tonight']);
    expect(after.related.get('alpine-glaciers-retreat')).toContain('glacier-lakes-grow');
    expect(await store.release()).toBeUndefined();
  });

  it('releases a story scheduled in the built archive, and every story due at once', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes({ published: minutes(30) }));
    site.now = minutes(90);
    const released = expectStatus(await store.release(), 'released');
    expect(released.paths).toEqual(expect.arrayContaining(['/economy/budget-vote-tonight', '/climate/glacier-lakes-grow', '/economy', '/climate']));
    expect(store.current().scheduled).toEqual([]);
    expect(store.current().bySlug.has('budget-vote-tonight')).toBe(true);
  });

  it('expires a due story that a publish made visible before release() ran', async () => {
    // The scheduler looks once a second; a publish in that second cuts its snapshot at the clock and shows the story.
    site.now = minutes(61);
    const outcome = expectStatus(await store.publish('glacier-lakes-grow', glacierLakes()), 'created');
    expect(store.current().bySlug.has('budget-vote-tonight')).toBe(true);
    expect(await store.release()).toBeUndefined();
    expect(outcome.paths).toEqual(expect.arrayContaining(['/economy/budget-vote-tonight', '/economy', '/economy/feed.xml', '/topics/budget', '/climate/glacier-lakes-grow']));
    expect(store.current().related.has('budget-vote-tonight')).toBe(true);
  });

  it('expires a due story that a takedown made visible before release() ran', async () => {
    site.now = minutes(61);
    const outcome = expectStatus(await store.takeDown('cup-final-report'), 'taken-down');
    expect(outcome.paths).toEqual(expect.arrayContaining(['/economy/budget-vote-tonight', '/economy', '/sport/cup-final-report']));
  });

  it('answers undefined when nothing is due', async () => {
    expect(await store.release()).toBeUndefined();
    site.now = minutes(59);
    expect(await store.release()).toBeUndefined();
  });

  it('shows a story whose time passed while the server was down as soon as it starts', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes({ published: minutes(30) }));
    site.now = minutes(90);
    const snapshot = site.open().current();
    expect(snapshot.bySlug.has('glacier-lakes-grow')).toBe(true);
    expect(snapshot.bySlug.has('budget-vote-tonight')).toBe(true);
    expect(snapshot.related.get('alpine-glaciers-retreat')).toContain('glacier-lakes-grow');
  });

  it('still expires the pages of stories that went live while the server was down, once', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes({ published: minutes(30) }));
    site.now = minutes(90);
    const restarted = site.open();
    expect(restarted.due()).toBe(true);
    const released = expectStatus(await restarted.release(), 'released');
    expect(released.paths).toEqual(expect.arrayContaining(['/', '/climate/glacier-lakes-grow', '/economy/budget-vote-tonight', '/economy', '/climate']));
    expect(restarted.due()).toBe(false);
    expect(await restarted.release()).toBeUndefined();
  });
});

describe('DiskContentStore and the content build', () => {
  /** A live record, and a new base index built after it as `npm run content:build` would, with the record folded in. */
  async function rebuildWith(record: PublishRecord | undefined, gitArticles: readonly Article[], folded: Record<string, string>): Promise<TempSite> {
    const rebuilt = await createTempSite(gitArticles, site.now, folded);
    const liveJournal = new Journal(rebuilt.liveDir);
    for (const r of journal().readAll().values()) liveJournal.write(r);
    if (record) liveJournal.write(record);
    return rebuilt;
  }

  it('does not apply a record the build already folded in, even where the file in content/ won', async () => {
    await store.publish('nato-summit-opens', liveStoryMdx('nato-summit-opens', { ...baseSources['nato-summit-opens'], published: minutes(-4 * 24 * 60), title: 'Live title' }));
    const record = journal().read('nato-summit-opens');
    if (record?.kind !== 'publish') throw new Error('no publish record');
    // The newsroom then edited the file in git with a later `updated`: the build keeps the file.
    site.now = minutes(60);
    const gitVersion = await compile('nato-summit-opens', { ...baseSources['nato-summit-opens'], published: minutes(-4 * 24 * 60), updated: minutes(30), title: 'Git title' });
    const rebuilt = await rebuildWith(undefined, baseArticles.map((a) => (a.slug === 'nato-summit-opens' ? gitVersion : a)), { 'nato-summit-opens': recordId(record) });
    try {
      const snapshot = rebuilt.open().current();
      expect(snapshot.bySlug.get('nato-summit-opens')?.title).toBe('Git title');
      expect(await rebuilt.open().body('nato-summit-opens')).toEqual(gitVersion.body);
    } finally {
      await rebuilt.remove();
    }
  });

  it('applies a record made after the build folded an older one of the same story', async () => {
    await store.publish('glacier-lakes-grow', glacierLakes());
    const first = journal().read('glacier-lakes-grow');
    if (first?.kind !== 'publish') throw new Error('no publish record');
    site.now = minutes(10);
    await store.publish('glacier-lakes-grow', glacierLakes({ title: 'Second version' }));
    const rebuilt = await rebuildWith(undefined, [...baseArticles, first.article], { 'glacier-lakes-grow': recordId(first) });
    try {
      expect(rebuilt.open().current().bySlug.get('glacier-lakes-grow')?.title).toBe('Second version');
    } finally {
      await rebuilt.remove();
    }
  });

  it('keeps a folded takedown gone: its address still answers 410', async () => {
    site.now = minutes(5);
    await store.takeDown('heatwave-records');
    const takedown = journal().read('heatwave-records');
    if (!takedown) throw new Error('no takedown record');
    const rebuilt = await rebuildWith(undefined, baseArticles.filter((a) => a.slug !== 'heatwave-records'), { 'heatwave-records': recordId(takedown) });
    try {
      const snapshot = rebuilt.open().current();
      expect(snapshot.bySlug.has('heatwave-records')).toBe(false);
      expect(snapshot.gone.get('heatwave-records')).toMatchObject({ section: 'climate' });
    } finally {
      await rebuilt.remove();
    }
  });

  it('shows a story again when the build folded its takedown but kept a file changed after it', async () => {
    site.now = minutes(5);
    await store.takeDown('heatwave-records');
    const takedown = journal().read('heatwave-records');
    if (!takedown) throw new Error('no takedown record');
    site.now = minutes(60);
    const gitVersion = await compile('heatwave-records', { ...baseSources['heatwave-records'], published: minutes(-3 * 24 * 60), updated: minutes(30), title: 'Back in git' });
    const rebuilt = await rebuildWith(undefined, baseArticles.map((a) => (a.slug === 'heatwave-records' ? gitVersion : a)), { 'heatwave-records': recordId(takedown) });
    try {
      const restarted = rebuilt.open();
      const snapshot = restarted.current();
      expect(snapshot.bySlug.get('heatwave-records')?.title).toBe('Back in git');
      // A story that is shown must not answer 410 Gone too, nor refuse a takedown as already gone.
      expect(snapshot.gone.has('heatwave-records')).toBe(false);
      expectStatus(await restarted.takeDown('heatwave-records'), 'taken-down');
    } finally {
      await rebuilt.remove();
    }
  });
});
