/** Finished lines → one slab per line, with the keep rules of a paragraph (widows and orphans). */
import type { TextItem } from "../../types";
import type { InlineLine } from "../inline";
import type { Slab } from "../slab";
import type { TextStyle } from "../style";

/**
 * How lines may be separated by a page break: "lines" keeps at least two lines of a paragraph at the
 * foot and at the head of a page (orphan/widow control), "together" never splits the block.
 */
export type LineKeep = "lines" | "together";

/** Distance from the top of a line box to its baseline: half-leading above an em box with `ascent`. */
export function baselineOffset(text: TextStyle, ascent: number): number {
  return (text.leading - text.size) / 2 + ascent * text.size;
}

/** One slab per line, its items (fresh from finalize, so moved in place) right by `left` and down to the baseline. */
export function lineSlabs(lines: readonly InlineLine[], left: number, text: TextStyle, ascent: number, keep: LineKeep): Slab[] {
  const baseline = baselineOffset(text, ascent);
  const n = lines.length;
  return lines.map((line, k) => ({
    height: text.leading,
    spaceBefore: 0,
    // a break before line k leaves k lines behind and n − k lines ahead: both must be ≥ 2
    keepWithPrevious: k > 0 && (keep === "together" || k < 2 || n - k < 2),
    items: moveItems(line.items, left, -baseline),
  }));
}

/** `items` moved right by `dx` onto baseline `y` (in place: they are fresh from finalize and nobody else holds them). */
function moveItems(items: TextItem[], dx: number, y: number): TextItem[] {
  for (const item of items) {
    item.x += dx;
    item.y = y;
  }
  return items;
}
