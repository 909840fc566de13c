/**
 * <ol>/<ul>: each item a paragraph with a hanging indent. The marker (`1.` or `•`, both drawn by the
 * CJK body face) sits at the paragraph indent (two characters, like 首行缩进); wrapped lines align with
 * the item's text, not with the marker.
 */
import type { Span } from "../../types";
import type { LayoutContext } from "../context";
import { layoutInline } from "../inline";
import { textWidth } from "../measure";
import type { BlockSlabs, Slab } from "../slab";
import { baselineOffset, lineSlabs } from "./line-slabs";

/** The marker of item `index` (0-based). */
export function listMarker(ordered: boolean, index: number): string {
  return ordered ? `${index + 1}.` : "\u2022";
}

/** All items, one slab per line, markers on their first lines. */
export function layoutList(ordered: boolean, items: readonly Span[][], ctx: LayoutContext): BlockSlabs {
  const { body, ascent } = ctx.style;
  const markers = items.map((_, i) => listMarker(ordered, i));
  const markerX = ctx.left + 2 * body.size;
  const box = Math.max(...markers.map((m) => textWidth(m, "body", body.size, ctx.metrics)), 0) + 0.5 * body.size;
  const textX = markerX + box;
  const style = { metrics: ctx.metrics, size: body.size, face: "body" as const };
  const slabs: Slab[] = [];
  items.forEach((spans, i) => {
    const lines = layoutInline(spans, style, { width: ctx.left + ctx.measure - textX, align: "justify" });
    const itemSlabs = lineSlabs(lines, textX, body, ascent, "lines");
    itemSlabs[0].items.unshift({
      kind: "text", x: markerX, y: -baselineOffset(body, ascent), size: body.size, face: "body", text: markers[i], charSpacing: 0,
    });
    // The last item never opens a page alone (an orphaned 「2. 身份证复印件」 above the closing reads as an afterthought).
    if (i === items.length - 1 && items.length >= 2) itemSlabs[0].keepWithPrevious = true;
    slabs.push(...itemSlabs);
  });
  return { slabs, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, keepPrevious: 0 };
}

