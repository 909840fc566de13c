/**
 * Pagination: stack slabs onto pages, first fit, honouring the keep rules. When a slab does not fit,
 * the page breaks before it if allowed, else at the last allowed break on the page (the kept group moves
 * over whole); a group taller than a page breaks where it must. A table row that opens a page brings
 * its header row along. The draw stage never paginates (the pdfme lesson).
 */
import type { LayoutItem } from "../types";
import { shiftItem, type Slab } from "./slab";

const EPS = 1e-6;

/** The body area of a page: its top edge (PDF y) and height, pt. */
export interface BodyArea {
  top: number;
  height: number;
}

/** Slabs → the body items of each page (absolute PDF coordinates). Always at least one page. */
export function paginate(slabs: readonly Slab[], area: BodyArea): LayoutItem[][] {
  const pages: LayoutItem[][] = [];
  let i = 0;
  do {
    const { items, next } = fillPage(slabs, i, area);
    pages.push(items);
    i = next;
  } while (i < slabs.length);
  return pages;
}

interface Placed {
  /** The slab's index in the flow. */
  index: number;
  /** Where its items (with a repeated header, a page-top rule) start in the page's items. */
  from: number;
}

/** One page from slab `first` on: its items and the index of the first slab left for the next page. */
function fillPage(slabs: readonly Slab[], first: number, area: BodyArea): { items: LayoutItem[]; next: number } {
  const items: LayoutItem[] = [];
  const placed: Placed[] = [];
  let cursor = 0;
  let lastBreak = 0; // a break is allowed before placed[lastBreak] (0: none on this page yet)
  for (let j = first; j < slabs.length; j++) {
    const slab = slabs[j];
    const opening = placed.length === 0;
    const header = opening ? slab.repeatHeader : undefined;
    const space = opening ? 0 : slab.spaceBefore;
    if (!opening && slab.breakBefore) return { items, next: j };
    if (!opening && cursor + space + slab.height > area.height + EPS) {
      const cut = slab.keepWithPrevious && lastBreak > 0 ? lastBreak : placed.length;
      if (cut < placed.length) items.length = placed[cut].from; // the kept group moves to the next page
      return { items, next: cut < placed.length ? placed[cut].index : j };
    }
    if (!opening && !slab.keepWithPrevious) lastBreak = placed.length;
    let top = cursor + space;
    placed.push({ index: j, from: items.length });
    if (header) {
      place(items, header.items, top, area);
      top += header.height;
    }
    if (opening && !header && slab.pageTopItems) place(items, slab.pageTopItems, top, area);
    place(items, slab.items, top, area);
    cursor = top + slab.height;
  }
  return { items, next: slabs.length };
}

/** Slab-relative items (y from the slab top) → page coordinates, the slab's top `top` pt below the body top, appended to `page`. */
function place(page: LayoutItem[], items: readonly LayoutItem[], top: number, area: BodyArea): void {
  const dy = top - area.top;
  for (const item of items) page.push(shiftItem(item, dy));
}
