// Sorted, disjoint [first, last] ranges, both ends included: the 1-based lines of a post's template
// code (`{{< highlight >}}`…`{{< /highlight >}}`), or offsets (where Hexo runs no tag). Looked up by
// binary search, as a post may have thousands.

export type LineRanges = ReadonlyArray<readonly [number, number]>;

/** The index of the range holding `at`, or -1. */
export function rangeOf(ranges: LineRanges, at: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = ranges[mid]!;
    if (at < first) high = mid - 1;
    else if (at > last) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether `at` is in one of the ranges. */
export function inRanges(ranges: LineRanges, at: number): boolean {
  return rangeOf(ranges, at) >= 0;
}
