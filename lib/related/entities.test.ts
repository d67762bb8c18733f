import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';

const keys = (title: string, body: string, lang = 'en') =>
  Object.fromEntries(findEntities({ title, teaser: '', bodyText: body, lang }).map((m) => [m.key, m.certainty]));

describe('findEntities', () => {
  it('finds multiword names, drops titles before them and folds a surname into the full name', () => {
    const found = findEntities({
      title: 'Hartmann withdraws from Wimbledon',
      teaser: '',
      bodyText: 'Federal President Frank-Walter Steinmeier met Lena Hartmann in Berlin on Monday. Hartmann said she was fine.',
      lang: 'en',
    });
    const byKey = new Map(found.map((m) => [m.key, m]));
    expect(byKey.get('frank walter steinmeier')?.certainty).toBe('name');
    expect(byKey.get('lena hartmann')?.count).toBe(3 + 1 + 1);
    expect(byKey.has('monday')).toBe(false);
    expect(byKey.get('berlin')?.certainty).toBe('name');
    // The surname as an alias, at half weight, for articles that only say "Hartmann".
    expect(byKey.get('hartmann')?.count).toBe(2.5);
  });

  it('keeps names joined by "of" and capitalised stop words inside a name, and acronyms', () => {
    const found = keys('', 'The Ever Given was freed, the Bank of England said, and NATO and the US agreed.');
    expect(found).toMatchObject({ 'ever given': 'name', 'bank of england': 'name', nato: 'name', us: 'name' });
  });

  it('only half trusts a capital at the start of a sentence', () => {
    expect(keys('', 'Scans showed a tear. Rescuers reached Kabul.')).toEqual({ scans: 'maybe', rescuers: 'maybe', kabul: 'name' });
    // "Many Kabul residents": the run less its first word is certain.
    expect(keys('', 'Many Kabul residents stayed home.')).toMatchObject({ 'many kabul': 'maybe', kabul: 'name' });
  });

  it('treats a German capitalised noun as a maybe, and two capitalised words as a name', () => {
    const found = keys('', 'Die Deutsche Bahn und die GDL verhandeln über den Streik in Bremen.', 'de');
    expect(found).toMatchObject({ 'deutsche bahn': 'name', gdl: 'name', streik: 'maybe', bremen: 'maybe' });
  });

  it('ends a name at punctuation and a line break', () => {
    expect(Object.keys(keys('', 'Owner: Shoei Kisen\nOperator Japan, Taiwan'))).not.toContain('shoei kisen operator japan');
  });
});
