/**
 * zlib/deflate (RFC 1950/1951) for /FlateDecode streams (ISO 32000-1 §7.4.4), whole or in pieces.
 *
 * Why node:zlib: it is native in Node and in workerd (with the nodejs_compat flag, which wrangler.toml
 * sets), synchronous, and the fastest option measured on 180 KB of Noto Serif SC glyph data (Node 22):
 * node:zlib level 1 2.4 ms / level 6 3.5 ms, CompressionStream("deflate") 5.3 ms (the same zlib behind
 * async stream plumbing), pako (pdf-lib's own) 10.2 ms. Nothing on the letter path uses pako.
 *
 * Pieces: a zlib stream may be cut into raw deflate pieces that are compressed separately and concatenated.
 * Each piece ends with a sync flush (RFC 1951 §3.2.4: an empty stored block, so the piece ends on a byte
 * boundary with no final block), the stream ends with one final empty block, and the zlib trailer's
 * Adler-32 is combined from the pieces' own checksums without touching their bytes again. A piece may be
 * compressed with a preset dictionary (the uncompressed bytes that precede it in the stream): its matches
 * can then reach back into the previous piece exactly as in a single deflate, because an inflater keeps a
 * 32 KB window across block boundaries. So a piece whose input and dictionary recur (the glyphs every
 * letter of a type draws) is compressed once per isolate and its bytes reused (font-file.ts).
 */
import { constants, deflateRawSync, deflateSync } from "node:zlib";

/**
 * Level 1 for the small per-document streams (content, ToUnicode, the subset's tables): on a 2-page
 * letter's 11 KB of content streams level 1 → 3.6 KB, level 6 → 3.3 KB, in a tenth of the time of the
 * whole document; font glyph pieces choose their own level (font-file.ts).
 */
export const FLATE_LEVEL = 1;

/**
 * memLevel 9 (zlib's default is 8) for glyph data: the larger hash table finds matches sooner —
 * on a 120 KB subset 1.58 ms instead of 1.91 ms at level 1, and a few hundred bytes smaller.
 */
const MEM_LEVEL = 9;

/**
 * Window and hash sizes for a small input: zlib allocates and clears its window (2 × 2^windowBits), prev
 * (the same) and hash heads (2^(memLevel + 8) bytes) on every call — 384 KB at windowBits 15 / memLevel 9,
 * which for a 5 KB content stream cost more than compressing it (callgrind: memset was 14 % of writePdf's
 * instructions). A window no larger than the input finds the same matches; RFC 1950's header says which.
 */
function sizedFor(length: number): { windowBits: number; memLevel: number } {
  let windowBits = 9;
  while (windowBits < 15 && 1 << windowBits < length) windowBits++;
  return { windowBits, memLevel: Math.max(1, Math.min(MEM_LEVEL, windowBits - 6)) };
}

/** The 32 KB deflate window (RFC 1951 §2.5): a dictionary longer than this is cut to its tail. */
export const WINDOW = 32 * 1024;

/** A plain Uint8Array view of a Node Buffer, so no Buffer API (e.g. shared-memory slice) leaks to callers. */
const plain = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** A whole zlib stream (header, deflate data, Adler-32). */
export function deflate(bytes: Uint8Array, level = FLATE_LEVEL): Uint8Array {
  return plain(deflateSync(bytes, { level, ...sizedFor(bytes.length) }));
}

/** A compressed piece of a zlib stream: raw deflate ending in a sync flush, with what the trailer needs. */
export interface DeflatePiece {
  /** Raw deflate (RFC 1951) with no final block, ending byte-aligned (sync flush). */
  readonly bytes: Uint8Array;
  /** Adler-32 of the piece's uncompressed bytes (starting value 1). */
  readonly adler: number;
  /** Uncompressed length. */
  readonly length: number;
}

/**
 * Compresses one piece. `dictionary` is the uncompressed data that precedes this piece in the stream (only
 * its last 32 KB matter); the piece is only valid in a stream where exactly those bytes come before it.
 * `adler`, when the caller knows it (combined from per-glyph checksums), saves reading the bytes again.
 */
export function deflatePiece(bytes: Uint8Array, level: number, dictionary?: Uint8Array, adler?: number): DeflatePiece {
  const dict = dictionary?.length ? dictionary.subarray(Math.max(0, dictionary.length - WINDOW)) : undefined;
  const options: Parameters<typeof deflateRawSync>[1] = {
    level,
    // A dictionary counts as input the window must reach back over.
    ...sizedFor(bytes.length + (dict?.length ?? 0)),
    finishFlush: constants.Z_SYNC_FLUSH,
  };
  if (dict) options.dictionary = dict;
  const out = plain(deflateRawSync(bytes, options));
  return { bytes: out, adler: adler ?? adler32(bytes), length: bytes.length };
}

const ADLER_BASE = 65521;

/** Adler-32 (RFC 1950 §8.2) of `bytes`, continuing from `adler` (1 for a fresh checksum). */
export function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    // 3800 bytes keep b below 2^31 before the modulo (zlib's NMAX is 5552 for unsigned 32-bit).
    const end = Math.min(n, i + 3800);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * The Adler-32 of A‖B from adler(A), adler(B) and B's length, as zlib's adler32_combine: with
 * A = 1 + Σa, B = Σ(n − i)·a + n, the sums of B shift by what precedes them.
 */
export function adler32Combine(adler1: number, adler2: number, length2: number): number {
  const rem = length2 % ADLER_BASE;
  const a1 = adler1 & 0xffff;
  const b1 = adler1 >>> 16;
  const a2 = adler2 & 0xffff;
  const b2 = adler2 >>> 16;
  // a = a1 + a2 − 1; b = b1 + b2 + rem·(a1 − 1) − rem, all mod BASE (kept non-negative).
  let a = a1 + a2 + ADLER_BASE - 1;
  let b = (rem * a1) % ADLER_BASE;
  b = b + b1 + b2 + ADLER_BASE - rem;
  a %= ADLER_BASE;
  b %= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/** zlib header (RFC 1950 §2.2): CM 8, CINFO 7 (32 KB window), FLEVEL 2 ("default"), FCHECK so it is ÷ 31. */
const ZLIB_HEADER = [0x78, 0x9c];
/** A final, empty block with fixed Huffman codes: BFINAL 1, BTYPE 01, end-of-block 0000000 (RFC 1951 §3.2.3). */
const FINAL_EMPTY_BLOCK = [0x03, 0x00];

/**
 * One zlib stream from its pieces, in order, as the parts to write one after another (no copy of the
 * pieces): header, the pieces' bytes, the final block and the Adler-32.
 */
export function zlibParts(pieces: readonly DeflatePiece[]): Uint8Array[] {
  const parts: Uint8Array[] = [Uint8Array.from(ZLIB_HEADER)];
  let adler = 1;
  for (const piece of pieces) {
    if (piece.bytes.length) parts.push(piece.bytes);
    adler = adler32Combine(adler, piece.adler, piece.length);
  }
  parts.push(Uint8Array.of(...FINAL_EMPTY_BLOCK, adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff));
  return parts;
}

/** The parts as one array. */
export function concatParts(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) out.set(part, at), (at += part.length);
  return out;
}

/** One zlib stream from its pieces, in order: header, the pieces' bytes, a final block, the Adler-32. */
export function zlibFromPieces(pieces: readonly DeflatePiece[]): Uint8Array {
  return concatParts(zlibParts(pieces));
}
