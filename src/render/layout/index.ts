/**
 * Layout: Block[] → LayoutDocument (pages of positioned TextItems and RuleItems), pure and synchronous.
 * Blocks become slabs (flow.ts), slabs are paginated (paginate.ts), then each page gets its number and
 * footer (furniture.ts). Inline text goes through inline/ (collect → prepare → linebreak → finalize).
 */
import type { Block, LayoutDocument, Metrics } from "../types";
import type { LayoutContext } from "./context";
import { layoutFlow } from "./flow";
import { footerItem, furniture } from "./furniture";
import { paginate } from "./paginate";
import { resolveStyle, type LayoutOptions } from "./style";

export { layoutCodePoints } from "./code-points";
export { layoutLines, pageLines } from "./lines";
export { textItemWidth, textWidth } from "./measure";
export { pageNumberText } from "./furniture";
export { listMarker } from "./blocks/list";
export { defaultGeometry, resolveStyle, type HouseStyle, type LayoutOptions } from "./style";

/** Lay out a letter's blocks on A4 pages in the house style (options override the style). */
export function layoutDocument(blocks: readonly Block[], metrics: Metrics, options: LayoutOptions = {}): LayoutDocument {
  const style = resolveStyle(options);
  const { geometry } = style;
  const { margin } = geometry;
  const ctx: LayoutContext = {
    style,
    // Asked as is: the font set answers a repeated advance from its own isolate-wide table
    // (src/render/fonts/cache.ts), as cheaply as a memo here would.
    metrics,
    left: margin.left,
    measure: geometry.width - margin.left - margin.right,
    bodyHeight: geometry.height - margin.top - margin.bottom,
  };
  const { slabs, footer } = layoutFlow(blocks, ctx);
  const bodies = paginate(slabs, { top: geometry.height - margin.top, height: ctx.bodyHeight });
  const note = footer ? footerItem(footer, ctx) : null;
  const pages = bodies.map((items, i) => {
    items.push(...furniture(i + 1, bodies.length, note, ctx));
    return { number: i + 1, items };
  });
  return { geometry, pages };
}
