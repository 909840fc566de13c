/**
 * The end of a letter: the signature block (署名, contact lines and 日期) and the cc block (抄送).
 *
 * The signature is a right-aligned BLOCK, as a Chinese letter is signed: its lines are left-aligned with
 * each other inside a block whose right edge is the right margin. The block is as wide as its longest
 * line, at least `signature.minWidth` and at most half the measure, so a long address wraps inside the
 * block instead of pushing it left; a wrapped line hangs under the text after its label (「通讯地址：」),
 * like the entries of a form. The date is right-aligned at the block's right edge, which is the margin.
 * The block is kept on one page with the two lines before it (「此致」「敬礼！」).
 */
import type { Span } from "../../types";
import type { LayoutContext } from "../context";
import { layoutInline, measurePrepared, prepareInline, setInline, type InlineLine } from "../inline";
import { isDateText } from "../line-break/dates";
import { textWidth } from "../measure";
import type { BlockSlabs } from "../slab";
import { lineSlabs } from "./line-slabs";

/** The widest the block may be, as a share of the measure. */
const MAX_SHARE = 0.5;
/** A label is a short run ending in a colon at the start of a line: 「申请人：」「通讯地址：」. */
const MAX_LABEL_CHARACTERS = 8;
const COLONS: ReadonlySet<number> = new Set([0xff1a, 0x3a]); // ：:

/**
 * The signature lines; `date` is the index of the date line (marked `<p class="date">`), else the last
 * line when it is nothing but a date (2026年11月23日).
 */
export function layoutSignature(lines: readonly Span[][], date: number | undefined, ctx: LayoutContext): BlockSlabs {
  const { body, signature, ascent } = ctx.style;
  const style = { metrics: ctx.metrics, size: body.size, face: "body" as const };
  const dateLine = date ?? (lines.length > 0 && isDateText(plain(lines[lines.length - 1])) ? lines.length - 1 : -1);
  const prepared = lines.map((spans) => prepareInline(spans, style)); // measured, then set
  const natural = Math.max(0, ...prepared.map((line) => measurePrepared(line).max));
  const widest = Math.min(ctx.measure, Math.max(signature.minWidth, ctx.measure * MAX_SHARE));
  const width = Math.min(widest, Math.max(natural, signature.minWidth));
  const x = ctx.left + ctx.measure - width;
  const set: InlineLine[] = lines.flatMap((spans, i) => {
    if (i === dateLine) return setInline(prepared[i], style, { width, align: "right" });
    const label = labelWidth(spans, ctx);
    return setInline(prepared[i], style, { width, align: "left", restIndent: label <= width / 2 ? label : 0 });
  });
  return {
    slabs: lineSlabs(set, x, body, ascent, "together"),
    spaceBefore: signature.spaceBefore,
    spaceAfter: signature.spaceBefore / 2, // what follows the date (附件, 抄送) starts half a line below it
    keepWithNext: false,
    keepPrevious: 2,
  };
}

/** Width (pt) of the line's label up to and including its colon, or 0 if the line has none. */
function labelWidth(spans: readonly Span[], ctx: LayoutContext): number {
  const first = spans[0];
  if (!first || first.text === "\n") return 0;
  // the first MAX_LABEL_CHARACTERS + 1 code points: a colon among them, after at least one character and no space
  const text = first.text;
  for (let i = 0, count = 0; i < text.length && count <= MAX_LABEL_CHARACTERS; count++) {
    const cp = text.codePointAt(i)!;
    if (COLONS.has(cp)) {
      if (count < 1) return 0;
      return textWidth(text.slice(0, i + 1), first.bold ? "bold" : "body", ctx.style.body.size, ctx.metrics);
    }
    if (cp === 0x20 || cp === 0x3000) return 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return 0;
}

function plain(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join("");
}

/** 抄送 lines flush left after the signature. */
export function layoutCc(lines: readonly Span[][], ctx: LayoutContext): BlockSlabs {
  const { body, signature, ascent } = ctx.style;
  const style = { metrics: ctx.metrics, size: body.size, face: "body" as const };
  const set = lines.flatMap((spans) => layoutInline(spans, style, { width: ctx.measure, align: "justify" }));
  return {
    slabs: lineSlabs(set, ctx.left, body, ascent, "lines"),
    spaceBefore: signature.spaceBefore / 2,
    spaceAfter: 0,
    keepWithNext: false,
    keepPrevious: 0,
  };
}
