import type { RelatedDocument } from './types';

/**
 * Builds a test article: only the fields a test cares about need saying.
 * Filler words unique to the slug keep unrelated articles apart.
 */
export function testDoc(slug: string, fields: Partial<RelatedDocument> & { topicNames?: readonly string[] } = {}): RelatedDocument {
  const { topicNames, ...rest } = fields;
  const filler = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((word) => `${word}${slug.replace(/[^a-z]/g, '')}`).join(' ');
  return {
    slug,
    title: `Report ${slug}`,
    teaser: '',
    bodyText: filler,
    topics: (topicNames ?? []).map((name) => ({ name, slug: name.toLowerCase().replace(/\s+/g, '-') })),
    section: 'world',
    published: '2024-05-01T12:00:00+02:00',
    draft: false,
    related: [],
    lang: 'en',
    ...rest,
  };
}
