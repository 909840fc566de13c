/**
 * Page furniture, drawn after pagination (the total is known only then): the page number centred at
 * the foot as 「第 i 页 共 N 页」, and the footer note as one 9 pt line above it — shrunk (to 7 pt) and
 * then cut with 「…」 if it is still too long, so it always stays one line.
 */
import type { TextItem } from "../types";
import type { LayoutContext } from "./context";
import { textWidth } from "./measure";

/** The page number text: 页 in Simplified letters, 頁 in Traditional ones. */
export function pageNumberText(page: number, total: number, script: "Hans" | "Hant" = "Hans"): string {
  const ye = script === "Hant" ? "頁" : "页";
  return `第 ${page} ${ye} 共 ${total} ${ye}`;
}

/** The footer note's item, the same on every page (fitted once per document). */
export function footerItem(footer: string, ctx: LayoutContext): TextItem {
  const { text, size } = fitFooter(footer, ctx);
  return centred(text, size, ctx.style.footer.baseline, ctx);
}

/** The furniture items of page `page` of `total`: a copy of the footer note (footerItem), if any, and the page number. */
export function furniture(page: number, total: number, footer: TextItem | null, ctx: LayoutContext): TextItem[] {
  const { pageNumber } = ctx.style;
  const number = centred(pageNumberText(page, total, ctx.style.script), pageNumber.size, pageNumber.baseline, ctx);
  return footer ? [{ ...footer }, number] : [number];
}

/** The footer at the largest size from 9 pt down to 7 pt that fits the measure, else cut to fit at 7 pt. */
export function fitFooter(text: string, ctx: LayoutContext): { text: string; size: number } {
  const { size, minSize } = ctx.style.footer;
  const natural = textWidth(text, "body", size, ctx.metrics);
  if (natural <= ctx.measure) return { text, size };
  const shrunk = (size * ctx.measure) / natural;
  if (shrunk >= minSize) return { text, size: Math.floor(shrunk * 100) / 100 };
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join("") + "…", "body", minSize, ctx.metrics) > ctx.measure) chars.pop();
  return { text: chars.join("").trimEnd() + "…", size: minSize };
}

function centred(text: string, size: number, baseline: number, ctx: LayoutContext): TextItem {
  const width = textWidth(text, "body", size, ctx.metrics);
  return { kind: "text", x: ctx.left + (ctx.measure - width) / 2, y: baseline, size, face: "body", text, charSpacing: 0 };
}
