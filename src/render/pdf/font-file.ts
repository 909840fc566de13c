/**
 * The compressed FontFile2 stream (ISO 32000-1 §9.9) of a subset, deflated in pieces (deflate.ts):
 *
 *   [table directory + every table but glyf]  [glyf chunk 1] … [glyf chunk n]  (glyf is the file's last table)
 *
 * The first piece depends on the whole subset (loca, hmtx, cmap, checksums) and is a few KB; it is deflated
 * for every document. Each glyf chunk (glyph-plan.ts: the shared characters in fixed slices of the shared
 * list, then the document's own) is deflated with the previous chunk as its dictionary, so matches reach
 * across chunks as they would in one stream; its compressed bytes depend only on its own glyphs and the
 * previous chunk's, and are cached per isolate under exactly that key (piece-cache.ts). The file's glyf
 * checksum is the sum of the chunks' (each starts 4-byte aligned), cached with them, so a cached chunk's
 * glyph bytes are not read again.
 */
import { adler32Combine, deflatePiece, zlibFromPieces, type DeflatePiece } from "./deflate";
import type { GlyphChunk } from "./glyph-plan";
import { PieceCache, fontPieces } from "./piece-cache";
import { checksum, glyphRecords, sfntHead, type SubsetPlan } from "./truetype-subset";

/**
 * Glyph chunks are compressed at level 6: they are cached, so the level is paid once per chunk per
 * isolate. Measured on the bench letter's 110 KB of glyphs in chunks (Node 22): level 6 → 72.6 KB,
 * level 9 → 72.5 KB (≈ 40 % slower), level 1 → 75.4 KB. The per-document head piece is level 6 too
 * (a few KB: hmtx, loca and cmap compress well).
 */
export const GLYPH_LEVEL = 6;
export const HEAD_LEVEL = 1;

export interface GlyphPiece extends DeflatePiece {
  /** OpenType checksum (uint32 sum) of the chunk's glyph records. */
  readonly checksum: number;
}

export interface FontFileStream {
  /** The zlib stream (FlateDecode) of the whole font file. */
  bytes: Uint8Array;
  /** Uncompressed length (FontFile2 /Length1). */
  length1: number;
  /** The pieces' compressed sizes, head first (for tests and the bench). */
  pieces: number[];
}

/** Names a range of glyphs by content: each glyph's file (when it changes) and glyph id. */
function contentKey(plan: SubsetPlan, from: number, to: number): string {
  let key = "";
  let file = "";
  for (let i = from; i < to; i++) {
    const { font, gid } = plan.glyphs[i];
    if (font.file !== file) (key += `${font.file}:`), (file = font.file);
    key += `${gid},`;
  }
  return key;
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

function glyphPiece(plan: SubsetPlan, bytes: Uint8Array, from: number, to: number, dictionary: Uint8Array | undefined): GlyphPiece {
  const known = knownSums(plan, from, to);
  return { ...deflatePiece(bytes, GLYPH_LEVEL, dictionary, known?.adler), checksum: known?.checksum ?? checksum(bytes) };
}

/**
 * `chunks` are the plan's glyph chunks; the last is extended to the components of composite glyphs that
 * planSubset appended. A chunk that holds a composite glyph (whose bytes depend on the numbering of the
 * whole subset) is compressed but not cached.
 */
export function fontFileStream(
  plan: SubsetPlan,
  chunks: readonly GlyphChunk[],
  cache: PieceCache<GlyphPiece> = fontPieces,
): FontFileStream {
  const pieces: GlyphPiece[] = [];
  let start = 0;
  let previous: { from: number; to: number; bytes?: Uint8Array } | undefined;
  let previousKey: string | undefined = "";
  let glyfChecksum = 0;
  chunks.forEach((chunk, c) => {
    const end = c === chunks.length - 1 ? plan.numGlyphs : chunk.end;
    if (end <= start) return;
    const from = start;
    start = end;
    // After an uncached chunk the dictionary is not named by a key either: nothing more is cached.
    let cacheable = previousKey !== undefined;
    for (let i = from; i < end && cacheable; i++) if (plan.patches.has(i)) cacheable = false;
    const prev = previous;
    const dictionary = () => prev && (prev.bytes ??= glyphRecords(plan, prev.from, prev.to));
    const current: { from: number; to: number; bytes?: Uint8Array } = { from, to: end };
    const make = () => glyphPiece(plan, (current.bytes = glyphRecords(plan, from, end)), from, end, dictionary());
    let piece: GlyphPiece;
    if (cacheable) {
      const own = contentKey(plan, from, end);
      piece = cache.get(`${previousKey}>${own}`, make);
      previousKey = own;
    } else {
      piece = make();
      previousKey = undefined;
    }
    glyfChecksum = (glyfChecksum + piece.checksum) >>> 0;
    pieces.push(piece);
    previous = current;
  });
  const head = sfntHead(plan, glyfChecksum);
  const headPiece = deflatePiece(head, HEAD_LEVEL);
  const all: DeflatePiece[] = [headPiece, ...pieces];
  return {
    bytes: zlibFromPieces(all),
    length1: head.length + plan.glyfLength,
    pieces: all.map((p) => p.bytes.length),
  };
}
