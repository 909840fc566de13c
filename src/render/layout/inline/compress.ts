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

/** Marks whose right half is blank in GB-style (zh-Hans) fonts. */
const BLANK_RIGHT: ReadonlySet<number> = codePoints("，。、；：！？）」』】》〉〕〗〙〛”’］｝｠");
/** Marks whose left half is blank. */
const BLANK_LEFT: ReadonlySet<number> = codePoints("（「『【《〈〔〖〘〚“‘［｛｟");
/** Full-width marks with no blank half: they take part in adjacency but give no space. */
const SOLID: ReadonlySet<number> = codePoints("—…―⸺");

/** A mark narrower than this share of the em (a proportional quote, a Latin mark) has no blank half to give. */
const FULL_WIDTH = 0.9;

/** The punctuation marks this module knows (for tests and for counting the letters of a line). */
export function isCompressibleMark(cp: number): boolean {
  return BLANK_RIGHT.has(cp) || BLANK_LEFT.has(cp) || SOLID.has(cp);
}

/**
 * How much blank space (pt) to remove between glyph i−1 and glyph i, for glyphs with code points `cps`
 * and advances `widths` (pt) at font size `em` (pt). trim[0] = 0.
 */
export function compressionTrims(cps: readonly number[], widths: ArrayLike<number>, em: number): Float64Array {
  const n = cps.length;
  const trim = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const a = cps[i - 1];
    const b = cps[i];
    if (!isCompressibleMark(a) || !isCompressibleMark(b)) continue;
    if (BLANK_RIGHT.has(a) && widths[i - 1] >= FULL_WIDTH * em) trim[i] = widths[i - 1] / 2;
    else if (BLANK_LEFT.has(b) && widths[i] >= FULL_WIDTH * em) trim[i] = widths[i] / 2;
  }
  return trim;
}

function codePoints(text: string): Set<number> {
  return new Set([...text].map((ch) => ch.codePointAt(0)!));
}
