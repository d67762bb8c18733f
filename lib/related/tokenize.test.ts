import { describe, expect, it } from 'vitest';
import { normaliseTitle, stemEnglish, stopWordLanguage, termOf, tokenize, words } from './tokenize';

describe('stopWordLanguage', () => {
  it('reads the language prefix and falls back to English', () => {
    expect(stopWordLanguage('de')).toBe('de');
    expect(stopWordLanguage('de-AT')).toBe('de');
    expect(stopWordLanguage('DE_ch')).toBe('de');
    expect(stopWordLanguage('en-GB')).toBe('en');
    expect(stopWordLanguage('fr')).toBe('en');
    expect(stopWordLanguage('')).toBe('en');
    expect(stopWordLanguage('dev')).toBe('en');
  });
});

describe('words', () => {
  it('splits on apostrophes, hyphens and punctuation and lower-cases', () => {
    expect(words("Germany's heat-pump law, passed!")).toEqual(['germany', 's', 'heat', 'pump', 'law', 'passed']);
  });

  it('keeps letters of any script whole', () => {
    expect(words('Mietpreisbremse: Großstädte über München')).toEqual(['mietpreisbremse', 'großstädte', 'über', 'münchen']);
    expect(words('Zürich — Київ')).toEqual(['zürich', 'київ']);
  });
});

describe('stemEnglish', () => {
  it('folds plurals only', () => {
    expect(stemEnglish('floods')).toBe('flood');
    expect(stemEnglish('strikes')).toBe('strike');
    expect(stemEnglish('policies')).toBe('policy');
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('business')).toBe('business');
    expect(stemEnglish('status')).toBe('status');
    expect(stemEnglish('withdrawal')).toBe('withdrawal');
  });
});

describe('termOf and tokenize', () => {
  it('drops English stop words, numbers and single letters', () => {
    expect(tokenize('The troops said they would leave in 2021, a year early', 'en-GB')).toEqual(['troop', 'leave', 'year', 'early']);
  });

  it('uses German stop words for German articles, and does not stem them', () => {
    expect(tokenize('Die Mieten sind in den Städten weiter gestiegen', 'de-DE')).toEqual(['mieten', 'städten', 'gestiegen']);
  });

  it('treats a word by the article language: "war" is a German stop word but English news', () => {
    expect(termOf('war', 'de')).toBeNull();
    expect(termOf('war', 'en')).toBe('war');
    expect(termOf('die', 'en')).toBe('die');
  });
});

describe('normaliseTitle', () => {
  it('makes two spellings of one headline equal', () => {
    expect(normaliseTitle('Floods sweep through the Ahr valley!')).toBe(normaliseTitle('  FLOODS sweep through the Ahr-Valley '));
  });
});
