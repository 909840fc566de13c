/**
 * 禁则 (line-edge prohibitions) for Simplified Chinese: GB/T 15834-2011 (标点符号用法) and W3C
 * "Requirements for Chinese Text Layout" (clreq) §3.1.7 "Prohibition rules for line start and line end".
 * These are not Japanese kinsoku tables: they include ，）”》 which JIS X 4051 leaves to the font.
 * The breaker never *offers* a break that would violate them; nothing is patched after measuring.
 */

/** Marks that may not begin a line (clreq §3.1.7 行首禁则; GB/T 15834 §5.1: 点号、后引号、后括号…). */
export const NO_LINE_START: ReadonlySet<number> = codePoints(
  "，。、；：？！）」』】》〉〕〗〙”’…—·％‰" +
    ",.;:?!)]}%" +
    // the same marks in their other encodings: full-width ．［］｛｝, half-width ｡｣､, 〞〟, ⸺, ・‧
    "．］｝｠｡｣､〞〟―⸺⸻・‧︰",
);

/** Marks that may not end a line (clreq §3.1.7 行尾禁则; GB/T 15834: 前引号、前括号…). */
export const NO_LINE_END: ReadonlySet<number> = codePoints("（「『【《〈〔〖〘“‘" + "([{" + "［｛｟｢〝");

function codePoints(text: string): Set<number> {
  return new Set([...text].map((ch) => ch.codePointAt(0)!));
}
