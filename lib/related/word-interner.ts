import { wordTable } from './tokenize';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function sameChars(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Maps the words of a text to ids without allocating a string per word: it
 * hashes characters while scanning and checks a hit against the stored word
 * in place, character by character. Only a word seen for the
 * first time is sliced out and passed to `resolve`, which decides its id
 * (or -1 for a word to skip, such as a stop word). On 40 million words this
 * is several times faster than slicing each word and asking a Map.
 */
export class WordInterner {
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  private hashes = new Int32Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  constructor(private readonly resolve: (word: string) => number) {}

  /** Calls `visit` with the id of every word of `text` (lower-cased) that resolves to one. */
  scan(text: string, visit: (id: number) => void): void {
    const lower = text.toLowerCase();
    const length = lower.length;
    // A local copy: compiled to CommonJS, every use of an import is a property getter call.
    const isWordChar = wordTable;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? lower.charCodeAt(i) : 32;
      if (isWordChar[code] === 1) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start >= 0) {
        const id = this.lookup(lower, start, i, hash);
        if (id >= 0) visit(id);
        start = -1;
      }
    }
  }

  private lookup(text: string, start: number, end: number, hash: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.insert(slot, text.slice(start, end), hash);
      if (this.hashes[slot] === hash && key.length === end - start && sameChars(text, start, key)) return this.values[slot] ?? -1;
    }
  }

  private insert(slot: number, word: string, hash: number): number {
    const id = this.resolve(word);
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = id;
    // Keep the table at most half full so probes stay short.
    if (++this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.keys = new Array<string | undefined>(keys.length * 2).fill(undefined);
    this.hashes = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    keys.forEach((key, old) => {
      if (key === undefined) return;
      let slot = (hashes[old] ?? 0) & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[old] ?? 0;
      this.values[slot] = values[old] ?? -1;
    });
  }
}
