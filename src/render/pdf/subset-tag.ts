/**
 * The six-uppercase-letter subset tag of ISO 32000-1 §9.6.4 ("EOODIA+Poetica"). The spec only asks that
 * different subsets of a font in one document get different tags; deriving it from the glyph set (rather
 * than a random or counter value) makes the same letter produce the same bytes.
 */
import type { SubsetGlyph } from "./truetype-subset";

/** FNV-1a (32-bit) over each glyph's file name, glyph id and character, folded into A–Z × 6. */
export function subsetTag(glyphs: readonly SubsetGlyph[]): string {
  // FNV-1a step: h = (h ^ byte) · 16777619 mod 2^32. Written out on a local, not through a closure over
  // `h` (which kept it in a context slot: a load and a store per byte).
  const PRIME = 0x01000193;
  let h = 0x811c9dc5;
  let lastFile = "";
  for (let g = 0; g < glyphs.length; g++) {
    const { font, gid, unicode } = glyphs[g];
    const file = font.file;
    if (file !== lastFile) {
      for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), PRIME) >>> 0;
      lastFile = file;
    }
    h = Math.imul(h ^ (gid & 0xff), PRIME) >>> 0;
    h = Math.imul(h ^ (gid >> 8), PRIME) >>> 0;
    const cp = unicode ?? 0;
    h = Math.imul(h ^ (cp & 0xff), PRIME) >>> 0;
    h = Math.imul(h ^ ((cp >> 8) & 0xff), PRIME) >>> 0;
    h = Math.imul(h ^ (cp >> 16), PRIME) >>> 0;
  }
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26); // 26^6 ≈ 3.1e8 < 2^32: six letters use the hash without repeating a cycle
  }
  return tag;
}
