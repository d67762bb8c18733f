import { describe, expect, it } from 'vitest';
import { ogImageContentType, ogImageSize } from '../og';
import { formatDate } from '../format/date';
import { findSection, siteConfig, siteForPrefix } from '../site-config';
import { articleCardData, cardImage, cardVersion } from './cards';
import { makeArticle } from '../../fixtures/seo/articles';
import { homeCopy, sectionCopy } from './front-copy';

describe('cards', () => {
  it('declares the size and type the renderer actually produces', () => {
    expect({ width: cardImage.width, height: cardImage.height }).toEqual(ogImageSize);
    expect(cardImage.type).toBe(ogImageContentType);
  });

  it('versions a card by what it shows', () => {
    const world = findSection('world')!;
    const data = articleCardData(makeArticle(), world);
    expect(cardVersion(data)).toBe(cardVersion({ ...data }));
    expect(cardVersion(data)).not.toBe(cardVersion({ ...data, title: `${data.title}!` }));
    expect(cardVersion(data)).not.toBe(cardVersion({ ...data, imageSrc: '/images/articles/other.jpg' }));
  });

  it('describes the home page from the configured sections', () => {
    expect(homeCopy(siteConfig)).toEqual({
      kind: 'front',
      title: 'Independent news, clearly told',
      description: 'World, economy, climate, science, culture and sport from the Lede newsroom.',
    });
  });

  it('leaves the default edition\'s cards as they were: no edition keys, so the same bytes and `?v=`', () => {
    const data = articleCardData(makeArticle(), findSection('world')!, siteConfig);
    expect(Object.keys(data).sort()).toEqual(['imageAlt', 'imageSrc', 'kind', 'published', 'sectionName', 'title']);
    expect(Object.keys(homeCopy(siteConfig))).not.toContain('lang');
  });

  it.each(['de', 'fa-af', 'ps', 'ar'])('draws the %s edition\'s cards in its language, direction and dates', (prefix) => {
    const site = siteForPrefix(prefix)!;
    const section = findSection('world', site)!;
    const article = makeArticle();
    const data = articleCardData(article, section, site);
    expect(data).toMatchObject({ lang: site.language, dir: site.direction, brand: site.name, sectionName: section.name });
    // The dateline the article page prints: the edition's calendar, digits and order.
    expect(data.dateText).toBe(formatDate(article.published, site));
    expect(sectionCopy(section, site)).toMatchObject({ lang: site.language, dir: site.direction, brand: site.name });
    expect(homeCopy(site)).toMatchObject({ lang: site.language, dir: site.direction });
  });

  it('writes a Dari card\'s date in the Solar Hijri calendar with Persian digits', () => {
    const site = siteForPrefix('fa-af')!;
    const data = articleCardData(makeArticle({ published: '2021-04-14T10:00:00+02:00' }), findSection('world', site)!, site);
    expect(data.dateText).toBe('۲۵ حمل ۱۴۰۰');
  });
});
