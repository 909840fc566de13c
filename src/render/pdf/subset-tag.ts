/**
 * The six-uppercase-letter subset tag of ISO 32000-1 §9.6.4 ("EOODIA+Poetica"). The spec only asks that
 * different subsets of a font in one document get different tags; deriving it from the glyph set (rather
 * than a random or counter value) makes the same letter produce the same bytes.
 */
import type { SubsetGlyph } from "./truetype-subset";

/** FNV-1a (32-bit) over each glyph's file name, glyph id and character, folded into A–Z × 6. */
export function subsetTag(glyphs: readonly SubsetGlyph[]): string {
  let h = 0x811c9dc5;
  const mix = (v: number) => {
    h ^= v;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  let lastFile = "";
  for (const { font, gid, unicode } of glyphs) {
    if (font.file !== lastFile) {
      for (let i = 0; i < font.file.length; i++) mix(font.file.charCodeAt(i));
      lastFile = font.file;
    }
    mix(gid & 0xff), mix(gid >> 8);
    const cp = unicode ?? 0;
    mix(cp & 0xff), mix((cp >> 8) & 0xff), mix(cp >> 16);
  }
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26); // 26^6 ≈ 3.1e8 < 2^32: six letters use the hash without repeating a cycle
  }
  return tag;
}
