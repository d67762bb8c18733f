/**
 * Compares where words are drawn in two renderings of the same text, for the
 * right-to-left card check (components/og/rtl-cards.test.tsx): a word cut out
 * of Chromium's rendering is searched for along the same line of the card.
 * Pure pixel arithmetic on ink masks, so it knows nothing of fonts or bidi:
 * a word drawn in the wrong place, unjoined or with its dots astray is found
 * far off or matches poorly.
 */

/** One bit per pixel, row-major: true where there is ink. */
export interface InkMask {
  readonly width: number;
  readonly height: number;
  readonly ink: Uint8Array;
}

/** Ink is any pixel darker than `threshold` (0–255) in raw greyscale or RGB(A) data. */
export function inkMask(data: Uint8Array, width: number, height: number, channels: number, threshold = 128): InkMask {
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    let sum = 0;
    const colours = Math.min(channels, 3);
    for (let c = 0; c < colours; c += 1) sum += data[i * channels + c]!;
    ink[i] = sum / colours < threshold ? 1 : 0;
  }
  return { width, height, ink };
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WordMatch {
  /** Where the word's best match is, minus where it should be, px. */
  readonly dx: number;
  readonly dy: number;
  /** Intersection over union of the ink at the best match (1 = identical). */
  readonly iou: number;
}

/**
 * Finds `word` (a rectangle of `reference`) in `target` by sliding it along
 * the whole row (any x) and a few pixels up and down, scoring each place by
 * the intersection over union of the ink. Returns the best place relative to
 * the word's own position. Both masks must share a coordinate system.
 */
export function locateWord(reference: InkMask, word: Rect, target: InkMask, maxDy = 3): WordMatch {
  const points: [number, number][] = [];
  for (let y = word.y; y < word.y + word.height; y += 1) {
    for (let x = word.x; x < word.x + word.width; x += 1) {
      if (y >= 0 && x >= 0 && y < reference.height && x < reference.width && reference.ink[y * reference.width + x]) points.push([x - word.x, y - word.y]);
    }
  }
  if (points.length === 0) return { dx: 0, dy: 0, iou: 0 };
  // Summed-area table of the target: its ink inside any window in O(1).
  const w = target.width;
  const sums = new Uint32Array((w + 1) * (target.height + 1));
  for (let y = 0; y < target.height; y += 1) {
    let row = 0;
    for (let x = 0; x < w; x += 1) {
      row += target.ink[y * w + x]!;
      sums[(y + 1) * (w + 1) + x + 1] = sums[y * (w + 1) + x + 1]! + row;
    }
  }
  const inkIn = (x0: number, y0: number, x1: number, y1: number): number => {
    const [a, b, c, d] = [Math.max(0, x0), Math.max(0, y0), Math.min(w, x1), Math.min(target.height, y1)];
    if (c <= a || d <= b) return 0;
    return sums[d * (w + 1) + c]! - sums[b * (w + 1) + c]! - sums[d * (w + 1) + a]! + sums[b * (w + 1) + a]!;
  };
  let best: WordMatch = { dx: 0, dy: 0, iou: -1 };
  for (let dy = -maxDy; dy <= maxDy; dy += 1) {
    for (let left = -word.width; left < target.width; left += 1) {
      const top = word.y + dy;
      let hits = 0;
      for (const [px, py] of points) {
        const x = left + px;
        const y = top + py;
        if (x >= 0 && y >= 0 && x < w && y < target.height && target.ink[y * w + x]) hits += 1;
      }
      const union = points.length + inkIn(left, top, left + word.width, top + word.height) - hits;
      const iou = union > 0 ? hits / union : 0;
      if (iou > best.iou) best = { dx: left - word.x, dy, iou };
    }
  }
  return best;
}
