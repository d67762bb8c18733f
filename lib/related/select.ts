/**
 * Positions of the `keep` largest of `values[0, length)`, in ascending
 * position, written to `out`. Among equal values at the cut the lower
 * position wins, so the result is deterministic. Quickselect finds the cut
 * in linear time; `work` (at least `length` long) is scratch space, so a
 * caller choosing terms for 100,000 articles allocates nothing per article.
 */
export function selectTop(values: Float64Array, length: number, keep: number, work: Float64Array, out: number[]): number[] {
  out.length = 0;
  if (length <= keep) {
    for (let k = 0; k < length; k++) out.push(k);
    return out;
  }
  if (keep <= 0) return out;
  work.set(values.subarray(0, length));
  const cut = kthLargest(work, length, keep);
  let ties = keep;
  for (let k = 0; k < length; k++) if ((values[k] ?? 0) > cut) ties--;
  for (let k = 0; k < length; k++) {
    const v = values[k] ?? 0;
    if (v > cut || (v === cut && ties-- > 0)) out.push(k);
  }
  return out;
}

/** The k-th largest (k ≥ 1) of `work[0, length)` by quickselect, linear on average; reorders `work`. */
export function kthLargest(work: Float64Array, length: number, k: number): number {
  const target = length - k;
  let lo = 0;
  let hi = length - 1;
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

/** First position in `items[from, to)` holding a value ≥ `target`; the items must ascend. */
export function lowerBound(items: Int32Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
