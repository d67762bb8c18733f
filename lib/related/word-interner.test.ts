import { describe, expect, it } from 'vitest';
import { WordInterner } from './word-interner';

describe('WordInterner', () => {
  it('gives every distinct word one id, resolving each only once', () => {
    const seen: string[] = [];
    const interner = new WordInterner((word) => {
      seen.push(word);
      return word === 'the' ? -1 : seen.length;
    });
    const ids: number[] = [];
    interner.scan('The flood, the FLOOD and the floods.', (id) => ids.push(id));
    expect(seen).toEqual(['the', 'flood', 'and', 'floods']);
    expect(ids).toEqual([2, 2, 3, 4]);
  });

  it('stays correct as the table grows past its first size', () => {
    const interner = new WordInterner((word) => Number(word.slice(1)));
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const ids: number[] = [];
    interner.scan(text, (id) => ids.push(id));
    interner.scan(text, (id) => ids.push(id));
    expect(ids).toEqual([...Array(5000).keys(), ...Array(5000).keys()]);
  });
});
