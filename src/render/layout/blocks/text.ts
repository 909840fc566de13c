/** Title, headings and paragraphs: the paragraph styles of a Chinese letter (types.ts ParagraphStyle). */
import type { ParagraphStyle, Span } from "../../types";
import type { LayoutContext } from "../context";
import { layoutInline, type InlineAlign } from "../inline";
import type { BlockSlabs } from "../slab";
import { lineSlabs } from "./line-slabs";

/** <h1>: bold, centred, space after, kept with what follows. */
export function layoutTitle(text: string, ctx: LayoutContext): BlockSlabs {
  const { title } = ctx.style;
  const lines = layoutInline([{ text }], { metrics: ctx.metrics, size: title.size, face: "bold" }, { width: ctx.measure, align: "center" });
  return {
    slabs: lineSlabs(lines, ctx.left, title, ctx.style.ascent, "together"),
    spaceBefore: 0,
    spaceAfter: title.spaceAfter,
    keepWithNext: true,
    keepPrevious: 0,
  };
}

/**
 * <h2>: bold, flush left, never left at the foot of a page (kept with the next block). An annex's heading
 * (附：收支情况说明, after the signature and the 附件 list) starts a new page: an attachment is its own sheet, and a
 * table begun at the foot of the letter's last page would read as part of the letter.
 */
export function layoutHeading(text: string, ctx: LayoutContext, annex = false): BlockSlabs {
  const { heading } = ctx.style;
  const lines = layoutInline([{ text }], { metrics: ctx.metrics, size: heading.size, face: "bold" }, { width: ctx.measure, align: "justify" });
  const slabs = lineSlabs(lines, ctx.left, heading, ctx.style.ascent, "together");
  if (annex && slabs.length) slabs[0].breakBefore = true;
  return {
    slabs,
    spaceBefore: heading.spaceBefore,
    spaceAfter: 0,
    keepWithNext: true,
    keepPrevious: 0,
  };
}

/** Lines of the body that the closing (「此致」) takes along to a new page. */
const CLOSING_KEEPS_BODY_LINES = 2;

/** Alignment and first-line indent (in em) of each paragraph style. */
const PARAGRAPH: Record<ParagraphStyle, { align: InlineAlign; indent: number }> = {
  body: { align: "justify", indent: 2 }, //       首行缩进两字, justified
  salutation: { align: "justify", indent: 0 }, // 称谓 flush left
  noindent: { align: "justify", indent: 0 },
  closing: { align: "justify", indent: 2 }, //    「此致」 indented two characters
  flush: { align: "justify", indent: 0 }, //      「敬礼！」 flush left
  right: { align: "right", indent: 0 },
  center: { align: "center", indent: 0 },
};

/**
 * <p class="…">: lines with widow/orphan control. 「此致」 (class "closing") opens the closing of a letter:
 * it is kept with the line after it (「敬礼！」, then the signature keeps both), and with the last two lines
 * before it, so that no page holds the closing alone without the body it closes (more lines come along
 * when the widow/orphan rule of that paragraph asks for them).
 */
export function layoutParagraph(style: ParagraphStyle, spans: readonly Span[], ctx: LayoutContext): BlockSlabs {
  const { body } = ctx.style;
  const { align, indent } = PARAGRAPH[style];
  const lines = layoutInline(spans, { metrics: ctx.metrics, size: body.size, face: "body" }, {
    width: ctx.measure,
    firstIndent: indent * body.size,
    align,
  });
  return {
    slabs: lineSlabs(lines, ctx.left, body, ctx.style.ascent, "lines"),
    spaceBefore: style === "closing" ? body.size / 2 : 0, // as the preview's p.closing{margin-top:.5em}
    spaceAfter: 0,
    // 「此致」 belongs with 「敬礼！」; a lead-in ending in a colon (「还款计划明细如下：」, 「附件：」) with what it introduces.
    keepWithNext: style === "closing" || endsWithColon(spans),
    keepPrevious: style === "closing" ? CLOSING_KEEPS_BODY_LINES : 0,
  };
}

/** Whether the spans' text, trailing white space aside (trimEnd), ends in a colon. */
function endsWithColon(spans: readonly Span[]): boolean {
  for (let i = spans.length - 1; i >= 0; i--) {
    const text = spans[i].text.trimEnd(); // the last span that is not blank decides
    if (text.length > 0) return text.endsWith("：") || text.endsWith(":");
  }
  return false;
}
