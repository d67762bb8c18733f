import { describe, expect, it } from 'vitest';
import type { LiveRecord, PublishRecord } from './journal';
import { planExport } from './export';

const published = (slug: string, source: string): PublishRecord => ({ kind: 'publish', slug, at: '2026-12-06T10:00:00.000Z', source, sha256: '', article: {} as PublishRecord['article'] });
const takenDown = (slug: string): LiveRecord => ({ kind: 'takedown', slug, section: 'world', at: '2026-12-06T10:00:00.000Z' });

describe('planExport', () => {
  const files = new Map([
    ['same', 'text A'],
    ['changed', 'old text'],
    ['removed', 'gone text'],
  ]);
  const plan = planExport([published('same', 'text A'), published('changed', 'new text'), published('new', 'fresh'), takenDown('removed'), takenDown('never-in-git')], (slug) => files.get(slug));

  it('writes what was published or corrected live, exactly as sent', () => {
    expect(plan).toContainEqual({ action: 'write', slug: 'changed', source: 'new text' });
    expect(plan).toContainEqual({ action: 'write', slug: 'new', source: 'fresh' });
  });

  it('deletes the file of a story taken down', () => {
    expect(plan).toContainEqual({ action: 'delete', slug: 'removed' });
  });

  it('leaves alone what content/ already agrees with', () => {
    expect(plan).toContainEqual({ action: 'keep', slug: 'same' });
    expect(plan).toContainEqual({ action: 'keep', slug: 'never-in-git' });
  });
});
