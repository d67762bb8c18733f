import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeContentIndex } from '../../lib/content/index-file';
import { DEV_ERRORS_FILE, DevErrors, readDevErrors } from '../../lib/content/live/dev-errors';
import { Journal } from '../../lib/content/live/journal';
import { DiskContentStore, type Outcome } from '../../lib/content/live/store';
import { loadCorpus } from '../../lib/content/load';
import { buildContentIndex } from '../../lib/content/publish';
import { describeOutcome, recheckAfter, syncArticle, type SyncContext } from './sync';

const fixtures = path.join(__dirname, '../../fixtures/content');
const publicDir = path.join(fixtures, 'public');

let dir: string;
let articlesDir: string;
let liveDir: string;
let journal: Journal;
let store: DiskContentStore;
let errors: DevErrors;
let out: string[];
let err: string[];

const context = (): SyncContext => ({ store, errors, articlesDir, out: (text) => out.push(text), err: (text) => err.push(text) });
const articleFile = (slug: string) => path.join(articlesDir, `${slug}.mdx`);
const source = (slug: string) => readFileSync(articleFile(slug), 'utf8');
const save = (slug: string, text: string) => writeFileSync(articleFile(slug), text);

/** The dev setup in miniature: an index built with drafts, and a store over a journal of its own with includeDrafts. */
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lede-dev-sync-'));
  articlesDir = path.join(dir, 'content', 'articles');
  liveDir = path.join(dir, 'dev-live');
  cpSync(path.join(fixtures, 'good', 'articles'), articlesDir, { recursive: true });
  const { articles, errors: loadErrors } = await loadCorpus({ contentDir: path.join(dir, 'content'), publicDir, includeDrafts: true });
  expect(loadErrors).toEqual([]);
  await writeContentIndex(path.join(dir, 'site'), buildContentIndex(articles, new Date()), articles);
  journal = new Journal(liveDir);
  store = new DiskContentStore({ indexDir: path.join(dir, 'site'), journal, publicDir, includeDrafts: true });
  errors = new DevErrors(liveDir);
  out = [];
  err = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('syncArticle', () => {
  it('publishes an edit into the dev journal, where a server reading that journal sees it', async () => {
    save('alliance-agrees-drawdown', source('alliance-agrees-drawdown').replace(/^title: .*$/m, 'title: Allies agree a slower drawdown'));
    const outcome = await syncArticle('alliance-agrees-drawdown', context());
    expect(outcome.status).toBe('updated');
    expect(journal.read('alliance-agrees-drawdown')?.kind).toBe('publish');
    const server = new DiskContentStore({ indexDir: path.join(dir, 'site'), journal: new Journal(liveDir), publicDir });
    expect(server.current().bySlug.get('alliance-agrees-drawdown')?.title).toBe('Allies agree a slower drawdown');
    expect(out).toEqual([expect.stringMatching(/alliance-agrees-drawdown\.mdx updated \(\d+ ms\)$/)]);
    expect(err).toEqual([]);
  });

  it('keeps an edited draft visible, as the dev index shows drafts, instead of saving a preview', async () => {
    save('unfinished-draft', source('unfinished-draft').replace('title: Unfinished draft', 'title: Still a draft'));
    expect((await syncArticle('unfinished-draft', context())).status).toBe('updated');
    expect(store.current().bySlug.get('unfinished-draft')?.title).toBe('Still a draft');
    expect(journal.readDraft('unfinished-draft')).toBeUndefined();
  });

  it('leaves the production behaviour alone: a store without includeDrafts still saves a draft as a preview', async () => {
    const production = new DiskContentStore({ indexDir: path.join(dir, 'site'), journal, publicDir });
    save('unfinished-draft', source('unfinished-draft').replace('title: Unfinished draft', 'title: Still a draft'));
    expect((await syncArticle('unfinished-draft', { ...context(), store: production })).status).toBe('draft-saved');
    expect(production.current().bySlug.get('unfinished-draft')?.title).toBe('Unfinished draft');
    expect(journal.readDraft('unfinished-draft')?.article.title).toBe('Still a draft');
  });

  it('prints errors in content:check format, lists them for the page, and clears them once fixed', async () => {
    const good = source('alliance-agrees-drawdown');
    save('alliance-agrees-drawdown', good.replace(/^section: world$/m, 'section: weather'));
    const outcome = await syncArticle('alliance-agrees-drawdown', context());
    expect(outcome.status).toBe('invalid');
    const line = good.split('\n').findIndex((text) => text === 'section: world') + 1;
    const message = `content/articles/alliance-agrees-drawdown.mdx:${line} section: expected one of the sections: world, economy, climate, science, culture, sport, found "weather"`;
    expect(err.join('\n')).toContain(`1 content error in 1 file:\n  ${message}`);
    expect(readDevErrors(liveDir).get('alliance-agrees-drawdown')).toEqual([
      { file: 'content/articles/alliance-agrees-drawdown.mdx', line, field: 'section', expected: 'one of the sections: world, economy, climate, science, culture, sport', found: '"weather"' },
    ]);
    // The site keeps the last good version
    expect(store.current().bySlug.get('alliance-agrees-drawdown')?.section).toBe('world');

    save('alliance-agrees-drawdown', good);
    expect((await syncArticle('alliance-agrees-drawdown', context())).status).toBe('unchanged');
    expect(readDevErrors(liveDir).size).toBe(0);
    expect(existsSync(path.join(liveDir, DEV_ERRORS_FILE))).toBe(false);
  });

  it('takes down a deleted file, and clears its errors', async () => {
    save('budget-talks-resume', 'no frontmatter');
    await syncArticle('budget-talks-resume', context());
    expect(errors.slugs()).toEqual(['budget-talks-resume']);
    rmSync(articleFile('budget-talks-resume'));
    const outcome = await syncArticle('budget-talks-resume', context());
    expect(outcome.status).toBe('taken-down');
    expect(store.current().bySlug.has('budget-talks-resume')).toBe(false);
    expect(store.current().gone.has('budget-talks-resume')).toBe(true);
    expect(errors.slugs()).toEqual([]);
  });

  it('says nothing about deleting a file the site never showed', async () => {
    const outcome = await syncArticle('never-existed', context());
    expect(outcome.status).toBe('not-found');
    expect([...out, ...err]).toEqual([]);
  });

  it('checks again a file whose related pick named an article that has just been added', async () => {
    const alliance = source('alliance-agrees-drawdown');
    save('picks-the-new-one', alliance.replace(/^related: .*$/m, '').replace(/^title: .*$/m, 'title: Picks\nrelated: [brand-new]'));
    expect((await syncArticle('picks-the-new-one', context())).status).toBe('invalid');
    save('brand-new', alliance.replace(/^related: .*$/m, ''));
    const created = await syncArticle('brand-new', context());
    expect(created.status).toBe('created');
    expect(recheckAfter('brand-new', created, errors.slugs())).toEqual(['picks-the-new-one']);
    expect((await syncArticle('picks-the-new-one', context())).status).toBe('created');
    expect(errors.slugs()).toEqual([]);
  });
});

describe('describeOutcome', () => {
  const story = { slug: 'x', section: 'world' };
  it.each<[Outcome, string | undefined]>([
    [{ status: 'created', story, paths: [] }, 'content: content/articles/x.mdx added at /world/x (12 ms)'],
    [{ status: 'updated', story, paths: [] }, 'content: content/articles/x.mdx updated (12 ms)'],
    [{ status: 'unchanged', story, paths: [] }, undefined],
    [{ status: 'not-found' }, undefined],
  ])('%j', (outcome, line) => {
    expect(describeOutcome('content/articles/x.mdx', outcome, 12.4)).toBe(line);
  });
});
