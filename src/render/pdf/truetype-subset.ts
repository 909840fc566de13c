/**
 * A TrueType glyph subsetter for embedding as FontFile2 (ISO 32000-1 §9.9) behind a CIDFontType2 with
 * CIDToGIDMap /Identity: the new glyph id *is* the CID written in the content stream.
 *
 * Why not @pdf-lib/fontkit (pdf-lib's embedFont): measured on this project (shared/toolchain.md),
 * fontkit 1.1.1 writes the subset's `loca` in the short format whenever the glyph data is under 64 KB and
 * halves every offset, truncating odd ones, so in a 120-hanzi subset of Noto Sans SC 84 of 120 glyphs
 * pointed at the wrong bytes (blank on the page while pdftotext still read the right text). A bold
 * ten-character title is exactly such a small subset. fontkit also re-parses and copies the whole 15 MB
 * font byte by byte on every document (~8 ms) and costs ~50 ms a letter overall; this file copies only the
 * used glyphs out of a font parsed once per isolate (~0.3 ms for a 430-character letter).
 *
 * What it writes (OpenType spec 1.9, glyf/loca/hmtx/head/hhea/maxp/cmap/post):
 * - glyphs in the caller's order (glyph 0 = .notdef), then the components of composite glyphs, with the
 *   component glyph indices rewritten to the new numbering; glyphs may come from several files of the
 *   same face (tiers share unitsPerEm and metrics);
 * - `loca` always in the long format (head.indexToLocFormat = 1) and every glyph padded to 4 bytes, so no
 *   offset is ever halved or misaligned;
 * - hmtx with a long metric for every glyph; head/hhea bounding values recomputed from the glyphs kept;
 * - a cmap (format 4, plus 12 beyond the BMP) for the drawn characters, unless the subset is embedded
 *   behind a CIDFont (ISO 32000-1 §9.9: there "the cmap table is not needed and shall not be present");
 *   post format 3, the source's name and OS/2 (the licence entry travels with the font), and
 *   cvt/fpgm/prep when present;
 * - table checksums and head.checkSumAdjustment as the spec defines them.
 */
import type { TrueTypeFont } from "../fonts";

export interface SubsetGlyph {
  font: TrueTypeFont;
  gid: number;
  /** The character this glyph draws (for the subset's cmap); undefined for .notdef. */
  unicode?: number;
}

export interface TrueTypeSubset {
  bytes: Uint8Array;
  /** Glyphs in the subset, including composite components appended after the caller's glyphs. */
  numGlyphs: number;
  /** Union of the kept glyphs' boxes, font units. */
  bbox: [number, number, number, number];
  unitsPerEm: number;
}

// Composite glyph flags (OpenType glyf, "Composite glyph description").
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Byte offsets (within a glyph record) of each component's glyphIndex field. */
function componentIndexOffsets(glyph: Uint8Array): number[] {
  const offsets: number[] = [];
  let p = 10; // after numberOfContours and the bounding box
  for (;;) {
    const flags = (glyph[p] << 8) | glyph[p + 1];
    offsets.push(p + 2);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
    if (p + 4 > glyph.length) throw new Error("composite glyph runs past its record");
  }
}

/** A fresh copy (never `.slice()`, which shares memory when the input is a Node Buffer). */
function copyOf(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(bytes.subarray(0, length));
  return out;
}

const int16 = (b: Uint8Array, p: number) => ((b[p] << 24) >> 16) | b[p + 1];
// Big-endian fields by byte, not through DataView: in workerd a DataView (above all over a font file's
// buffer) costs far more per access than these (maxpFor's alone were ~0.1 ms a letter).
const uint16 = (b: Uint8Array, p: number) => (b[p] << 8) | b[p + 1];
/** Also for int16: the low 16 bits of a negative number are its two's complement. */
const setUint16 = (b: Uint8Array, p: number, v: number) => ((b[p] = (v >> 8) & 0xff), (b[p + 1] = v & 0xff));
export const uint32 = (b: Uint8Array, p: number) => ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
const setUint32 = (b: Uint8Array, p: number, v: number) => (setUint16(b, p, v >>> 16), setUint16(b, p + 2, v & 0xffff));

/**
 * A subset laid out but not yet written: the glyph order (components appended), every table but glyf,
 * and what is needed to write glyf in pieces (see font-file.ts: the font program is compressed in chunks
 * of glyphs, so glyf is the last table in the file and its bytes are the glyph records back to back).
 */
export interface SubsetPlan {
  /** The caller's glyphs, then the components of composite glyphs, in new glyph id order. */
  glyphs: SubsetGlyph[];
  /** New glyph id → (offset in its record, new component id) for composite glyphs. */
  patches: Map<number, [number, number][]>;
  /** Every table except glyf (head's checkSumAdjustment still 0). */
  tables: Map<string, Uint8Array>;
  /** The stretches `SubsetOptions.ranges` gave, when the subset kept them (no composite glyphs). */
  ranges?: readonly SubsetRange[];
  /** glyf's length: the sum of the records, each padded to 4 bytes. */
  glyfLength: number;
  numGlyphs: number;
  bbox: [number, number, number, number];
  unitsPerEm: number;
}

/** Bytes of a glyph's record in the subset, padded to 4 (0 for an empty glyph). */
export const paddedLength = (font: TrueTypeFont, gid: number) => (font.glyphStarts[gid + 1] - font.glyphStarts[gid] + 3) & ~3;

export interface SubsetOptions {
  /**
   * Whether to write a cmap (default true: a stand-alone TrueType file needs one). False for a FontFile2
   * behind a CIDFontType2 (ISO 32000-1 §9.9: "If used with a CIDFont dictionary, the cmap table is not
   * needed and shall not be present, since the mapping from character codes to glyph descriptions is
   * provided separately" — by CIDToGIDMap). It was also the one table of a PDF's subset that no cached
   * piece could hold: about 8 bytes a glyph, compressed for every document.
   */
  cmap?: boolean;
  /**
   * The glyphs in consecutive stretches [from, to) covering all of them, each named by content when it may
   * be cached (font-file.ts `glyphRanges`; `key` exactly names the stretch's glyphs). A named stretch's
   * hmtx entries, record offsets and bounds are measured once per isolate (`measureGlyphs`): measuring
   * reads each glyph's hmtx, loca and record header out of the font's megabytes, one cache miss after
   * another, for every document.
   */
  ranges?: readonly SubsetRange[];
}

/** A stretch of a subset's glyphs [from, to), named by content (`key`) when it may be cached. */
export interface SubsetRange {
  from: number;
  to: number;
  key?: string;
  /** The document's own glyphs (rarely another document's too: font-file.ts compresses them faster). */
  own?: boolean;
}

/**
 * What the subset's tables take from a stretch of glyphs: their hmtx entries, where their records start
 * (relative to the first, each padded to 4 bytes), and the bounds head and hhea derive from them (over
 * glyphs with contours; the sentinels 0x7fff / -0x8000 when there are none, so that stretches combine by
 * min and max exactly as one pass over all the glyphs would).
 */
export interface GlyphMetrics {
  /** advanceWidth and lsb per glyph, big-endian (the subset's hmtx has a long metric for every glyph). */
  readonly hmtx: Uint8Array;
  /** n + 1 offsets: each record's start from the first record's; the last is the stretch's glyf length. */
  readonly starts: Uint32Array;
  /** Whether any glyph is composite (its component ids depend on the whole subset's numbering). */
  readonly composite: boolean;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly advanceMax: number;
  readonly minLsb: number;
  readonly minRsb: number;
  readonly maxExtent: number;
}

/** glyphs[from, to) measured from their source files. */
export function measureGlyphs(glyphs: readonly SubsetGlyph[], from: number, to: number): GlyphMetrics {
  const n = to - from;
  const hmtx = new Uint8Array(4 * n);
  const starts = new Uint32Array(n + 1);
  let xMin = 0x7fff, yMin = 0x7fff, xMax = -0x8000, yMax = -0x8000;
  let advanceMax = 0, minLsb = 0x7fff, minRsb = 0x7fff, maxExtent = -0x8000;
  let composite = false;
  let pos = 0;
  for (let k = 0; k < n; k++) {
    const { font, gid } = glyphs[from + k];
    const start = font.glyphStarts[gid];
    const length = font.glyphStarts[gid + 1] - start;
    starts[k] = pos;
    const advance = font.advances[gid];
    const lsb = font.leftSideBearings[gid];
    hmtx[4 * k] = advance >> 8;
    hmtx[4 * k + 1] = advance & 0xff;
    hmtx[4 * k + 2] = (lsb >> 8) & 0xff;
    hmtx[4 * k + 3] = lsb & 0xff;
    if (advance > advanceMax) advanceMax = advance;
    if (length >= 10) {
      const g = font.glyf;
      // Only the first byte of a record tells a composite (numberOfContours < 0).
      if (g[start] & 0x80) composite = true;
      const gxMin = int16(g, start + 2), gyMin = int16(g, start + 4);
      const gxMax = int16(g, start + 6), gyMax = int16(g, start + 8);
      if (gxMin < xMin) xMin = gxMin;
      if (gyMin < yMin) yMin = gyMin;
      if (gxMax > xMax) xMax = gxMax;
      if (gyMax > yMax) yMax = gyMax;
      // hhea's min/max values count only glyphs with contours (OpenType hhea).
      if (lsb < minLsb) minLsb = lsb;
      const rsb = advance - lsb - (gxMax - gxMin);
      if (rsb < minRsb) minRsb = rsb;
      const extent = lsb + (gxMax - gxMin);
      if (extent > maxExtent) maxExtent = extent;
    }
    pos += (length + 3) & ~3;
  }
  starts[n] = pos;
  return { hmtx, starts, composite, xMin, yMin, xMax, yMax, advanceMax, minLsb, minRsb, maxExtent };
}

/**
 * Measured stretches under their content names, per isolate, up to MEASURED_GLYPHS glyphs (8 bytes each).
 * The names are never reused (piece-cache.ts `SequenceNames`), so dropping them all when full only costs
 * measuring again.
 */
const measured = new Map<string, GlyphMetrics>();
let measuredGlyphs = 0;
const MEASURED_GLYPHS = 256 * 1024;

function measuredRange(glyphs: readonly SubsetGlyph[], range: SubsetRange): GlyphMetrics {
  if (range.key === undefined) return measureGlyphs(glyphs, range.from, range.to);
  let metrics = measured.get(range.key);
  if (!metrics) {
    const n = range.to - range.from;
    if (measuredGlyphs + n > MEASURED_GLYPHS) measured.clear(), (measuredGlyphs = 0);
    measured.set(range.key, (metrics = measureGlyphs(glyphs, range.from, range.to)));
    measuredGlyphs += n;
  }
  return metrics;
}

export function planSubset(input: readonly SubsetGlyph[], options: SubsetOptions = {}): SubsetPlan {
  if (input.length === 0 || input[0].gid !== 0) throw new Error("a subset starts with .notdef (glyph 0)");
  const primary = input[0].font;
  const glyphs = input.slice();

  let parts: GlyphMetrics[] | undefined;
  if (options.ranges) {
    let at = 0;
    for (const range of options.ranges) {
      if (range.from !== at || range.to < range.from) throw new Error("subset ranges must cover the glyphs in order");
      at = range.to;
    }
    if (at !== input.length) throw new Error("subset ranges must cover the glyphs in order");
    parts = options.ranges.map((range) => measuredRange(input, range));
    // Composite glyphs add their components to the subset: measured again below, as one stretch.
    if (parts.some((part) => part.composite)) parts = undefined;
  }

  // Closure over composite components, numbering each (file, glyph) once. Only the first byte of a record
  // tells a composite (numberOfContours < 0); fonts without any (Noto Serif SC has none) skip the numbering.
  const isComposite = ({ font, gid }: SubsetGlyph) =>
    font.glyphStarts[gid + 1] - font.glyphStarts[gid] >= 10 && (font.glyf[font.glyphStarts[gid]] & 0x80) !== 0;
  const patches = new Map<number, [number, number][]>(); // new glyph → (offset in record, new component id)
  const numbering = new Map<TrueTypeFont, Map<number, number>>();
  if (!parts && glyphs.some(isComposite)) {
    const newId = (font: TrueTypeFont, gid: number): number => {
      let ids = numbering.get(font);
      if (!ids) numbering.set(font, (ids = new Map()));
      let id = ids.get(gid);
      if (id === undefined) {
        id = glyphs.length;
        glyphs.push({ font, gid });
        ids.set(gid, id);
      }
      return id;
    };
    glyphs.forEach(({ font, gid }, i) => {
      let ids = numbering.get(font);
      if (!ids) numbering.set(font, (ids = new Map()));
      if (!ids.has(gid)) ids.set(gid, i);
    });
    for (let i = 0; i < glyphs.length; i++) {
      if (!isComposite(glyphs[i])) continue;
      const { font, gid } = glyphs[i];
      const data = font.glyf.subarray(font.glyphStarts[gid], font.glyphStarts[gid + 1]);
      const list: [number, number][] = [];
      for (const at of componentIndexOffsets(data)) {
        const component = (data[at] << 8) | data[at + 1];
        if (component >= font.numGlyphs) throw new Error(`${font.file}: glyph ${gid} has a bad component ${component}`);
        list.push([at, newId(font, component)]);
      }
      patches.set(i, list);
    }
  }
  // The files the glyphs come from (for maxp).
  const files = new Set<TrueTypeFont>();
  let lastFile: TrueTypeFont | undefined;
  for (const { font } of glyphs) if (font !== lastFile) files.add((lastFile = font));
  const numGlyphs = glyphs.length;
  if (numGlyphs > 0xffff) throw new Error("too many glyphs for one TrueType font");

  // loca (long) + hmtx, and the values head/hhea derive from the glyphs (read from the source records: a
  // composite's patch changes component ids, never its box), stretch by stretch.
  parts ??= [measureGlyphs(glyphs, 0, numGlyphs)];
  const loca = new Uint8Array(4 * (numGlyphs + 1));
  const hmtx = new Uint8Array(4 * numGlyphs);
  let xMin = 0x7fff, yMin = 0x7fff, xMax = -0x8000, yMax = -0x8000;
  let advanceMax = 0, minLsb = 0x7fff, minRsb = 0x7fff, maxExtent = -0x8000;
  let pos = 0;
  let i = 0;
  for (const part of parts) {
    hmtx.set(part.hmtx, 4 * i);
    const starts = part.starts;
    const n = starts.length - 1;
    for (let k = 0; k < n; k++, i++) {
      const at = pos + starts[k];
      loca[4 * i] = at >>> 24;
      loca[4 * i + 1] = (at >>> 16) & 0xff;
      loca[4 * i + 2] = (at >>> 8) & 0xff;
      loca[4 * i + 3] = at & 0xff;
    }
    pos += starts[n];
    if (part.xMin < xMin) xMin = part.xMin;
    if (part.yMin < yMin) yMin = part.yMin;
    if (part.xMax > xMax) xMax = part.xMax;
    if (part.yMax > yMax) yMax = part.yMax;
    if (part.advanceMax > advanceMax) advanceMax = part.advanceMax;
    if (part.minLsb < minLsb) minLsb = part.minLsb;
    if (part.minRsb < minRsb) minRsb = part.minRsb;
    if (part.maxExtent > maxExtent) maxExtent = part.maxExtent;
  }
  setUint32(loca, 4 * numGlyphs, pos);
  if (xMin > xMax) (xMin = yMin = xMax = yMax = 0), (minLsb = minRsb = maxExtent = 0);

  const tables = new Map<string, Uint8Array>();
  const head = copyOf(primary.tables.get("head")!, 54);
  setUint32(head, 8, 0); // checkSumAdjustment, set when the file is assembled
  setUint16(head, 36, xMin);
  setUint16(head, 38, yMin);
  setUint16(head, 40, xMax);
  setUint16(head, 42, yMax);
  setUint16(head, 50, 1); // indexToLocFormat: long offsets
  tables.set("head", head);

  const hhea = copyOf(primary.tables.get("hhea")!, 36);
  setUint16(hhea, 10, advanceMax);
  setUint16(hhea, 12, minLsb);
  setUint16(hhea, 14, minRsb);
  setUint16(hhea, 16, maxExtent);
  setUint16(hhea, 34, numGlyphs);
  tables.set("hhea", hhea);

  tables.set("maxp", maxpFor([...files], primary, numGlyphs));
  tables.set("hmtx", hmtx);
  tables.set("loca", loca);
  if (options.cmap ?? true) tables.set("cmap", cmapFor(glyphs));
  const post = primary.tables.get("post");
  if (post && post.length >= 32) {
    // Format 3: no glyph names (the source's names, if any, would not match the new numbering).
    const post3 = copyOf(post, 32);
    setUint32(post3, 0, 0x00030000);
    tables.set("post", post3);
  }
  for (const tag of ["OS/2", "name", "cvt ", "fpgm", "prep"]) {
    const table = primary.tables.get(tag);
    if (table) tables.set(tag, sourceTable(table));
  }
  const ranges = patches.size === 0 ? options.ranges : undefined;
  return { glyphs, patches, tables, ranges, glyfLength: pos, numGlyphs, bbox: [xMin, yMin, xMax, yMax], unitsPerEm: primary.unitsPerEm };
}

/**
 * The glyph records of subset glyphs [from, to), each padded to 4 bytes, with composite component ids
 * rewritten: the bytes of glyf from the first record's offset.
 */
export function glyphRecords(plan: SubsetPlan, from: number, to: number): Uint8Array {
  let size = 0;
  for (let i = from; i < to; i++) size += paddedLength(plan.glyphs[i].font, plan.glyphs[i].gid);
  const out = new Uint8Array(size);
  let pos = 0;
  for (let i = from; i < to; i++) {
    const { font, gid } = plan.glyphs[i];
    const start = font.glyphStarts[gid];
    const end = font.glyphStarts[gid + 1];
    out.set(font.glyf.subarray(start, end), pos);
    const patch = plan.patches.get(i);
    if (patch) for (const [at, id] of patch) (out[pos + at] = id >> 8), (out[pos + at + 1] = id & 0xff);
    pos += (end - start + 3) & ~3;
  }
  return out;
}

/**
 * The order of the tables' data in the file (the directory itself is always sorted by tag): first what
 * every subset has its own values for, then hmtx and loca (written in pieces per glyph chunk by
 * font-file.ts), then the tables copied from the source as they are, glyf last.
 */
export function tableOrder(plan: SubsetPlan): string[] {
  return layoutOf(plan).order;
}

/** Byte offset of each table in the file laid out in `tableOrder` (glyf after the last), and the total. */
export function tableOffsets(plan: SubsetPlan): { offsets: Map<string, number>; glyfAt: number } {
  return layoutOf(plan);
}

const layouts = new WeakMap<SubsetPlan, { order: string[]; offsets: Map<string, number>; glyfAt: number }>();
function layoutOf(plan: SubsetPlan) {
  let layout = layouts.get(plan);
  if (!layout) {
    const first = ["head", "hhea", "maxp", "cmap", "hmtx", "loca"];
    const order = [...first.filter((t) => plan.tables.has(t)), ...[...plan.tables.keys()].filter((t) => !first.includes(t)).sort()];
    let at = 12 + 16 * (plan.tables.size + 1);
    const offsets = new Map<string, number>();
    for (const tag of order) {
      offsets.set(tag, at);
      at += (plan.tables.get(tag)!.length + 3) & ~3;
    }
    layouts.set(plan, (layout = { order, offsets, glyfAt: at }));
  }
  return layout;
}

/**
 * The table directory (sorted by tag) for the file laid out in `tableOrder`, and a copy of head with
 * checkSumAdjustment set for the whole file given glyf's checksum (OpenType, "Calculating checksums":
 * tables start 4-aligned and are zero-padded, so the file's sum is the directory's plus every table's).
 */
export function sfntDirectory(plan: SubsetPlan, glyfChecksum: number): { directory: Uint8Array; head: Uint8Array } {
  const tables = plan.tables;
  const tags = [...tables.keys(), "glyf"].sort();
  const numTables = tags.length;
  const directory = new Uint8Array(12 + 16 * numTables);
  setUint32(directory, 0, 0x00010000);
  setUint16(directory, 4, numTables);
  const entrySelector = Math.floor(Math.log2(numTables));
  setUint16(directory, 6, 16 * 2 ** entrySelector);
  setUint16(directory, 8, entrySelector);
  setUint16(directory, 10, 16 * numTables - 16 * 2 ** entrySelector);
  const { offsets, glyfAt } = tableOffsets(plan);
  let sum = glyfChecksum;
  tags.forEach((tag, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) directory[rec + k] = tag.charCodeAt(k);
    const data = tag === "glyf" ? undefined : tables.get(tag)!;
    const tableSum = data ? checksum(data) : glyfChecksum;
    setUint32(directory, rec + 4, tableSum);
    setUint32(directory, rec + 8, data ? offsets.get(tag)! : glyfAt);
    setUint32(directory, rec + 12, data ? data.length : plan.glyfLength);
    if (data) sum = (sum + tableSum) >>> 0;
  });
  sum = (sum + checksum(directory)) >>> 0;
  const head = tables.get("head")!.slice();
  setUint32(head, 8, (0xb1b0afba - sum) >>> 0);
  return { directory, head };
}

/** Everything of the font file before glyf: the directory and every other table in `tableOrder`, padded. */
export function sfntHead(plan: SubsetPlan, glyfChecksum: number): Uint8Array {
  const { directory, head } = sfntDirectory(plan, glyfChecksum);
  const { offsets, glyfAt } = tableOffsets(plan);
  const out = new Uint8Array(glyfAt);
  out.set(directory);
  for (const [tag, at] of offsets) out.set(tag === "head" ? head : plan.tables.get(tag)!, at);
  return out;
}

/** The whole subset font file (tests and tools; the PDF writer compresses it in pieces, font-file.ts). */
export function subsetTrueType(input: readonly SubsetGlyph[]): TrueTypeSubset {
  const plan = planSubset(input);
  const glyf = glyphRecords(plan, 0, plan.numGlyphs);
  const head = sfntHead(plan, checksum(glyf));
  const bytes = new Uint8Array(head.length + glyf.length);
  bytes.set(head);
  bytes.set(glyf, head.length);
  return { bytes, numGlyphs: plan.numGlyphs, bbox: plan.bbox, unitsPerEm: plan.unitsPerEm };
}

/** maxp 1.0 with numGlyphs set and each maximum the largest over the files the glyphs came from. */
function maxpFor(fonts: TrueTypeFont[], primary: TrueTypeFont, numGlyphs: number): Uint8Array {
  const source = primary.tables.get("maxp")!;
  const maxp = copyOf(source, source.length);
  setUint16(maxp, 4, numGlyphs);
  if (maxp.length >= 32) {
    for (const font of fonts) {
      const other = font.tables.get("maxp")!;
      if (other.length < 32) continue;
      for (let at = 6; at < 32; at += 2) setUint16(maxp, at, Math.max(uint16(maxp, at), uint16(other, at)));
    }
  }
  return maxp;
}

/** cmap with a (3,1) format 4 subtable for BMP characters and a (3,10) format 12 one when any lie beyond. */
function cmapFor(glyphs: readonly SubsetGlyph[]): Uint8Array {
  // (character, glyph) pairs as cp · 2^16 + gid, sorted as numbers (no comparator call per comparison).
  let count = 0;
  for (const g of glyphs) if (g.unicode !== undefined) count++;
  const pairs = new Float64Array(count);
  count = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const cp = glyphs[i].unicode;
    if (cp !== undefined) pairs[count++] = cp * 0x10000 + i;
  }
  pairs.sort();
  // Runs of consecutive characters with consecutive glyph ids become one segment / group.
  const runStart = new Uint32Array(count);
  const runEnd = new Uint32Array(count);
  const runGlyph = new Uint32Array(count);
  let runs = 0;
  for (let k = 0; k < count; k++) {
    const cp = Math.floor(pairs[k] / 0x10000);
    const gid = pairs[k] % 0x10000;
    const last = runs - 1;
    if (runs && cp === runEnd[last] + 1 && gid === runGlyph[last] + (cp - runStart[last])) runEnd[last] = cp;
    else if (!runs || cp !== runEnd[last]) (runStart[runs] = cp), (runEnd[runs] = cp), (runGlyph[runs++] = gid);
  }
  let bmpRuns = 0;
  while (bmpRuns < runs && runEnd[bmpRuns] < 0xffff) bmpRuns++;
  const astral = runs > 0 && runEnd[runs - 1] > 0xffff;

  const segCount = bmpRuns + 1; // + the 0xFFFF terminator
  const f4 = new Uint8Array(16 + 8 * segCount);
  const u16 = (bytes: Uint8Array, at: number, v: number) => ((bytes[at] = (v >> 8) & 0xff), (bytes[at + 1] = v & 0xff));
  const u32 = (bytes: Uint8Array, at: number, v: number) => (u16(bytes, at, v >>> 16), u16(bytes, at + 2, v & 0xffff));
  u16(f4, 0, 4);
  u16(f4, 2, f4.length);
  u16(f4, 6, 2 * segCount);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  u16(f4, 8, searchRange);
  u16(f4, 10, Math.log2(searchRange / 2));
  u16(f4, 12, 2 * segCount - searchRange);
  const ends = 14, starts = 16 + 2 * segCount, deltas = starts + 2 * segCount; // idRangeOffsets stay 0
  for (let r = 0; r < bmpRuns; r++) {
    u16(f4, ends + 2 * r, runEnd[r]);
    u16(f4, starts + 2 * r, runStart[r]);
    u16(f4, deltas + 2 * r, (runGlyph[r] - runStart[r]) & 0xffff);
  }
  const last = segCount - 1;
  u16(f4, ends + 2 * last, 0xffff);
  u16(f4, starts + 2 * last, 0xffff);
  u16(f4, deltas + 2 * last, 1);

  const subtables: [number, number, Uint8Array][] = [[3, 1, f4]];
  if (astral) {
    const f12 = new Uint8Array(16 + 12 * runs);
    u16(f12, 0, 12);
    u32(f12, 4, f12.length);
    u32(f12, 12, runs);
    for (let g = 0; g < runs; g++) {
      u32(f12, 16 + 12 * g, runStart[g]);
      u32(f12, 20 + 12 * g, runEnd[g]);
      u32(f12, 24 + 12 * g, runGlyph[g]);
    }
    subtables.push([3, 10, f12]);
  }
  let size = 4 + 8 * subtables.length;
  const out = new Uint8Array(size + subtables.reduce((n, [, , b]) => n + b.length, 0));
  u16(out, 2, subtables.length);
  subtables.forEach(([platform, encoding, data], i) => {
    u16(out, 4 + 8 * i, platform);
    u16(out, 6 + 8 * i, encoding);
    u32(out, 8 + 8 * i, size);
    out.set(data, size);
    size += data.length;
  });
  return out;
}

/** Checksums of tables copied from a source font as they are (the same Uint8Array every time). */
const sourceSums = new WeakMap<Uint8Array, number>();

/** OpenType "Calculating checksums": the uint32 sum of the table, zero-padded to 4 bytes. */
export function checksum(bytes: Uint8Array): number {
  const known = sourceSums.get(bytes);
  if (known !== undefined) return known;
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let p = 0; p < whole; p += 4) sum = (sum + ((bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3])) >>> 0;
  if (whole < bytes.length) {
    let tail = 0;
    for (let p = whole; p < whole + 4; p++) tail = (tail << 8) | (p < bytes.length ? bytes[p] : 0);
    sum = (sum + (tail >>> 0)) >>> 0;
  }
  return sum;
}

/** Remembers the checksum of a table that is copied from the source font unchanged. */
function sourceTable(bytes: Uint8Array): Uint8Array {
  if (!sourceSums.has(bytes)) sourceSums.set(bytes, checksum(bytes));
  return bytes;
}
