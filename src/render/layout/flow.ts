/**
 * The block flow: each block laid out by its own module, then joined to its neighbours — collapsed
 * spacing, keep-with-next (title, headings, 「此致」) and keep-with-previous (the signature keeps the
 * two lines before it). Footer blocks leave the flow: they are drawn on every page (furniture.ts).
 */
import type { Block } from "../types";
import type { LayoutContext } from "./context";
import { layoutList } from "./blocks/list";
import { layoutCc, layoutSignature } from "./blocks/signature";
import { layoutTable } from "./blocks/table";
import { layoutHeading, layoutParagraph, layoutTitle } from "./blocks/text";
import type { BlockSlabs, Slab } from "./slab";

/** The flow's slabs in order, and the footer text (footer blocks joined by a space), if any. */
export function layoutFlow(blocks: readonly Block[], ctx: LayoutContext): { slabs: Slab[]; footer: string | null } {
  const slabs: Slab[] = [];
  const footers: string[] = [];
  let previous: BlockSlabs | null = null;
  for (const block of blocks) {
    if (block.kind === "footer") {
      if (block.text) footers.push(block.text);
      continue;
    }
    const laid = layoutBlock(block, ctx);
    if (laid.slabs.length === 0) continue;
    const first = laid.slabs[0];
    first.spaceBefore = Math.max(previous?.spaceAfter ?? 0, laid.spaceBefore);
    if (previous?.keepWithNext) first.keepWithPrevious = true;
    if (laid.keepPrevious > 0 && slabs.length > 0) {
      first.keepWithPrevious = true;
      for (let k = 1; k < laid.keepPrevious && k < slabs.length; k++) slabs[slabs.length - k].keepWithPrevious = true;
    }
    slabs.push(...laid.slabs);
    previous = laid;
  }
  return { slabs, footer: footers.length ? footers.join(" ") : null };
}

/** One block (not a footer) → its slabs and joining rules. */
function layoutBlock(block: Exclude<Block, { kind: "footer" }>, ctx: LayoutContext): BlockSlabs {
  switch (block.kind) {
    case "title":
      return layoutTitle(block.text, ctx);
    case "heading":
      return layoutHeading(block.text, ctx, block.annex === true);
    case "paragraph":
      return layoutParagraph(block.style, block.spans, ctx);
    case "list":
      return layoutList(block.ordered, block.items, ctx);
    case "table":
      return layoutTable(block.header, block.rows, ctx);
    case "signature":
      return layoutSignature(block.lines, block.date, ctx);
    case "cc":
      return layoutCc(block.lines, ctx);
  }
}
