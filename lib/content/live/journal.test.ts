import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveArticle } from '../../../fixtures/live/stories';
import { Journal, recordId, sha256, writeFileAtomically, type PublishRecord, type TakedownRecord } from './journal';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lede-journal-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const publishRecord = (slug: string, at = '2024-06-01T12:00:00.000Z'): PublishRecord => {
  const source = `---\ntitle: ${slug}\n---\n`;
  return { kind: 'publish', slug, at, source, sha256: sha256(source), article: liveArticle(slug) };
};

const takedownRecord = (slug: string, at = '2024-06-01T13:00:00.000Z'): TakedownRecord => ({ kind: 'takedown', slug, section: 'world', at });

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file beside it', () => {
    const file = path.join(dir, 'a.json');
    writeFileAtomically(file, 'one');
    writeFileAtomically(file, 'two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('Journal', () => {
  it('creates its folders, so a fresh server starts with no records', () => {
    const journal = new Journal(path.join(dir, 'live'));
    expect(readdirSync(journal.dir).sort()).toEqual(['drafts', 'records']);
    expect(journal.readAll().size).toBe(0);
    expect(journal.read('nothing')).toBeUndefined();
  });

  it('keeps one record per slug, the last thing done to it, and leaves no temporary files', () => {
    const journal = new Journal(dir);
    journal.write(publishRecord('a'));
    journal.write(publishRecord('b'));
    journal.write(takedownRecord('a'));
    const all = journal.readAll();
    expect([...all.keys()].sort()).toEqual(['a', 'b']);
    expect(all.get('a')).toEqual(takedownRecord('a'));
    expect(journal.read('b')).toEqual(publishRecord('b'));
    expect(readdirSync(path.join(dir, 'records')).sort()).toEqual(['a.json', 'b.json']);
    expect(readdirSync(dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  it('ignores the leftovers of an interrupted write', () => {
    const journal = new Journal(dir);
    journal.write(publishRecord('a'));
    // A process killed between writing and renaming leaves half a file under a .tmp- name.
    writeFileSync(path.join(dir, 'records', `.tmp-123-${'f'.repeat(8)}`), '{"kind":"pub');
    writeFileSync(path.join(dir, 'records', '.tmp-124-x.json'), '{"kind":"pub');
    expect([...journal.readAll().keys()]).toEqual(['a']);
  });

  it('changes its generation with every write and removal', () => {
    const journal = new Journal(dir);
    const seen = [journal.generation()];
    expect(seen[0]).toBe('none');
    journal.write(publishRecord('a'));
    seen.push(journal.generation());
    journal.write(publishRecord('a', '2024-06-01T12:05:00.000Z'));
    seen.push(journal.generation());
    journal.remove('a');
    seen.push(journal.generation());
    expect(new Set(seen).size).toBe(seen.length);
    expect(journal.read('a')).toBeUndefined();
  });

  it('reads the same generation from another Journal on the same folder, as another process would', () => {
    const journal = new Journal(dir);
    journal.write(publishRecord('a'));
    expect(new Journal(dir).generation()).toBe(journal.generation());
  });

  it('keeps drafts apart from records, and a draft write does not change the generation', () => {
    const journal = new Journal(dir);
    const before = journal.generation();
    journal.writeDraft(publishRecord('d'));
    expect(journal.readDraft('d')).toEqual(publishRecord('d'));
    expect(journal.readAll().size).toBe(0);
    expect(journal.read('d')).toBeUndefined();
    expect(journal.generation()).toBe(before);
    journal.removeDraft('d');
    expect(journal.readDraft('d')).toBeUndefined();
    // Removing a draft that is not there is not an error.
    journal.removeDraft('d');
  });

  it('names a record by its kind, time and content', () => {
    expect(recordId(publishRecord('a'))).toBe(`publish:2024-06-01T12:00:00.000Z:${sha256('---\ntitle: a\n---\n')}`);
    expect(recordId(takedownRecord('a'))).toBe('takedown:2024-06-01T13:00:00.000Z');
    expect(recordId(publishRecord('a'))).not.toBe(recordId(publishRecord('a', '2024-06-01T12:00:01.000Z')));
  });
});
