/**
 * Compressed pieces kept per isolate, so the same bytes (with the same dictionary) are never deflated
 * twice: the key names the piece's uncompressed content and whatever precedes it in its stream (see
 * deflate.ts), so a hit returns exactly the bytes a fresh compression would — the cache changes how fast
 * a PDF is made, never which bytes it has.
 *
 * Bounded by the compressed bytes it holds (least recently used out first, once it is half full): one letter type's shared
 * glyphs are a few pieces of 20–30 KB, so the default budget keeps dozens of letter types and locales.
 */
import type { DeflatePiece } from "./deflate";
import type { GlyphPiece } from "./font-file";

export interface PieceCacheStats {
  hits: number;
  misses: number;
  /** Compressed bytes held. */
  bytes: number;
  entries: number;
}

export class PieceCache<T extends DeflatePiece = DeflatePiece> {
  private readonly map = new Map<string, T>();
  private held = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly budget: number) {}

  /** The piece under `key`, compressing it with `make` on a miss. */
  get(key: string, make: () => T): T {
    const found = this.map.get(key);
    if (found) {
      this.hits++;
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used. Only
      // worth its two hash operations when eviction is near.
      if (2 * this.held > this.budget) {
        this.map.delete(key);
        this.map.set(key, found);
      }
      return found;
    }
    this.misses++;
    const piece = make();
    if (piece.bytes.length > this.budget) return piece;
    this.map.set(key, piece);
    this.held += piece.bytes.length;
    for (const [oldKey, old] of this.map) {
      if (this.held <= this.budget) break;
      this.map.delete(oldKey);
      this.held -= old.bytes.length;
    }
    return piece;
  }

  clear(): void {
    this.map.clear();
    this.held = 0;
    this.hits = 0;
    this.misses = 0;
  }

  stats(): PieceCacheStats {
    return { hits: this.hits, misses: this.misses, bytes: this.held, entries: this.map.size };
  }
}

/** The isolate's cache of compressed glyph chunks (8 MB of compressed glyph data at most). */
export const fontPieces = new PieceCache<GlyphPiece>(8 * 1024 * 1024);

/** Compressed pieces of the other tables and streams that recur: hmtx, loca, the source's tables, ToUnicode. */
export const tablePieces = new PieceCache(2 * 1024 * 1024);

/** Forgets every cached piece (tests that compare a cold isolate with a warm one). */
export function clearPieceCaches(): void {
  fontPieces.clear();
  tablePieces.clear();
}

const interned = new Map<string, string>();
let nextKey = 0;
/**
 * A short name for a (long) content key, the same for the same content for as long as the isolate lives.
 * Names are never reused: when the table is dropped (beyond 100,000 contents) a content gets a new name,
 * which only makes its cached pieces unreachable (the LRU then drops them), never wrong.
 */
export function internKey(content: string): string {
  let name = interned.get(content);
  if (name === undefined) {
    if (interned.size >= 100_000) interned.clear();
    interned.set(content, (name = (nextKey++).toString(36)));
  }
  return name;
}

/** The string of these UTF-16 code units (each below 2^16), for compact exact cache keys. */
export function unitsKey(units: readonly number[]): string {
  let out = "";
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  return out;
}

/** A stretch of a stream's parts: glyphs (or CIDs) [from, to), named by content. */
export interface Range {
  from: number;
  to: number;
  /** Names the range's content; undefined when it may not be cached (e.g. composite glyphs). */
  key?: string;
}

/**
 * The pieces of one table's parts, one per range, each compressed with the previous part as its
 * dictionary and cached under (table, previous range's key, this range's key) when both have keys.
 */
export function chain<T extends DeflatePiece, R extends Range = Range>(
  ranges: readonly R[],
  cache: PieceCache<T>,
  table: string,
  bytesOf: (range: R) => Uint8Array,
  compress: (bytes: Uint8Array, range: R, dictionary: Uint8Array | undefined) => T,
): T[] {
  const out: T[] = [];
  let previous: { range: R; bytes?: Uint8Array } | undefined;
  for (const range of ranges) {
    const prev = previous;
    const current: { range: R; bytes?: Uint8Array } = { range };
    const make = () => compress((current.bytes = bytesOf(range)), range, prev && (prev.bytes ??= bytesOf(prev.range)));
    const key = range.key !== undefined && (!prev || prev.range.key !== undefined) ? `${table}|${prev?.range.key ?? ""}>${range.key}` : undefined;
    out.push(key === undefined ? make() : cache.get(key, make));
    previous = current;
  }
  return out;
}
