/**
 * Positions of the `keep` largest values, in ascending position. Among equal
 * values at the cut the lower position wins, so the result is deterministic.
 * A native numeric sort of a copy finds the cut far faster than sorting
 * positions with a comparator function.
 */
export function topPositions(values: Float64Array, keep: number): number[] {
  const out: number[] = [];
  if (values.length <= keep) {
    for (let k = 0; k < values.length; k++) out.push(k);
    return out;
  }
  if (keep <= 0) return out;
  const cut = kthLargest(values.slice(), keep);
  let ties = keep;
  for (const v of values) if (v > cut) ties--;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? 0;
    if (v > cut || (v === cut && ties-- > 0)) out.push(k);
  }
  return out;
}

/** The k-th largest value (k ≥ 1) by quickselect, in linear time on average; reorders `work`. */
export function kthLargest(work: Float64Array, k: number): number {
  const target = work.length - k;
  let lo = 0;
  let hi = work.length - 1;
  while (lo < hi) {
    // Median of three keeps sorted or constant input from going quadratic.
    const mid = (lo + hi) >> 1;
    const a = work[lo] ?? 0;
    const b = work[mid] ?? 0;
    const c = work[hi] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((work[i] ?? 0) < pivot) i++;
      while ((work[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = work[i] ?? 0;
        work[i++] = work[j] ?? 0;
        work[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return work[target] ?? 0;
}

/** First position in `items[from, to)` whose key is ≥ `target`; keys must ascend. */
export function lowerBound(items: Int32Array, from: number, to: number, key: Float64Array, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((key[items[mid] ?? 0] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
