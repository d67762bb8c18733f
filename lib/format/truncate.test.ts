import { describe, expect, it } from 'vitest';
import { truncateOnWordBoundary } from './truncate';

describe('truncateOnWordBoundary', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateOnWordBoundary('Short headline', 110)).toBe('Short headline');
    const exact = 'a'.repeat(110);
    expect(truncateOnWordBoundary(exact, 110)).toBe(exact);
  });

  it('cuts at the last whole word that leaves room for the ellipsis', () => {
    expect(truncateOnWordBoundary('NATO allies agree to start the pull-out', 20)).toBe('NATO allies agree\u2026');
    // A word ending exactly at the limit minus the ellipsis is kept whole.
    expect(truncateOnWordBoundary('abcd efgh ijkl', 10)).toBe('abcd efgh\u2026');
  });

  it('drops punctuation left hanging before the ellipsis', () => {
    expect(truncateOnWordBoundary('Talks resume in Doha, aid waits at the border', 24)).toBe('Talks resume in Doha\u2026');
  });

  it('cuts a single over-long word inside, without splitting a surrogate pair', () => {
    expect(truncateOnWordBoundary('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp\u2026');
    const rockets = '\u{1F680}'.repeat(10); // 20 UTF-16 units
    const cut = truncateOnWordBoundary(rockets, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('\u{1F680}\u{1F680}\u2026');
  });

  it('never exceeds the limit on long real headlines', () => {
    const long =
      'After a decade of delays, the Brenner Base Tunnel finally has an opening date – but Austria, Italy and Bavaria still disagree over who pays';
    const cut = truncateOnWordBoundary(long, 110);
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
  });
});
