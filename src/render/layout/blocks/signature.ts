/**
 * The end of a letter: the signature block (署名 and 日期) and the cc block (抄送).
 * The signature's lines are left-aligned at one x, the block set against the right margin, as a
 * Chinese letter is signed (and as the HTML preview draws `.signature`); it is kept on one page with
 * the two lines before it (「此致」「敬礼！」).
 */
import type { Span } from "../../types";
import type { LayoutContext } from "../context";
import { layoutInline, measureInline } from "../inline";
import type { BlockSlabs } from "../slab";
import { lineSlabs } from "./line-slabs";

/** Lines right of centre at a common x; the block is as wide as its widest line, at least 14 characters. */
export function layoutSignature(lines: readonly Span[][], ctx: LayoutContext): BlockSlabs {
  const { body, signature, ascent } = ctx.style;
  const style = { metrics: ctx.metrics, size: body.size, face: "body" as const };
  const natural = Math.max(0, ...lines.map((spans) => measureInline(spans, style).max));
  const width = Math.min(ctx.measure, Math.max(natural, signature.minWidth));
  const x = ctx.left + ctx.measure - width;
  const set = lines.flatMap((spans) => layoutInline(spans, style, { width, align: "left" }));
  return {
    slabs: lineSlabs(set, x, body, ascent, "together"),
    spaceBefore: signature.spaceBefore,
    spaceAfter: 0,
    keepWithNext: false,
    keepPrevious: 2,
  };
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
