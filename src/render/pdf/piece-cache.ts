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

/** The next name (SequenceNames): names are never reused for as long as the isolate lives. */
let nextKey = 0;

/**
 * Short names for content (a glyph chunk's glyph ids, a ToUnicode range's characters), the same for the
 * same content for as long as the isolate lives, so that cache keys built from them are short and exact.
 * No string is built: a sequence is hashed as it is read (FNV-1a over its values), and a name is only
 * given after the sequence compares equal, value by value, to one stored under that hash — two sequences
 * share a name only when they are the same. (The keys used to be strings of the ids, built and hashed
 * whole for every document.) Names are never reused: beyond 2^20 stored values the table is dropped,
 * which only makes old names — and the cached pieces under them — unreachable, never wrong.
 */
export class SequenceNames {
  private buckets = new Map<number, { values: Uint32Array; name: string }[]>();
  private stored = 0;
  /** A scratch sequence to fill before calling `name` (grown as needed). */
  values = new Uint32Array(1024);
  length = 0;

  /** Starts a new sequence in `values`. */
  clear(): this {
    this.length = 0;
    return this;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Uint32Array(2 * this.values.length);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }

  /** The name of the sequence pushed since `clear`. */
  name(): string {
    const { values, length } = this;
    let h = 0x811c9dc5;
    for (let i = 0; i < length; i++) {
      const v = values[i];
      h = Math.imul(h ^ (v & 0xffff), 0x01000193);
      h = Math.imul(h ^ (v >>> 16), 0x01000193);
    }
    let bucket = this.buckets.get(h);
    if (bucket) {
      search: for (const entry of bucket) {
        if (entry.values.length !== length) continue;
        for (let i = 0; i < length; i++) if (entry.values[i] !== values[i]) continue search;
        return entry.name;
      }
    } else {
      if (this.stored > 1 << 20) this.buckets.clear(), (this.stored = 0);
      this.buckets.set(h, (bucket = []));
    }
    const name = (nextKey++).toString(36);
    bucket.push({ values: values.slice(0, length), name });
    this.stored += length;
    return name;
  }
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
