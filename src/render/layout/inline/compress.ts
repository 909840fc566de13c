/**
 * Punctuation compression (标点挤压) between adjacent full-width marks: W3C clreq §3.1.6.2 "Adjustment
 * of adjacent punctuation marks" — in principle any two adjacent marks that together take 2 em are set in
 * 1.5 em — following the glyph positions of GB/T 15834-2011 fonts, where each mark is drawn in one half
 * of its em box and the other half is blank:
 *
 *  - blank on the right: closing brackets and quotes 」）》】』〉〕〗〙”’, and the point marks 。，、；：！？,
 *    which zh-Hans fonts set at the left (bottom-left for 。，、). Noto Serif SC, the only face the service
 *    ships, draws them so for both scripts (measured: ink within the left 0.48 em of every one of them);
 *  - blank on the left: opening brackets and quotes 「（《【『〈〔〖〘“‘;
 *  - no blank half: —— and …… (full width, centred) are marks for adjacency but give nothing.
 *
 * The half em taken out is the blank half lying between the two marks: the first mark's right half if it
 * has one (」（ → 」 is drawn, the （ follows half an em closer), else the second mark's left half ((（ ).
 * Where the blank halves face away from each other (（）) nothing is removed. Removing a half never moves
 * ink: it only closes up blank space, so the drawn result is the same whichever half is counted.
 *
 * The PDF writer draws each glyph with its full advance; the layout draws the mark after a compressed pair
 * as a new TextItem at the compressed x (finalize.ts), so no new drawing primitive is needed.
 * A pair split by a line break is not compressed (house style: marks keep their full width at line ends).
 */

import { float64Array } from "../arena";

/** Marks whose right half is blank in GB-style (zh-Hans) fonts. */
const BLANK_RIGHT = "，。、；：！？）」』】》〉〕〗〙〛”’］｝｠";
/** Marks whose left half is blank. */
const BLANK_LEFT = "（「『【《〈〔〖〘〚“‘［｛｟";
/** Full-width marks with no blank half: they take part in adjacency but give no space. */
const SOLID = "—…―⸺";

const NONE = 0;
const RIGHT = 1;
const LEFT = 2;
const FULL = 3;

/**
 * The side of each mark, by code point: a flat table over the two ranges that hold every mark
 * (U+2014–U+303F general and CJK punctuation, U+FF00–U+FF6F full-width forms), so the per-glyph test
 * in the hot loop is a bounds check and one array read.
 */
const LOW = 0x2014;
const LOW_END = 0x3040;
const HIGH = 0xff00;
const HIGH_END = 0xff70;
const SIDES = new Uint8Array(LOW_END - LOW + (HIGH_END - HIGH));
for (const [marks, side] of [[BLANK_RIGHT, RIGHT], [BLANK_LEFT, LEFT], [SOLID, FULL]] as const) {
  for (const ch of marks) SIDES[slot(ch.codePointAt(0)!)] = side;
}

function slot(cp: number): number {
  if (cp >= LOW && cp < LOW_END) return cp - LOW;
  if (cp >= HIGH && cp < HIGH_END) return LOW_END - LOW + cp - HIGH;
  return -1;
}

function side(cp: number): number {
  const i = slot(cp);
  return i < 0 ? NONE : SIDES[i];
}

/** A mark narrower than this share of the em (a proportional quote, a Latin mark) has no blank half to give. */
const FULL_WIDTH = 0.9;

/** The punctuation marks this module knows. */
export function isCompressibleMark(cp: number): boolean {
  return side(cp) !== NONE;
}

/**
 * How much blank space (pt) to remove between glyph i−1 and glyph i, for glyphs with code points `cps`
 * and advances `widths` (pt) at font size `em` (pt). trim[0] = 0.
 */
export function compressionTrims(cps: ArrayLike<number>, widths: ArrayLike<number>, em: number): Float64Array {
  const n = cps.length;
  let trim: Float64Array | null = null; // most hard lines have no adjacent marks: share the zeros then
  let before = n > 0 ? side(cps[0]) : NONE;
  for (let i = 1; i < n; i++) {
    const cp = cps[i];
    const here = cp < LOW ? NONE : side(cp); // the hot path: Latin, digits and ideographs are no marks
    if (before !== NONE && here !== NONE) {
      const t = before === RIGHT && widths[i - 1] >= FULL_WIDTH * em ? widths[i - 1] / 2 : here === LEFT && widths[i] >= FULL_WIDTH * em ? widths[i] / 2 : 0;
      if (t > 0) (trim ??= float64Array(n))[i] = t;
    }
    before = here;
  }
  return trim ?? zeros(n);
}

/** `n` zeros: a view of one shared buffer, never written (callers only read trims). */
let ZEROS = new Float64Array(256);
function zeros(n: number): Float64Array {
  if (ZEROS.length < n) ZEROS = new Float64Array(Math.max(n, 2 * ZEROS.length));
  return new Float64Array(ZEROS.buffer, 0, n); // a view, as subarray makes, without its species lookup
}
