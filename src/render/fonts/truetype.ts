/**
 * A TrueType font parsed once per isolate into typed arrays: cmap, advances and side bearings (hmtx),
 * glyph offsets (loca), and the few head/hhea/OS/2/post values a PDF FontDescriptor needs.
 * The glyph data stays where the loader put it (a view, never a copy).
 *
 * Shuhan's shipped fonts carry those arrays ready-made in a private table, 'SHIX' (written by
 * scripts/build-fonts.mjs, little-endian), with every glyph's checksum and Adler-32 for the PDF writer: an
 * isolate then reads them as views of the file instead of walking cmap, hmtx and loca (in workerd the
 * first letter's parse of two font files cost more CPU than the rest of the letter). Any other font is
 * parsed as before.
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
  /** OpenType checksum of each glyph's record padded to 4 bytes (from SHIX; absent for other fonts). */
  readonly glyphChecksums?: Uint32Array;
  /** Adler-32 of each glyph's padded record (from SHIX). */
  readonly glyphAdlers?: Uint32Array;
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
  const glyf = requireTable(tables, "glyf", file);
  const unitsPerEm = head.getUint16(18);
  const numGlyphs = maxp.getUint16(4);
  const index = readIndex(tables.get("SHIX"), numGlyphs, requireTable(tables, "loca", file));
  const { cmap, advances, leftSideBearings, glyphStarts } = index ?? parseMetrics(tables, file, numGlyphs, hhea, hmtx, head);
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
    glyphChecksums: index?.glyphChecksums,
    glyphAdlers: index?.glyphAdlers,
  };
}

interface Metrics {
  cmap: CharToGlyph;
  advances: Uint16Array;
  leftSideBearings: Int16Array;
  glyphStarts: Uint32Array;
}

/** cmap, hmtx and loca read from the font's own tables (any TrueType font). */
function parseMetrics(tables: TableMap, file: string, numGlyphs: number, hhea: DataView, hmtx: DataView, head: DataView): Metrics {
  const cmap = parseCmap(requireTable(tables, "cmap", file), file);
  const loca = dataView(requireTable(tables, "loca", file));
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
  return { cmap, advances, leftSideBearings, glyphStarts };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const INDEX_SECTIONS = 7;
/** 'SHIX', version, numGlyphs, cmap size, loca sum, reserved, then (offset, length) per section. */
const HEADER_WORDS = 6 + 2 * INDEX_SECTIONS;

/**
 * The SHIX index (scripts/build-fonts.mjs) as views of the file, or undefined when the font has none, it is
 * of another version or glyph count, its loca no longer agrees with it (the sum of loca's little-endian
 * 16-bit words is recorded: a font whose loca was damaged is parsed, and refused, the ordinary way), or the
 * platform is big-endian. A table that is not 4-byte aligned in memory (a Node Buffer can start anywhere in
 * its pool) is copied once.
 */
function readIndex(
  table: Uint8Array | undefined,
  numGlyphs: number,
  loca: Uint8Array,
): (Metrics & { glyphChecksums: Uint32Array; glyphAdlers: Uint32Array }) | undefined {
  if (!table || !LITTLE_ENDIAN || table.byteLength < HEADER_WORDS * 4) return undefined;
  if (String.fromCharCode(table[0], table[1], table[2], table[3]) !== "SHIX") return undefined;
  const bytes = table.byteOffset % 4 === 0 ? table : table.slice();
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[1] !== 1 || header[2] !== numGlyphs || loca.byteLength % 2 !== 0) return undefined;
  const words = loca.byteOffset % 2 === 0 ? new Uint16Array(loca.buffer, loca.byteOffset, loca.byteLength / 2) : new Uint16Array(loca.slice().buffer);
  // Summed exactly in a double (at most 2^32 words of 2^16 − 1 stay below 2^53) and reduced once: the
  // first letter of an isolate runs this loop in V8's interpreter, where every operation counts.
  let sum = 0;
  for (let i = 0; i < words.length; i++) sum += words[i];
  if (sum % 0x100000000 !== header[4]) return undefined;
  const section = <T>(i: number, make: (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number): T => {
    const offset = header[6 + 2 * i];
    const length = header[7 + 2 * i];
    if (offset % 4 !== 0 || offset + length > bytes.byteLength || length % size !== 0) throw new Error("SHIX: bad section");
    return make(bytes.buffer, bytes.byteOffset + offset, length / size);
  };
  const bmp = section(0, (b, o, n) => new Uint16Array(b, o, n), 2);
  const pairs = section(1, (b, o, n) => new Uint32Array(b, o, n), 4);
  const astral = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) astral.set(pairs[i], pairs[i + 1]);
  const index = {
    cmap: { bmp, astral, size: header[3] },
    advances: section(2, (b, o, n) => new Uint16Array(b, o, n), 2),
    leftSideBearings: section(3, (b, o, n) => new Int16Array(b, o, n), 2),
    glyphStarts: section(4, (b, o, n) => new Uint32Array(b, o, n), 4),
    glyphChecksums: section(5, (b, o, n) => new Uint32Array(b, o, n), 4),
    glyphAdlers: section(6, (b, o, n) => new Uint32Array(b, o, n), 4),
  };
  if (bmp.length !== 0x10000 || index.advances.length !== numGlyphs || index.glyphStarts.length !== numGlyphs + 1) return undefined;
  return index;
}
function isSerif(panoseSerifStyle: number, familyClass: number): boolean {
  if (panoseSerifStyle >= 2 && panoseSerifStyle <= 10) return true;
  if (panoseSerifStyle >= 11 && panoseSerifStyle <= 13) return false;
  return [1, 2, 3, 4, 5, 7].includes(familyClass);
}
