import { describe, expect, it } from 'vitest';
import { editions } from '../editions';
import { editionAt, editionNotFoundPath, internalPath, isMissingEditionPage, publicPath } from './editions';
import type { PageDirectory } from './missing-page';

const directory: PageDirectory = {
  isSection: (slug) => slug === 'world',
  hasArticle: (section, slug) => section === 'world' && slug === 'kabul',
  isTopic: (slug) => slug === 'nato',
  sectionPageCount: () => 2,
  topicPageCount: () => 1,
};

describe('edition routing', () => {
  it('maps an edition address to the editions’ tree and leaves the default edition alone', () => {
    expect(internalPath('/fa-af/world/kabul')).toBe('/edition/fa-af/world/kabul');
    expect(internalPath('/ps')).toBe('/edition/ps');
    expect(internalPath('/world/kabul')).toBe('/world/kabul');
    for (const address of ['/fa-af/world/kabul', '/ps', '/de/topics/nato/page/2', '/world/kabul', '/']) expect(publicPath(internalPath(address))).toBe(address);
    expect(publicPath('/edition/xx/world')).toBe('/edition/xx/world');
    expect(editionAt('/deutsch/x')).toBeUndefined();
    expect(editionAt('/ar/')?.rest).toBe('/');
  });

  it('sends addresses that name nothing in an edition to its own 404', () => {
    expect(isMissingEditionPage('/', directory)).toBe(false);
    expect(isMissingEditionPage('/world', directory)).toBe(false);
    expect(isMissingEditionPage('/feed.xml', directory)).toBe(false);
    expect(isMissingEditionPage('/weather', directory)).toBe(true);
    expect(isMissingEditionPage('/world/kabul', directory)).toBe(false);
    expect(isMissingEditionPage('/world/nope', directory)).toBe(true);
    expect(isMissingEditionPage('/world/page/3', directory)).toBe(true);
    expect(isMissingEditionPage('/topics/nato', directory)).toBe(false);
    expect(isMissingEditionPage('/a/b/c/d/e/f', directory)).toBe(true);
    const arabic = editions.byPrefix('ar');
    expect(arabic && editionNotFoundPath(arabic)).toBe('/edition/ar/not-found-page');
  });
});
