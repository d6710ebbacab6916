// Sorted, disjoint 1-based [first, last] line ranges, such as the template code of a post
// (`{{< highlight >}}`…`{{< /highlight >}}`): looked up by binary search, as a post may have thousands.

export type LineRanges = ReadonlyArray<readonly [number, number]>;

/** The index of the range holding `line`, or -1. */
export function rangeOf(ranges: LineRanges, line: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = ranges[mid]!;
    if (line < first) high = mid - 1;
    else if (line > last) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether `line` is in one of the ranges. */
export function inRanges(ranges: LineRanges, line: number): boolean {
  return rangeOf(ranges, line) >= 0;
}
