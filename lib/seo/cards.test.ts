import { describe, expect, it } from 'vitest';
import { ogImageContentType, ogImageSize } from '../og';
import { findSection, siteConfig } from '../site-config';
import { articleCardData, cardImage, cardVersion } from './cards';
import { makeArticle } from '../../fixtures/seo/articles';
import { homeCopy } from './front-copy';

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
});
