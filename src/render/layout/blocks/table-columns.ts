/**
 * Column widths from content, after CSS 2.1 §17.5.2.2 (automatic table layout): each column's minimum
 * is its widest unbreakable piece, its maximum its widest unbroken cell; the table fills the measure.
 * One departure: a column whose content is no wider than an even share of the table keeps its natural
 * width, so that short headers and numbers (期数, 金额) never wrap to feed a long 备注 column.
 */

/** Widths (pt) of columns with content widths `min`/`max` (padding included) sharing `total`. */
export function columnWidths(min: readonly number[], max: readonly number[], total: number): number[] {
  const n = min.length;
  if (n === 0) return [];
  if (sum(max) > total) {
    const narrow = max.map((w) => w <= total / n);
    const wide = narrow.map((isNarrow, i) => (isNarrow ? -1 : i)).filter((i) => i >= 0);
    const rest = total - sum(max.filter((_, i) => narrow[i]));
    if (wide.length > 0 && wide.length < n && sum(wide.map((i) => min[i])) <= rest) {
      const shared = autoWidths(wide.map((i) => min[i]), wide.map((i) => max[i]), rest);
      const widths = [...max];
      wide.forEach((column, k) => (widths[column] = shared[k]));
      return widths;
    }
  }
  return autoWidths(min, max, total);
}

/** CSS 2.1 automatic layout: minimums, plus the rest shared by how much more each column wants. */
function autoWidths(min: readonly number[], max: readonly number[], total: number): number[] {
  const n = min.length;
  const sumMin = sum(min);
  const sumMax = sum(max);
  if (sumMax <= total) {
    // everything fits unbroken: share the rest in proportion to the natural widths
    return sumMax > 0 ? max.map((w) => w + ((total - sumMax) * w) / sumMax) : min.map(() => total / n);
  }
  if (sumMin >= total) {
    // even the minimums overflow: scale them down; cells fall back to breaking by characters
    return min.map((w) => (w * total) / sumMin);
  }
  // between the two: each column gets its minimum plus a share of the rest by how much more it wants
  const want = sumMax - sumMin;
  return min.map((w, i) => w + ((total - sumMin) * (max[i] - w)) / want);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
