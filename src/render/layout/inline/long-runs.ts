/**
 * Long alphanumeric runs at a justified line's end: when a line would be stretched beyond a bound
 * because the run after it (a contract number, card number, e-mail address, URL) is one unbreakable
 * piece that does not fit, the run is broken inside, at a character boundary, so the line fills.
 *
 * UAX #14 offers no break inside an AL/NU run (LB23, LB25, LB28, LB29), and clreq ("Handling Western
 * Text in Chinese Text Using Proportional Western Fonts") keeps a Western *word* whole. A code is not a
 * word: without a break the line before it carries the whole shortfall, ~7 em spread over two dozen gaps
 * (clreq "Procedures for Inter-Character Space Expansion": word spaces and Han–Western spaces first, at
 * most 1/2 em each, then all remaining inter-character spaces equally — a last step clreq sets no limit
 * to). So, as a typesetter does, and only when the stretch would pass the bound, the run is broken —
 * without a hyphen (Chinese has no hyphenation, so a hyphen would read as part of the code, and copying
 * the text must give the code back whole), preferring its natural joints (between letters and digits,
 * before - and after / . @ _) and never against 禁则 (clreq §3.1.7: the ） after a code stays with its last
 * characters, a 「.」 never opens a line).
 *
 * Cost (the breaker's hot path): one comparison for a line with at most 1/4 em of slack; else a look at
 * the piece after the line, which for Han text is one character. Only a line followed by a long run has
 * its gaps counted and the run walked — one line in the three example letters.
 */
import { NO_LINE_END, NO_LINE_START } from "../line-break/kinsoku";
import { setWidth, type Prepared } from "./types";

/**
 * The most space (em) justification may add at each stretch point before a long run is broken instead.
 * A quarter em: clreq's default Han–Western spacing, i.e. the width that already reads as a space. Spread
 * between every pair of ideographs it makes the line read as separate characters (pdftotext, too, then
 * copies the line with a space after every character), while up to it the line still reads as solid
 * text. It lies above MAX_SPACING_EM (0.2 em) of the 一字不成行 repair, so that repair never makes a
 * line that this one would break.
 */
export const MAX_STRETCH_EM = 0.25;
/**
 * A run is long (breakable in an emergency) from this many code characters: a shorter run leaves at most
 * about 4 em of slack (8 digits of 0.5 em), under the bound once spread over the ~30 gaps of a line.
 */
export const MIN_RUN = 8;
/** Each piece of a broken run keeps at least this many code characters, so neither reads as a token of its own. */
export const MIN_PIECE = 3;

const EPS = 1e-6;
/** Joints after which a code, an address or a URL is broken first (not before: 禁则 keeps . , : off a line start). */
const JOINTS = new Set([..."/._@:?&=#~+"].map((ch) => ch.codePointAt(0)!));
/**
 * A code is never broken AFTER a hyphen: a line ending in "-" reads as a hyphenated word, and text extraction
 * (pdftotext, copying from most viewers) drops such a hyphen when it joins the lines — JS-2026-0088 would copy as
 * JS-20260088. It is broken BEFORE the hyphen instead (the Chicago Manual's rule for URLs and codes), so the
 * next line starts with "-" and the code reads on.
 */
const HYPHEN = 0x2d;

/** ASCII letters, digits and marks: the characters of a code, an e-mail address or a URL. */
const isCode = (cp: number) => cp > 0x20 && cp < 0x7f;
const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;
const isLetter = (cp: number) => (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;

/**
 * Where the justified line from `start` (greedy end `end`, `available` pt, font size `em` pt) should end:
 * `end` itself, or — when the line would stretch beyond MAX_STRETCH_EM and the next piece is a long run —
 * a boundary inside that run. The chosen boundary is the furthest natural joint that keeps the line
 * within the bound, else the furthest allowed boundary that fits; `end` if no boundary fits.
 */
export function breakLongRun(p: Prepared, start: number, end: number, available: number, em: number): number {
  let visible = end;
  while (visible > start && p.space[visible - 1]) visible--;
  const leftover = available - setWidth(p, start, visible);
  const bound = MAX_STRETCH_EM * em;
  if (leftover <= bound + EPS) return end; // within the bound even with a single stretch point
  let from = end;
  while (from < p.length && p.space[from]) from++;
  const run = longRun(p, from);
  if (!run) return end;
  let gaps = 0; // stretch points of the line [start, k): Σ stretch[i] for start < i < k
  for (let i = start + 1; i < visible; i++) gaps += p.stretch[i];
  if (leftover <= bound * gaps + EPS) return end; // loose, not over-stretched

  for (let i = visible; i < from; i++) gaps += p.stretch[i]; // the spaces before the run stay inside the line
  const { cps } = p;
  let before = 0; // code characters of the run before boundary k
  let best = end;
  let natural = -1;
  for (let k = from + 1; k < run.to; k++) {
    const a = cps[k - 1];
    const b = cps[k];
    gaps += p.stretch[k - 1];
    if (isCode(a)) before++;
    const width = setWidth(p, start, k);
    if (width > available + EPS) break;
    if (!isCode(a) || !isCode(b) || before < MIN_PIECE || run.code - before < MIN_PIECE) continue;
    if (NO_LINE_START.has(b) || NO_LINE_END.has(a)) continue; // 禁则, clreq §3.1.7
    if (a === HYPHEN) continue;
    best = k;
    const joint =
      b === HYPHEN || (JOINTS.has(a) && !JOINTS.has(b)) || (isDigit(a) && isLetter(b)) || (isLetter(a) && isDigit(b));
    if (joint && available - width <= bound * gaps + EPS) natural = k;
  }
  return natural >= 0 ? natural : best;
}

/** Signs that make a run an amount: currency and per-cent signs, and 元 or 圆 as its unit (kept with the digits by T4). */
const QUANTITY = new Set([..."$¥￥€£%％‰元圆"].map((ch) => ch.codePointAt(0)!));

/**
 * The unbreakable piece at `from` (up to the next break opportunity) with its count of code characters,
 * if it is a long run that may be broken; null otherwise. Amounts (¥29,648.70, 50000000元, digits
 * grouped by commas) are never broken: a sum split over two lines can be read as two sums.
 */
function longRun(p: Prepared, from: number): { to: number; code: number } | null {
  const { cps, breaks } = p;
  const n = p.length;
  let code = 0;
  let to = from;
  for (; to < n && (to === from || !breaks[to]); to++) {
    const cp = cps[to];
    if (isCode(cp)) code++;
    if (QUANTITY.has(cp)) return null;
    if (cp === 0x2c && to > from && isDigit(cps[to - 1]) && to + 1 < n && isDigit(cps[to + 1])) return null;
  }
  return code >= MIN_RUN ? { to, code } : null;
}
