/**
 * Which glyphs a document draws, per embedded font, and in which order: one font per face actually used
 * (after the bold → body fallback), holding every character drawn in it whichever tier file its glyph
 * comes from. CID = new glyph id (CIDToGIDMap /Identity).
 *
 * Order: first the characters the caller says most documents of this kind draw (`SharedGlyphs`, e.g. a
 * letter template's fixed text), then the document's own, each part in code point order. The shared part
 * is cut into chunks at fixed positions of the shared list, so a document that lacks one shared character
 * changes one chunk, not the numbering of all that follow; each chunk's compressed bytes are cached per
 * isolate (font-file.ts), so a letter deflates only its own few glyphs. The order is a function of the
 * characters drawn and the shared list alone: the same document always gives the same subset, tag and bytes.
 */
import { locate, type FontSet, type GlyphRef } from "../fonts";
import type { FaceId, LayoutDocument } from "../types";
import type { SubsetGlyph } from "./truetype-subset";

/**
 * Characters most documents of a kind draw, per face as the layout asks for them (before fallback). Only
 * an ordering hint: any character may be missing from a document or from the list.
 */
export type SharedGlyphs = ReadonlyMap<FaceId, Iterable<number>>;

/** Shared characters per chunk: about 30 KB of Noto Serif SC outlines, so a chunk fills deflate's window. */
export const SHARED_CHUNK = 96;

export interface GlyphChunk {
  /** End (exclusive) of the chunk in `FacePlan.glyphs`; chunks are consecutive from glyph 0. */
  end: number;
  /** True for the document's own glyphs after the shared ones. */
  own: boolean;
}

export interface FacePlan {
  face: FaceId;
  /** Characters drawn in this font, in CID order: CID of codePoints[i] is i + 1 (CID 0 is .notdef). */
  codePoints: number[];
  /** Glyph 0 (.notdef) then the glyph of each code point, in CID order. */
  glyphs: SubsetGlyph[];
  /** The glyphs cut into compression chunks (the first holds .notdef). */
  chunks: GlyphChunk[];
}

/** A stretch of one TextItem drawn with one embedded font: its CIDs are `GlyphPlan.cids[start…end)`. */
export interface Run {
  face: FaceId;
  start: number;
  end: number;
}

export interface GlyphPlan {
  faces: FacePlan[];
  /** The CID of every character drawn, in document order (each in its run's font). */
  cids: Uint16Array;
  /** Per page, per item index: the runs of a TextItem (undefined for rules). */
  runs: (Run[] | undefined)[][];
}

/** Per embedded face: shared character → its position in that face's shared list, and the list's length. */
type SharedIndex = Map<FaceId, { positions: CodePointIndex; length: number }>;

const sharedIndexes = new WeakMap<SharedGlyphs, SharedIndex>();

/**
 * The shared list per *embedded* face (a bold character that bold lacks is drawn by the body font), in code
 * point order; computed once per SharedGlyphs object, from the manifest alone.
 */
function sharedIndex(shared: SharedGlyphs): SharedIndex {
  let index = sharedIndexes.get(shared);
  if (index) return index;
  const byFace = new Map<FaceId, Set<number>>();
  for (const [face, codePoints] of shared) {
    for (const cp of codePoints) {
      const target = locate(face, cp)?.face;
      if (!target) continue;
      let set = byFace.get(target);
      if (!set) byFace.set(target, (set = new Set()));
      set.add(cp);
    }
  }
  index = new Map();
  for (const [face, set] of byFace) {
    const positions = new CodePointIndex();
    [...set].sort((a, b) => a - b).forEach((cp, i) => positions.set(cp, i));
    index.set(face, { positions, length: set.size });
  }
  sharedIndexes.set(shared, index);
  return index;
}

/**
 * Code point → entry index within one call: open addressing in two small typed arrays that stay in the CPU's
 * cache (a 64K-slot table per face did not: its lookups were a fifth of planGlyphs), grown when half full.
 */
class CodePointIndex {
  private keys = new Int32Array(512).fill(-1);
  private values = new Int32Array(512);
  /** Fibonacci hashing: the top log2(size) bits of cp × 2^32/φ. */
  private shift = 23;
  private count = 0;

  /** Forgets every entry, keeping the arrays (a call's indexes are reused by the next call). */
  reset(): this {
    if (this.count) this.keys.fill(-1);
    this.count = 0;
    return this;
  }

  get(cp: number): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(cp, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === cp) return this.values[slot];
      if (key === -1) return -1;
    }
  }

  set(cp: number, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = Math.imul(cp, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== -1 && this.keys[slot] !== cp) slot = (slot + 1) & mask;
    if (this.keys[slot] === -1) this.count++;
    this.keys[slot] = cp;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length).fill(-1);
    this.values = new Int32Array(2 * keys.length);
    this.shift--;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i], values[i]);
  }
}

/** Own characters' sort keys: code point · OWN_KEY + entry. */
const OWN_KEY = 2 ** 20;

/** One face's table within a call: character → entry, the entries of its glyphs, its number once it has any. */
interface FaceTable {
  index: CodePointIndex;
  entries: number[];
  id: number;
}

/** Indexes reused from call to call (allocating typed arrays costs more than clearing them). */
const pool: CodePointIndex[] = [];

export function planGlyphs(layout: LayoutDocument, fonts: FontSet, shared?: SharedGlyphs): GlyphPlan {
  let pooled = 0;
  const index = () => (pool[pooled] ??= new CodePointIndex(), pool[pooled++].reset());
  // Entries: one per distinct (embedded font, character), as parallel arrays.
  const entryCp: number[] = [];
  const entryRef: GlyphRef[] = [];
  // The embedded font of each entry as a small number (the runs pass compares numbers, not objects).
  const entryFont: number[] = [];
  const fontOrder: FaceId[] = [];
  // Per face, character → entry and the entries drawn from it: a face's text resolves each distinct
  // character through the manifest once, then costs one lookup. A face's own glyphs and the characters its
  // text draws from the face it falls back to (bold → body) share the one table: a character that face F's
  // text resolves to face T is drawn by T itself (locate walks the fallback chain to the first face that
  // has it), so T's table can never map it to a third face.
  const tables = new Map<FaceId, FaceTable>();
  const tableOf = (face: FaceId): FaceTable => {
    let table = tables.get(face);
    if (!table) tables.set(face, (table = { index: index(), entries: [], id: -1 }));
    return table;
  };
  const resolve = (cp: number, face: FaceId, requested: FaceTable): number => {
    const ref = fonts.glyph(cp, face);
    const target = ref.face === face ? requested : tableOf(ref.face);
    // `requested` just missed cp; another face's table may already have it.
    let entry = target === requested ? -1 : target.index.get(cp);
    if (entry < 0) {
      if (target.id < 0) target.id = fontOrder.push(ref.face) - 1;
      entry = entryCp.length;
      entryCp.push(cp);
      entryRef.push(ref);
      entryFont.push(target.id);
      target.index.set(cp, entry);
      target.entries.push(entry);
    }
    if (target !== requested) requested.index.set(cp, entry);
    return entry;
  };
  // First pass: the entry of every character of every text item, all in one array (an item's span of
  // it is [starts[k], starts[k + 1])). The texts are read from one string joined from them: the layout's
  // are often concatenations (V8 cons strings), and charCodeAt on one walks the concatenation's tree on
  // every call — that was most of this pass; join copies each text once into a flat string.
  const texts: string[] = [];
  const faceOf: FaceId[] = [];
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      texts.push(item.text);
      faceOf.push(item.face);
    }
  }
  const all = texts.join("");
  const itemEntries = new Int32Array(all.length);
  const starts: number[] = [0];
  let n = 0;
  let at = 0;
  for (let k = 0; k < texts.length; k++) {
    const face = faceOf[k];
    const table = tableOf(face);
    const cache = table.index;
    const end = at + texts[k].length;
    for (let i = at; i < end; i++) {
      let cp = all.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < end) {
        const low = all.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) (cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00)), i++;
      }
      const entry = cache.get(cp);
      itemEntries[n++] = entry >= 0 ? entry : resolve(cp, face, table);
    }
    at = end;
    starts.push(n);
  }

  const entryCid = new Uint16Array(entryCp.length);
  const sharedIdx = shared ? sharedIndex(shared) : undefined;
  const faces: FacePlan[] = [];
  for (const face of fontOrder.slice().sort()) {
    const { entries } = tables.get(face)!;
    const sharedList = sharedIdx?.get(face);
    // Order: shared characters first, by their position in the shared list (which is in code point
    // order), then the document's own by code point — a slot per shared position, a sort of the rest.
    const slots = new Int32Array(sharedList?.length ?? 0).fill(-1);
    let ownCount = 0;
    // The document's own as code point · 2^20 + entry: a typed array sorts numerically without calling a
    // comparator, and the entry comes back out of the sorted value (entries < 2^20, code points < 2^21).
    const own = new Float64Array(entries.length);
    for (const entry of entries) {
      const position = sharedList ? sharedList.positions.get(entryCp[entry]) : -1;
      if (position < 0) own[ownCount++] = entryCp[entry] * OWN_KEY + entry;
      else slots[position] = entry;
    }
    const order: number[] = [];
    const chunks: GlyphChunk[] = [];
    let chunk = -1;
    for (let position = 0; position < slots.length; position++) {
      const entry = slots[position];
      if (entry < 0) continue;
      // Chunks: shared characters by their position in the shared list (SHARED_CHUNK to a chunk), then
      // one chunk of the document's own characters. Glyph i + 1 draws codePoints[i].
      const c = Math.floor(position / SHARED_CHUNK);
      if (c !== chunk && order.length > 0) chunks.push({ end: order.length + 1, own: false });
      chunk = c;
      order.push(entry);
    }
    if (order.length) chunks.push({ end: order.length + 1, own: false });
    for (const key of own.subarray(0, ownCount).sort()) order.push(key % OWN_KEY);

    const codePoints: number[] = new Array(order.length);
    // .notdef (and the font-wide tables) from the file of the first character: every tier of a face is
    // cut from the same font, so they share .notdef, unitsPerEm, name, OS/2 and hinting tables.
    const glyphs: SubsetGlyph[] = [{ font: entryRef[order[0]].font, gid: 0 }];
    for (let i = 0; i < order.length; i++) {
      const entry = order[i];
      const cp = entryCp[entry];
      entryCid[entry] = i + 1;
      codePoints[i] = cp;
      const ref = entryRef[entry];
      glyphs.push({ font: ref.font, gid: ref.gid, unicode: cp });
    }
    chunks.push({ end: glyphs.length, own: true });
    faces.push({ face, codePoints, glyphs, chunks });
  }

  // Second pass: every character's CID, and each text item as runs of one embedded font.
  const cids = new Uint16Array(n);
  for (let i = 0; i < n; i++) cids[i] = entryCid[itemEntries[i]];
  let k = 0;
  const runs = layout.pages.map((page) =>
    page.items.map((item) => {
      if (item.kind !== "text") return undefined;
      const out: Run[] = [];
      const end = starts[++k];
      for (let i = starts[k - 1]; i < end; ) {
        const font = entryFont[itemEntries[i]];
        let j = i + 1;
        while (j < end && entryFont[itemEntries[j]] === font) j++;
        out.push({ face: fontOrder[font], start: i, end: j });
        i = j;
      }
      return out;
    }),
  );
  return { faces, cids, runs };
}
