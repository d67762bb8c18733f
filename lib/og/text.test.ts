import { describe, expect, it } from 'vitest';
import { cleanCardText, splitGraphemes } from './text';

const latinOnly = (grapheme: string): boolean => [...grapheme].every((char) => char.codePointAt(0)! < 0x250);

describe('cleanCardText', () => {
  it('collapses white space and trims', () => {
    expect(cleanCardText('  Storm\n\thits   Hamburg ', latinOnly)).toBe('Storm hits Hamburg');
  });

  it('keeps no-break spaces, which hold "10 km" together', () => {
    expect(cleanCardText('A 10\u00A0km queue', latinOnly)).toBe('A 10\u00A0km queue');
  });

  it('composes decomposed letters (NFC) so the font subset covers them', () => {
    expect(cleanCardText('Cafe\u0301', latinOnly)).toBe('Café');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(cleanCardText('Donau\u00ADdampf\u200Bschiff', latinOnly)).toBe('Donaudampfschiff');
  });

  it('drops graphemes no font covers rather than letting Satori fetch a fallback', () => {
    expect(cleanCardText('Launch 🚀 succeeds', latinOnly)).toBe('Launch succeeds');
    expect(cleanCardText('👩‍🚀 Astronaut', latinOnly)).toBe('Astronaut');
  });

  it('keeps markup as text', () => {
    expect(cleanCardText('</script><b>x</b>', latinOnly)).toBe('</script><b>x</b>');
  });
});

describe('splitGraphemes', () => {
  it('keeps a letter and its combining mark together', () => {
    expect(splitGraphemes('e\u0301a')).toEqual(['e\u0301', 'a']);
  });
});
