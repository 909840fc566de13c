/**
 * Inline layout, the one entry point for setting a run of spans into lines:
 * collect → prepare → linebreak → finalize (typst's inline pipeline, one stage per file).
 */
import type { Span } from "../../types";
import { collect } from "./collect";
import { finalize } from "./finalize";
import { linebreak } from "./linebreak";
import { prepare } from "./prepare";
import { setWidth, type InlineAlign, type InlineLine, type InlineStyle, type Prepared } from "./types";

export type { InlineAlign, InlineLine, InlineStyle, Prepared } from "./types";

/** Where and how a paragraph's lines are set. */
export interface InlineBox {
  /** The measure, pt. */
  width: number;
  /** First-line indent, pt (首行缩进两字 = 2 × size). */
  firstIndent?: number;
  /** Indent of every line after the first, pt (a hanging indent); default 0. */
  restIndent?: number;
  align: InlineAlign;
  /** No line break inside a date such as 2026年10月12日 (tailoring T5, line-break/dates.ts). */
  keepDates?: boolean;
}

/** Spans → finished lines (x relative to the measure's left edge, baseline y = 0). */
export function layoutInline(spans: readonly Span[], style: InlineStyle, box: InlineBox): InlineLine[] {
  return setInline(prepareInline(spans, style, box.keepDates), style, box);
}

/**
 * Stages 1–2 (collect, prepare) of a run of spans: one Prepared per hard line. Measuring and setting a
 * run (a table cell, a signature line) both start from it, so it is collected and prepared once.
 */
export function prepareInline(spans: readonly Span[], style: InlineStyle, keepDates = false): Prepared[] {
  const options = { em: style.size, keepDates };
  return collect(spans, style).map((glyphs) => prepare(glyphs, options));
}

/** Stages 3–4 (linebreak, finalize) of a prepared run; `box.keepDates` was decided by prepareInline. */
export function setInline(prepared: readonly Prepared[], style: InlineStyle, box: InlineBox): InlineLine[] {
  const lines: InlineLine[] = [];
  const lineBox = { width: box.width, firstIndent: box.firstIndent ?? 0, restIndent: box.restIndent, em: style.size, ragged: box.align !== "justify" };
  for (const p of prepared) {
    for (const range of linebreak(p, lineBox, lines.length === 0)) {
      lines.push(finalize(p, range, box.align, style.size));
    }
  }
  return lines;
}

/**
 * The narrowest and widest a run of spans can be set (pt): `min` is its widest unbreakable piece,
 * `max` its widest hard line unbroken. Table columns are sized from these (CSS 2.1 §17.5.2.2).
 */
export function measureInline(spans: readonly Span[], style: InlineStyle, keepDates = false): { min: number; max: number } {
  return measurePrepared(prepareInline(spans, style, keepDates));
}

/** measureInline of a prepared run. */
export function measurePrepared(prepared: readonly Prepared[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const p of prepared) {
    const n = p.length;
    let from = 0;
    for (let i = 1; i <= n; i++) {
      if (i < n && !p.breaks[i]) continue;
      let end = i;
      while (end > from && p.space[end - 1]) end--;
      min = Math.max(min, setWidth(p, from, end));
      from = i;
    }
    let end = n;
    while (end > 0 && p.space[end - 1]) end--;
    max = Math.max(max, setWidth(p, 0, end));
  }
  return { min, max };
}
