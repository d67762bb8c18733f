import { describe, expect, it } from 'vitest';
import { correctionNeedsUpdated, frontmatterSchema } from './schema';

/** A valid frontmatter to vary one field at a time. */
const base = {
  title: 'Alliance agrees drawdown',
  teaser: 'Ministers settled the timetable for the withdrawal at a meeting on Wednesday.',
  published: '2021-04-14T19:32:00+02:00',
  section: 'world',
  topics: ['Afghanistan'],
  authors: ['wd'],
  image: { src: '/images/articles/fixture.jpg', alt: 'A plain blue rectangle', credit: 'Lede graphics' },
};
const updated = '2021-04-15T09:00:00+02:00';
const text = 'An earlier version of this article said the plan was agreed on Tuesday. It was agreed on Wednesday.';

/** Each issue as `field: message`, the parts an editor's error line is built from. */
function issues(data: unknown): string[] {
  const result = frontmatterSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('frontmatterSchema correction', () => {
  it('is optional', () => {
    expect(frontmatterSchema.parse(base)).not.toHaveProperty('correction');
  });

  it('accepts plain text with an updated time, trimmed', () => {
    expect(frontmatterSchema.parse({ ...base, updated, correction: `  ${text}\n` }).correction).toBe(text);
  });

  it('keeps markup as the text it is, like the teaser: pages and JSON-LD escape it', () => {
    expect(frontmatterSchema.parse({ ...base, updated, correction: '<b>Wednesday</b>, not Tuesday' }).correction).toBe('<b>Wednesday</b>, not Tuesday');
  });

  it('refuses a correction without the updated time that dates it', () => {
    expect(correctionNeedsUpdated).toBe('an `updated` time for the correction');
    expect(issues({ ...base, correction: text })).toEqual([`correction: ${correctionNeedsUpdated}`]);
  });

  it('refuses an empty or blank correction', () => {
    expect(issues({ ...base, updated, correction: '' })).toEqual(['correction: a non-empty text']);
    expect(issues({ ...base, updated, correction: '   ' })).toEqual(['correction: a non-empty text']);
  });

  it('refuses more than 500 characters, counted after trimming', () => {
    expect(issues({ ...base, updated, correction: ` ${'a'.repeat(500)} ` })).toEqual([]);
    expect(issues({ ...base, updated, correction: 'a'.repeat(501) })).toEqual(['correction: at most 500 characters']);
  });

  it('refuses a correction that is not text', () => {
    expect(issues({ ...base, updated, correction: ['a', 'list'] })).toHaveLength(1);
    expect(issues({ ...base, updated, correction: ['a', 'list'] })[0]).toMatch(/^correction: /);
  });
});
