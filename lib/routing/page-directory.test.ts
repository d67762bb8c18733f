import { describe, expect, it } from 'vitest';
import { FRONT_PAGE_SIZE } from '../pagination';
import { buildPageTable, pageDirectoryOf } from './page-directory';

const positions = (count: number) => Array.from({ length: count }, (_, at) => at);

describe('buildPageTable and pageDirectoryOf', () => {
  const table = buildPageTable({
    articles: [
      { slug: 'nato-withdrawal', section: 'world' },
      { slug: 'inflation-eases', section: 'economy' },
    ] as never, // only slug and section are read
    listings: {
      bySection: { world: positions(FRONT_PAGE_SIZE * 2 + 1), economy: [1], climate: [] },
      byTopic: { afghanistan: [0], constructor: [] },
    },
  });
  const directory = pageDirectoryOf(table);

  it('knows each article by its own section only', () => {
    expect(directory.hasArticle('world', 'nato-withdrawal')).toBe(true);
    expect(directory.hasArticle('economy', 'nato-withdrawal')).toBe(false);
    expect(directory.hasArticle('world', 'toString')).toBe(false);
  });

  it('counts pages of fronts, an empty section still having its first page', () => {
    expect(directory.sectionPageCount('world')).toBe(3);
    expect(directory.sectionPageCount('climate')).toBe(1);
    expect(directory.isSection('climate')).toBe(true);
    expect(directory.sectionPageCount('nosection')).toBe(0);
    expect(directory.topicPageCount('afghanistan')).toBe(1);
  });

  it('does not mistake object built-ins for topics or sections', () => {
    expect(directory.isTopic('hasOwnProperty')).toBe(false);
    expect(directory.isSection('__proto__')).toBe(false);
    expect(directory.topicPageCount('valueOf')).toBe(0);
  });

});
