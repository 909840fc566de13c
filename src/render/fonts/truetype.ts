/**
 * A TrueType font parsed once per isolate into typed arrays: cmap, advances and side bearings (hmtx),
 * glyph offsets (loca), and the few head/hhea/OS/2/post values a PDF FontDescriptor needs.
 * The glyph data stays where the loader put it (a view, never a copy).
 *
 * Table layouts: OpenType spec 1.9, chapters head, hhea, hmtx, maxp, loca, OS/2, post.
 */
import { type CharToGlyph, glyphIdOf, parseCmap } from "./cmap";
import { dataView, FontFormatError, readTables, requireTable, type TableMap } from "./sfnt";

/** Font-wide values in font units (divide by unitsPerEm for em). */
export interface FontMetrics {
  /** head.xMin/yMin/xMax/yMax: the union of all glyph boxes. */
  bbox: [number, number, number, number];
  /** hhea ascender/descender (what Noto sets for line layout; also OS/2 typo values there). */
  ascender: number;
  descender: number;
  lineGap: number;
  /** OS/2 sCapHeight (version ≥ 2), else 70 % of the ascender. */
  capHeight: number;
  xHeight: number;
  /** post.italicAngle in degrees. */
  italicAngle: number;
  /** OS/2 usWeightClass, e.g. 400 regular, 700 bold. */
  weightClass: number;
  fixedPitch: boolean;
  /** From the PANOSE serif style / OS/2 family class: drives the FontDescriptor Serif flag. */
  serif: boolean;
  italic: boolean;
}

export interface TrueTypeFont {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly tables: TableMap;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly cmap: CharToGlyph;
  /** hmtx advance width of every glyph (the last long metric repeats, OpenType hmtx). */
  readonly advances: Uint16Array;
  readonly leftSideBearings: Int16Array;
  /** loca, always expanded to 32-bit byte offsets into `glyf`; numGlyphs + 1 entries. */
  readonly glyphStarts: Uint32Array;
  readonly glyf: Uint8Array;
  readonly metrics: FontMetrics;
}

export function glyphId(font: TrueTypeFont, cp: number): number {
  return glyphIdOf(font.cmap, cp);
}

/** The glyf record of a glyph (empty for a glyph with no outline, e.g. the space). */
export function glyphData(font: TrueTypeFont, gid: number): Uint8Array {
  return font.glyf.subarray(font.glyphStarts[gid], font.glyphStarts[gid + 1]);
}

export function parseTrueType(input: ArrayBuffer | Uint8Array, file: string): TrueTypeFont {
  // Always a plain Uint8Array view: a Node Buffer (a Uint8Array subclass) would make `.slice()` share
  // memory instead of copying, and the subsetter patches sliced copies of head/hhea/maxp.
  const bytes =
    input instanceof Uint8Array ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  const tables = readTables(bytes, file);
  const head = dataView(requireTable(tables, "head", file));
  const hhea = dataView(requireTable(tables, "hhea", file));
  const maxp = dataView(requireTable(tables, "maxp", file));
  const hmtx = dataView(requireTable(tables, "hmtx", file));
  const loca = dataView(requireTable(tables, "loca", file));
  const glyf = requireTable(tables, "glyf", file);
  const cmap = parseCmap(requireTable(tables, "cmap", file), file);

  const unitsPerEm = head.getUint16(18);
  const numGlyphs = maxp.getUint16(4);
  const longLoca = head.getInt16(50) === 1;

  // hmtx: numberOfHMetrics (advance, lsb) pairs, then bare lsb values for the remaining glyphs.
  const numberOfHMetrics = hhea.getUint16(34);
  if (numberOfHMetrics === 0 || numberOfHMetrics > numGlyphs) throw new FontFormatError(file, "bad numberOfHMetrics");
  if (hmtx.byteLength < 4 * numberOfHMetrics + 2 * (numGlyphs - numberOfHMetrics))
    throw new FontFormatError(file, "hmtx too short");
  const advances = new Uint16Array(numGlyphs);
  const leftSideBearings = new Int16Array(numGlyphs);
  for (let g = 0; g < numberOfHMetrics; g++) {
    advances[g] = hmtx.getUint16(4 * g);
    leftSideBearings[g] = hmtx.getInt16(4 * g + 2);
  }
  const lastAdvance = advances[numberOfHMetrics - 1];
  for (let g = numberOfHMetrics; g < numGlyphs; g++) {
    advances[g] = lastAdvance;
    leftSideBearings[g] = hmtx.getInt16(4 * numberOfHMetrics + 2 * (g - numberOfHMetrics));
  }

  // loca: short offsets are stored halved (OpenType loca); normalise to byte offsets and validate, so a
  // corrupt file fails here rather than drawing the wrong glyph later.
  if (loca.byteLength < (numGlyphs + 1) * (longLoca ? 4 : 2)) throw new FontFormatError(file, "loca too short");
  const glyphStarts = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) glyphStarts[g] = longLoca ? loca.getUint32(4 * g) : 2 * loca.getUint16(2 * g);
  for (let g = 0; g < numGlyphs; g++) {
    if (glyphStarts[g + 1] < glyphStarts[g]) throw new FontFormatError(file, `loca not ascending at glyph ${g}`);
  }
  if (glyphStarts[numGlyphs] > glyf.byteLength) throw new FontFormatError(file, "loca points past the glyf table");

  const os2Table = tables.get("OS/2");
  const os2 = os2Table ? dataView(os2Table) : undefined;
  const postTable = tables.get("post");
  const post = postTable ? dataView(postTable) : undefined;
  const ascender = hhea.getInt16(4);
  const os2Version = os2 ? os2.getUint16(0) : 0;
  const metrics: FontMetrics = {
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascender,
    descender: hhea.getInt16(6),
    lineGap: hhea.getInt16(8),
    capHeight: os2 && os2Version >= 2 ? os2.getInt16(88) : Math.round(ascender * 0.7),
    xHeight: os2 && os2Version >= 2 ? os2.getInt16(86) : Math.round(ascender * 0.5),
    italicAngle: post ? post.getInt32(4) / 65536 : 0,
    weightClass: os2 ? os2.getUint16(4) : 400,
    fixedPitch: post ? post.getUint32(12) !== 0 : false,
    // PANOSE bSerifStyle (byte 1 of panose at OS/2 offset 32): 11–13 are sans (normal/obtuse/perpendicular
    // sans), 0/1 unknown; OS/2 sFamilyClass high byte 1–5,7 are serif classes, 8 is sans serif.
    serif: os2 ? isSerif(os2.getUint8(33), os2.getUint8(30)) : false,
    italic: (head.getUint16(44) & 2) !== 0,
  };

  return {
    file,
    bytes,
    tables,
    unitsPerEm,
    numGlyphs,
    cmap,
    advances,
    leftSideBearings,
    glyphStarts,
    glyf,
    metrics,
  };
}

function isSerif(panoseSerifStyle: number, familyClass: number): boolean {
  if (panoseSerifStyle >= 2 && panoseSerifStyle <= 10) return true;
  if (panoseSerifStyle >= 11 && panoseSerifStyle <= 13) return false;
  return [1, 2, 3, 4, 5, 7].includes(familyClass);
}
