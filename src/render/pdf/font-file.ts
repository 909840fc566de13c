/**
 * The compressed FontFile2 stream (ISO 32000-1 §9.9) of a subset, deflated in pieces (deflate.ts). The file
 * is laid out (truetype-subset.ts `tableOrder`) so that what recurs between documents is in pieces of its own:
 *
 *   [directory, head, hhea, maxp]  [hmtx per chunk …]  [loca per chunk …]  [loca's last entry]
 *   [post, OS/2, name, prep: as in the source]  [glyf chunk 1] … [glyf chunk n]
 *
 * The first piece depends on the whole subset (checksums, bounding box, glyph count), so no document can
 * reuse another's; it is about 300 bytes (the PDF's subset has no cmap, truetype-subset.ts) and written as
 * a stored block. The hmtx, loca and glyf piece of a glyph chunk (glyph-plan.ts: the shared characters in
 * fixed slices of the shared list, then the document's own) are deflated with the previous piece of the same
 * table as their dictionary, so matches reach across chunks as in one stream; their bytes depend only on
 * their own glyphs, the previous chunk's and (loca) where the chunk starts, and are cached per isolate under
 * exactly that key (piece-cache.ts). The source's own tables are cached per font file. The glyf checksum is
 * the sum of the chunks', cached with them, so a cached chunk's glyph bytes are not read again.
 */
import { adler32, adler32Combine, deflatePiece, zlibParts, type DeflatePiece } from "./deflate";
import type { GlyphChunk } from "./glyph-plan";
import { PieceCache, SequenceNames, chain, fontPieces, tablePieces } from "./piece-cache";
import { checksum, glyphRecords, sfntDirectory, tableOffsets, tableOrder, uint32, type SubsetGlyph, type SubsetPlan, type SubsetRange } from "./truetype-subset";

/**
 * Glyph chunks are compressed at level 6: they are cached, so the level is paid once per chunk per
 * isolate. Measured on the bench letter's 110 KB of glyphs in chunks (Node 22): level 6 → 72.6 KB,
 * level 9 → 72.5 KB (≈ 40 % slower), level 1 → 75.4 KB. The per-document first piece is stored
 * (STORED_HEAD); hmtx, loca and the source's tables are cached, at level 6.
 */
export const GLYPH_LEVEL = 6;
/**
 * The document's own glyphs (the last chunk) are rarely shared with another document, so their level is
 * paid by nearly every letter: level 3 (zlib's fast matcher) instead of 6 costs the bench letter about
 * 600 bytes (98,406 -> 99,027) for about a third less time on that chunk.
 */
export const OWN_GLYPH_LEVEL = 3;
/**
 * …and with only the last 8 KB of the previous chunk as its dictionary: zlib hashes all of a dictionary
 * before it starts, and the full 32 KB window saved the bench letter 26 bytes.
 */
const OWN_DICTIONARY = 8 * 1024;
/**
 * The first piece is stored, not deflated, when it is at most this long: a zlib call costs about as much
 * as compressing a few kilobytes (the stream object, allocating and clearing the window), and deflating
 * the ~300 bytes of the PDF's directory, head, hhea and maxp saves only about 100 of them. A subset with a
 * cmap (stand-alone use, tests) has a longer first piece, deflated at HEAD_LEVEL.
 */
const STORED_HEAD = 1024;
export const HEAD_LEVEL = 1;
const TABLE_LEVEL = 6;

export interface GlyphPiece extends DeflatePiece {
  /** OpenType checksum (uint32 sum) of the chunk's glyph records. */
  readonly checksum: number;
}

export interface FontFileStream {
  /** The zlib stream (FlateDecode) of the whole font file, as parts to write one after another. */
  parts: Uint8Array[];
  /** Its Adler-32 (of the uncompressed font file). */
  adler: number;
  /** Uncompressed length (FontFile2 /Length1). */
  length1: number;
  /** The pieces' compressed sizes, in file order (for tests and the bench). */
  pieces: number[];
}

const fontIds = new WeakMap<object, number>();
let nextFontId = 0;
/** A small number per parsed font file, for keys (the file object, not its name: a reload is another font). */
function fontId(font: object): number {
  let id = fontIds.get(font);
  if (id === undefined) fontIds.set(font, (id = nextFontId++));
  return id;
}

/**
 * Names a range of glyphs by content, exactly and compactly: per run of one font file, a marker holding
 * the file's number (2^16 + n: glyph ids are below 2^16), then the run's glyph ids; the sequence's name
 * (piece-cache.ts SequenceNames) is short, so the cache keys built from it are short.
 */
function contentKey(glyphs: readonly SubsetGlyph[], from: number, to: number): string {
  const sequence = glyphSequences.clear();
  let font: object | undefined;
  for (let i = from; i < to; i++) {
    const glyph = glyphs[i];
    if (glyph.font !== font) sequence.push(0x10000 + fontId((font = glyph.font)));
    sequence.push(glyph.gid);
  }
  return sequence.name();
}

const glyphSequences = new SequenceNames();

/**
 * The glyph chunks of a face's plan (glyph-plan.ts) as subset ranges named by content, for planSubset
 * (which measures a named range once) and fontFileStream (which compresses it once). Valid while the
 * subset has no composite glyphs (planSubset then keeps them as `SubsetPlan.ranges`).
 */
export function glyphRanges(glyphs: readonly SubsetGlyph[], chunks: readonly GlyphChunk[]): SubsetRange[] {
  const ranges: SubsetRange[] = [];
  let start = 0;
  for (const chunk of chunks) {
    const end = Math.min(chunk.end, glyphs.length);
    if (end > start) ranges.push({ from: start, to: end, key: contentKey(glyphs, start, end), own: chunk.own });
    start = end;
  }
  return ranges;
}

/**
 * Checksum and Adler-32 of glyph records [from, to) from the fonts' per-glyph values (the SHIX index), or
 * undefined when a font has none or a record is patched (composite glyphs).
 */
function knownSums(plan: SubsetPlan, from: number, to: number): { checksum: number; adler: number } | undefined {
  let sum = 0;
  let adler = 1;
  for (let i = from; i < to; i++) {
    const { font, gid } = plan.glyphs[i];
    if (!font.glyphChecksums || !font.glyphAdlers || plan.patches.has(i)) return undefined;
    sum = (sum + font.glyphChecksums[gid]) >>> 0;
    adler = adler32Combine(adler, font.glyphAdlers[gid], (font.glyphStarts[gid + 1] - font.glyphStarts[gid] + 3) & ~3);
  }
  return { checksum: sum, adler };
}

function glyphPiece(
  plan: SubsetPlan,
  bytes: Uint8Array,
  from: number,
  to: number,
  dictionary: Uint8Array | undefined,
  level: number,
): GlyphPiece {
  const known = knownSums(plan, from, to);
  return { ...deflatePiece(bytes, level, dictionary, known?.adler), checksum: known?.checksum ?? checksum(bytes) };
}

/** A stored block (RFC 1951 §3.2.4) of at most 65,535 bytes, byte-aligned like every piece: no compression. */
function storedPiece(bytes: Uint8Array): DeflatePiece {
  const out = new Uint8Array(5 + bytes.length);
  out[0] = 0x00; // BFINAL 0, BTYPE 00, then padding to the byte boundary
  out[1] = bytes.length & 0xff;
  out[2] = bytes.length >> 8;
  out[3] = ~bytes.length & 0xff;
  out[4] = (~bytes.length >> 8) & 0xff;
  out.set(bytes, 5);
  return { bytes: out, adler: adler32(bytes), length: bytes.length };
}

/**
 * `chunks` are the plan's glyph chunks (unless planSubset kept them, named, as `plan.ranges`); the last is
 * extended to the components of composite glyphs that planSubset appended. A subset with composite glyphs (whose records depend on the numbering of the whole
 * subset) is compressed without the cache.
 */
export function fontFileStream(
  plan: SubsetPlan,
  chunks: readonly GlyphChunk[],
  glyphCache: PieceCache<GlyphPiece> = fontPieces,
  tableCache: PieceCache = tablePieces,
): FontFileStream {
  const cacheable = plan.patches.size === 0;
  let ranges: readonly SubsetRange[];
  if (plan.ranges) ranges = plan.ranges;
  else if (cacheable) ranges = glyphRanges(plan.glyphs, chunks);
  else {
    // Composite glyphs: their records depend on the whole subset's numbering, so nothing is named (cached);
    // the last chunk takes the components planSubset appended.
    const list: SubsetRange[] = [];
    let start = 0;
    chunks.forEach((chunk, c) => {
      const end = c === chunks.length - 1 ? plan.numGlyphs : chunk.end;
      if (end > start) list.push({ from: start, to: end, own: chunk.own });
      start = end;
    });
    ranges = list;
  }

  // glyf first: the directory needs its checksum.
  const glyf = chain(ranges, glyphCache, "", (r) => glyphRecords(plan, r.from, r.to), (bytes, r, dictionary) =>
    r.own
      ? glyphPiece(plan, bytes, r.from, r.to, dictionary?.subarray(Math.max(0, dictionary.length - OWN_DICTIONARY)), OWN_GLYPH_LEVEL)
      : glyphPiece(plan, bytes, r.from, r.to, dictionary, GLYPH_LEVEL),
  );
  let glyfChecksum = 0;
  for (const piece of glyf) glyfChecksum = (glyfChecksum + piece.checksum) >>> 0;

  const { directory, head } = sfntDirectory(plan, glyfChecksum);
  const { offsets, glyfAt } = tableOffsets(plan);
  const order = tableOrder(plan);
  const hmtx = plan.tables.get("hmtx")!;
  const loca = plan.tables.get("loca")!;

  // The first piece: directory and the tables before hmtx in the file order.
  const first = new Uint8Array(offsets.get("hmtx")!);
  first.set(directory);
  for (const tag of order) {
    if (tag === "hmtx") break;
    first.set(tag === "head" ? head : plan.tables.get(tag)!, offsets.get(tag)!);
  }
  const pieces: DeflatePiece[] = [first.length <= STORED_HEAD ? storedPiece(first) : deflatePiece(first, HEAD_LEVEL)];
  pieces.push(
    ...chain(ranges, tableCache, "hmtx", (r) => hmtx.subarray(4 * r.from, 4 * r.to), (bytes, _r, dictionary) =>
      deflatePiece(bytes, TABLE_LEVEL, dictionary),
    ),
  );
  // loca's entries are absolute offsets: a chunk's piece also depends on where the chunk starts in glyf.
  pieces.push(
    ...chain(
      ranges.map((r) => ({ ...r, key: r.key && `${uint32(loca, 4 * r.from)}@${r.key}` })),
      tableCache,
      "loca",
      (r) => loca.subarray(4 * r.from, 4 * r.to),
      (bytes, _r, dictionary) => deflatePiece(bytes, TABLE_LEVEL, dictionary),
    ),
  );
  pieces.push(storedPiece(loca.subarray(4 * plan.numGlyphs)));
  // The source's tables, copied as they are (padded), in one piece per font file.
  const copied = order.slice(order.indexOf("loca") + 1);
  if (copied.length) {
    const from = offsets.get(copied[0])!;
    const make = () => {
      const bytes = new Uint8Array(glyfAt - from);
      for (const tag of copied) bytes.set(plan.tables.get(tag)!, offsets.get(tag)! - from);
      return deflatePiece(bytes, TABLE_LEVEL);
    };
    const file = plan.glyphs[0].font.file;
    pieces.push(cacheable ? tableCache.get(`src|${file}|${copied.join(",")}`, make) : make());
  }
  pieces.push(...glyf);
  const parts = zlibParts(pieces);
  const trailer = parts[parts.length - 1];
  const adler = ((trailer[2] << 24) | (trailer[3] << 16) | (trailer[4] << 8) | trailer[5]) >>> 0;
  return { parts, adler, length1: glyfAt + plan.glyfLength, pieces: pieces.map((p) => p.bytes.length) };
}
