import { describe, expect, it } from 'vitest';
import { inkMask, locateWord, type InkMask } from './ink-match';

/** A mask from rows of '#' (ink) and '.' (paper). */
function mask(rows: string[]): InkMask {
  const width = rows[0]!.length;
  const data = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 0 : 255));
  return inkMask(data, width, rows.length, 1);
}

describe('locateWord', () => {
  const reference = mask(['..........', '.##...#.#.', '.##....#..', '..........']);

  it('finds a word where it is: no offset, a perfect score', () => {
    expect(locateWord(reference, { x: 1, y: 1, width: 2, height: 2 }, reference)).toEqual({ dx: 0, dy: 0, iou: 1 });
  });

  it('reports how far a word moved when the words swap places', () => {
    const swapped = mask(['..........', '.#.#...##.', '..#....##.', '..........']);
    const block = locateWord(reference, { x: 1, y: 1, width: 2, height: 2 }, swapped, 1);
    expect(block).toMatchObject({ dx: 6, dy: 0, iou: 1 });
    const cross = locateWord(reference, { x: 6, y: 1, width: 3, height: 2 }, swapped, 1);
    expect(cross).toMatchObject({ dx: -5, iou: 1 });
  });

  it('scores a changed shape below 1', () => {
    const other = mask(['..........', '.#....#.#.', '.##....#..', '..........']);
    expect(locateWord(reference, { x: 1, y: 1, width: 2, height: 2 }, other, 0).iou).toBeLessThan(1);
  });
});
