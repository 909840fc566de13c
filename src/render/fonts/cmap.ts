/**
 * Unicode → glyph id from the 'cmap' table (OpenType spec, cmap: formats 4 and 12), built once per
 * font file into a flat array for the BMP (O(1) lookups while measuring) and a Map beyond it.
 */
import { dataView, FontFormatError } from "./sfnt";

export interface CharToGlyph {
  /** BMP code point → glyph id; 0 (.notdef) where the font has no glyph. */
  readonly bmp: Uint16Array;
  /** Supplementary-plane code points → glyph id. */
  readonly astral: ReadonlyMap<number, number>;
  /** How many code points map to a glyph. */
  readonly size: number;
}

export function glyphIdOf(cmap: CharToGlyph, cp: number): number {
  return cp <= 0xffff ? cmap.bmp[cp] : (cmap.astral.get(cp) ?? 0);
}

/**
 * Prefers a Unicode full-repertoire subtable (3,10 or 0,4/0,6: format 12) and falls back to a BMP one
 * (3,1 or 0,3: format 4). Other encodings (symbol, Mac Roman, variation sequences) are ignored.
 */
export function parseCmap(table: Uint8Array, file: string): CharToGlyph {
  const dv = dataView(table);
  const count = dv.getUint16(2);
  let format12 = -1;
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const platform = dv.getUint16(4 + 8 * i);
    const encoding = dv.getUint16(6 + 8 * i);
    const offset = dv.getUint32(8 + 8 * i);
    const format = dv.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && format12 < 0) format12 = offset;
    if (format === 4 && format4 < 0) format4 = offset;
  }
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  let size = 0;
  if (format12 >= 0) {
    // Format 12: groups of (startCharCode, endCharCode, startGlyphID), sorted, 32-bit.
    const groups = dv.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const rec = format12 + 16 + 12 * g;
      const start = dv.getUint32(rec);
      const end = Math.min(dv.getUint32(rec + 4), 0x10ffff);
      const glyph = dv.getUint32(rec + 8);
      for (let cp = start; cp <= end; cp++) {
        const gid = glyph + cp - start;
        if (gid === 0 || gid > 0xffff) continue;
        if (cp <= 0xffff) bmp[cp] = gid;
        else astral.set(cp, gid);
        size++;
      }
    }
  } else if (format4 >= 0) {
    // Format 4: segments (endCode, startCode, idDelta, idRangeOffset), idRangeOffset relative to itself.
    const segCountX2 = dv.getUint16(format4 + 6);
    const ends = format4 + 14;
    const starts = ends + segCountX2 + 2;
    const deltas = starts + segCountX2;
    const rangeOffsets = deltas + segCountX2;
    for (let s = 0; s < segCountX2; s += 2) {
      const start = dv.getUint16(starts + s);
      const end = dv.getUint16(ends + s);
      const delta = dv.getUint16(deltas + s);
      const rangeOffset = dv.getUint16(rangeOffsets + s);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let gid: number;
        if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
        else {
          const at = rangeOffsets + s + rangeOffset + 2 * (cp - start);
          if (at + 2 > table.byteLength) throw new FontFormatError(file, "cmap format 4 glyphIdArray out of range");
          gid = dv.getUint16(at);
          if (gid !== 0) gid = (gid + delta) & 0xffff;
        }
        if (gid !== 0) {
          bmp[cp] = gid;
          size++;
        }
      }
    }
  } else {
    throw new FontFormatError(file, "no Unicode cmap subtable (format 4 or 12)");
  }
  return { bmp, astral, size };
}
