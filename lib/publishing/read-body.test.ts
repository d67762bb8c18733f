import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-body';

const streamOf = (...parts: string[]) => new Response(parts.join('')).body;

describe('readLimitedBody', () => {
  it('reads a body up to the limit byte for byte', async () => {
    expect((await readLimitedBody(streamOf('héllo'), 6)).toString()).toBe('héllo');
  });

  it('stops at the first byte over the limit', async () => {
    expect(await readLimitedBody(streamOf('x'.repeat(11)), 10)).toBe('too-large');
  });

  it('reads no body as empty', async () => {
    expect((await readLimitedBody(null, 10)).length).toBe(0);
  });
});
