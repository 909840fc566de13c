/**
 * Stage 3, linebreak: choose line ends among the prepared break opportunities, first fit (greedy).
 * Because 禁则 already removed the forbidden opportunities, a mark that may not start a line travels
 * down together with the character before it, and the shortened line is justified later — a line is
 * never pushed past the measure (the pdfme mistake). Only a single unbreakable run longer than the
 * whole measure (a 60-digit account number) is cut by characters, as a last resort.
 * A Knuth–Plass breaker could replace this behind the same signature.
 */
import { NO_LINE_END, NO_LINE_START } from "../line-break/kinsoku";
import { setWidth, type LineRange, type Prepared } from "./types";

/** Measure (pt), indents (pt) and the font size (pt) of a paragraph. */
export interface LineBox {
  width: number;
  /** Indent of the first line (首行缩进). */
  firstIndent: number;
  /** The em, pt. */
  em: number;
}

const EPS = 1e-6;

/** Break one hard line into lines that fit `box`; an empty hard line gives one empty line. */
export function linebreak(p: Prepared, box: LineBox, first = true): LineRange[] {
  const n = p.glyphs.length;
  const lines: LineRange[] = [];
  let start = skipSpaces(p, 0);
  do {
    const indent = lines.length === 0 && first ? box.firstIndent : 0;
    const available = box.width - indent;
    let end = start >= n ? n : lastFit(p, start, available, box.width);
    if (end <= start && start < n) end = emergencyEnd(p, start, available);
    const visibleEnd = trimSpaces(p, start, end);
    const next = skipSpaces(p, end);
    lines.push({
      start,
      end: visibleEnd,
      width: setWidth(p, start, visibleEnd),
      available,
      indent,
      last: next >= n,
    });
    start = next;
  } while (start < p.glyphs.length);
  return lines;
}

/**
 * The furthest break opportunity (or the end of text) at which [start, end) fits. Returns `start` if
 * nothing fits, or if the run that overflows is wider than a whole line (`measure`): such a run could
 * not fit on the next line either, so it is started here and cut by characters (emergencyEnd) rather
 * than leaving a short, over-stretched line above it.
 */
function lastFit(p: Prepared, start: number, available: number, measure: number): number {
  const n = p.glyphs.length;
  let best = start;
  for (let i = start + 1; i <= n; i++) {
    if (i < n && !p.breaks[i]) continue;
    if (visibleWidth(p, start, i) > available + EPS) {
      return visibleWidth(p, best, i) > measure + EPS ? start : best;
    }
    best = i;
  }
  return best;
}

/**
 * Last resort for a run wider than the measure: as many characters as fit (at least one), moved back
 * to the nearest boundary that still respects 禁则 if there is one within the run.
 */
function emergencyEnd(p: Prepared, start: number, available: number): number {
  const n = p.glyphs.length;
  let fit = start + 1;
  while (fit < n && setWidth(p, start, fit + 1) <= available + EPS) fit++;
  if (fit >= n) return n;
  for (let k = fit; k > start + 1; k--) {
    if (!NO_LINE_START.has(p.glyphs[k].cp) && !NO_LINE_END.has(p.glyphs[k - 1].cp)) return k;
  }
  return fit;
}

/** Width of [start, end) without its trailing spaces (LB7: spaces hang at the line end, unmeasured). */
function visibleWidth(p: Prepared, start: number, end: number): number {
  return setWidth(p, start, trimSpaces(p, start, end));
}

function trimSpaces(p: Prepared, start: number, end: number): number {
  while (end > start && p.space[end - 1]) end--;
  return end;
}

function skipSpaces(p: Prepared, i: number): number {
  while (i < p.glyphs.length && p.space[i]) i++;
  return i;
}
