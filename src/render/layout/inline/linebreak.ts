/**
 * Stage 3, linebreak: choose line ends among the prepared break opportunities, first fit (greedy), then
 * one repair of the paragraph's end (一字不成行, below).
 * Because 禁则 already removed the forbidden opportunities, a mark that may not start a line travels
 * down together with the character before it, and the shortened line is justified later — a line is
 * never pushed past the measure (the pdfme mistake). Two cases cut an unbreakable run by characters:
 * a run longer than the whole measure (a 60-digit account number), as a last resort; and, on justified
 * lines, a long code or address that would leave the line before it stretched beyond a bound
 * (long-runs.ts).
 * A Knuth–Plass breaker could replace this behind the same signature.
 */
import { NO_LINE_END, NO_LINE_START } from "../line-break/kinsoku";
import { breakLongRun } from "./long-runs";
import { setWidth, type LineRange, type Prepared } from "./types";

/** Measure (pt), indents (pt) and the font size (pt) of a paragraph. */
export interface LineBox {
  width: number;
  /** Indent of the first line (首行缩进). */
  firstIndent: number;
  /** Indent of every later line (a hanging indent under a label); default 0. */
  restIndent?: number;
  /** The em, pt: how loose the repair of a short last line may make the line before it. */
  em: number;
  /** Lines are set flush (ragged), not justified: a shortened line shows as a shorter line, not as gaps. */
  ragged?: boolean;
}

const EPS = 1e-6;

/**
 * 一字不成行: a paragraph's last line must hold at least this many characters that are not punctuation.
 * Chinese typesetting treats a lone character (with its 。) on the last line as a fault and carries one
 * down from the line before, which is then set a little looser.
 */
const MIN_LAST_LINE_LETTERS = 2;
/**
 * The line the characters leave may end up justified with at most this much space (em) at each of its
 * stretch points: a fifth of an em (2.4 pt in 12 pt type) still reads as even spacing; more reads as
 * gaps, which is worse than the lone character.
 */
const MAX_SPACING_EM = 0.2;
/** On ragged (flush) lines, the line the characters leave keeps at least this share of its measure. */
const MIN_RAGGED_SHARE = 2 / 3;

/** Break one hard line into lines that fit `box`; an empty hard line gives one empty line. */
export function linebreak(p: Prepared, box: LineBox, first = true): LineRange[] {
  const n = p.length;
  const lines: LineRange[] = [];
  let start = skipSpaces(p, 0);
  do {
    const indent = lines.length === 0 && first ? box.firstIndent : (box.restIndent ?? 0);
    const available = box.width - indent;
    let end = start >= n ? n : lastFit(p, start, available, box.width);
    if (end <= start && start < n) end = emergencyEnd(p, start, available);
    else if (end < n && !box.ragged) end = breakLongRun(p, start, end, available, box.em);
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
  } while (start < p.length);
  if (lines.length >= 2) carryToShortLastLine(p, lines, box);
  return lines;
}

/**
 * 一字不成行 (clreq "Adjustments of orphans and widows" names a lone character, 孤字, on a paragraph's
 * last line as a fault; the typesetter's cure is to carry characters down to it): when the last line
 * has fewer than MIN_LAST_LINE_LETTERS letters, end the line before it at an earlier break opportunity —
 * the latest one that gives the last line enough — so characters are carried down. Only offered breaks
 * are used, so no 禁则 rule is broken; the line before only gets shorter (justified looser, up to
 * MAX_SPACING_EM; on a flush line, down to MIN_RAGGED_SHARE of its measure); the last line gets only
 * what still fits the measure; the number of lines does not change, so widow and orphan control see the
 * same paragraph. If no break qualifies, the paragraph is left as the greedy breaker set it.
 */
function carryToShortLastLine(p: Prepared, lines: LineRange[], box: LineBox): void {
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (letters(p, last.start, last.end) >= MIN_LAST_LINE_LETTERS) return;
  if (!p.breaks[last.start]) return; // the line before was cut by characters (emergencyEnd, breakLongRun): leave it
  for (let b = last.start - 1; b > before.start; b--) {
    if (!p.breaks[b]) continue;
    const beforeEnd = trimSpaces(p, before.start, b);
    const beforeWidth = setWidth(p, before.start, beforeEnd);
    if (beforeEnd <= before.start || !looseEnough(p, before.start, beforeEnd, before.available - beforeWidth, before.available, box)) return;
    const lastWidth = setWidth(p, b, last.end);
    if (lastWidth > last.available + EPS) return; // only gets wider from here
    if (letters(p, b, last.end) < MIN_LAST_LINE_LETTERS) continue;
    before.end = beforeEnd;
    before.width = beforeWidth;
    last.start = b;
    last.width = lastWidth;
    return;
  }
}

/** Whether `leftover` (pt) on the line [start, end) is still acceptable (it only grows further back). */
function looseEnough(p: Prepared, start: number, end: number, leftover: number, available: number, box: LineBox): boolean {
  if (box.ragged) return leftover <= (1 - MIN_RAGGED_SHARE) * available + EPS;
  let gaps = 0;
  for (let i = start + 1; i < end; i++) gaps += p.stretch[i];
  return leftover <= MAX_SPACING_EM * box.em * gaps + EPS;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Characters of [start, end) that are letters or digits (not punctuation, symbols or spaces). */
function letters(p: Prepared, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end && count < MIN_LAST_LINE_LETTERS; i++) {
    const cp = p.cps[i];
    if (cp >= 0x4e00 && cp <= 0x9fff) count++; // the common case: an ideograph
    else if (!p.space[i] && LETTER.test(String.fromCodePoint(cp))) count++;
  }
  return count;
}

/**
 * The furthest break opportunity (or the end of text) at which [start, end) fits. Returns `start` if
 * nothing fits, or if the run that overflows is wider than a whole line (`measure`): such a run could
 * not fit on the next line either, so it is started here and cut by characters (emergencyEnd) rather
 * than leaving a short, over-stretched line above it.
 */
function lastFit(p: Prepared, start: number, available: number, measure: number): number {
  const n = p.length;
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
  const n = p.length;
  let fit = start + 1;
  while (fit < n && setWidth(p, start, fit + 1) <= available + EPS) fit++;
  if (fit >= n) return n;
  for (let k = fit; k > start + 1; k--) {
    if (!NO_LINE_START.has(p.cps[k]) && !NO_LINE_END.has(p.cps[k - 1])) return k;
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
  while (i < p.length && p.space[i]) i++;
  return i;
}
