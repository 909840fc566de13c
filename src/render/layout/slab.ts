/**
 * A slab is the unit of pagination: a vertical piece that is never split across pages (a line of a
 * paragraph, a table row, the title). Blocks turn into slabs; the paginator stacks slabs onto pages.
 * Keep rules are typed fields, not sentinels: `keepWithPrevious` forbids a page break before the slab.
 */
import type { LayoutItem } from "../types";

export interface Slab {
  /** Height, pt. */
  height: number;
  /** Blank space above, pt; dropped at the top of a page. */
  spaceBefore: number;
  /** No page break between this slab and the one before (keep-with-next, widows, orphans, signature). */
  keepWithPrevious: boolean;
  /** A page break before this slab, unless it already opens a page (an annex after the letter). */
  breakBefore?: boolean;
  /** Items with y measured from the slab's top edge (negative downwards; x absolute). */
  items: LayoutItem[];
  /** Drawn only when the slab opens a page (a table row's top border). */
  pageTopItems?: LayoutItem[];
  /** Drawn above the slab when it opens a page (the header row of its table, repeated). */
  repeatHeader?: Slab;
}

/** A block laid out: its slabs and how it joins its neighbours. */
export interface BlockSlabs {
  slabs: Slab[];
  spaceBefore: number;
  spaceAfter: number;
  /** No page break after the block (headings, 「此致」). */
  keepWithNext: boolean;
  /** Also keep this many slabs before the block on its page (the signature keeps 此致 and 敬礼). */
  keepPrevious: number;
}

/** A copy of `item` moved down by `dy` (pt, positive = down the page). A copy: a repeated header is placed on many pages. */
export function shiftItem(item: LayoutItem, dy: number): LayoutItem {
  // written out rather than spread ({ ...item, y }): the same object, made without a generic property copy
  return item.kind === "text"
    ? { kind: "text", x: item.x, y: item.y - dy, size: item.size, face: item.face, text: item.text, charSpacing: item.charSpacing }
    : { kind: "rule", x1: item.x1, y1: item.y1 - dy, x2: item.x2, y2: item.y2 - dy, width: item.width };
}
