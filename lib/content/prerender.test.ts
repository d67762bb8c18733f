import { describe, expect, it } from 'vitest';
import { newestToPrerender } from './prerender';

describe('newestToPrerender', () => {
  it('takes the head of the newest-first list', () => {
    expect(newestToPrerender(['c', 'b', 'a'], 2)).toEqual(['c', 'b']);
    expect(newestToPrerender(['c', 'b', 'a'], 10)).toEqual(['c', 'b', 'a']);
  });
});
