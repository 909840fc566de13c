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

/** A stretch of one TextItem drawn with one embedded font. */
export interface Run {
  face: FaceId;
  /** The CIDs as 2-byte big-endian hex (Identity-H codes), the inside of the `<…> Tj` string. */
  hex: string;
}

/** "0000" … "FFFF" by the two bytes of a CID: a CID's hex is HEX2[cid >> 8] + HEX2[cid & 0xff]. */
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, "0"));

export interface GlyphPlan {
  faces: FacePlan[];
  /** Per page, per item index: the runs of a TextItem (undefined for rules). */
  runs: (Run[] | undefined)[][];
}

/** Per embedded face: shared character → its position in that face's shared list. */
type SharedIndex = Map<FaceId, Map<number, number>>;

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
  for (const [face, set] of byFace) index.set(face, new Map([...set].sort((a, b) => a - b).map((cp, i) => [cp, i])));
  sharedIndexes.set(shared, index);
  return index;
}

/**
 * Code point → entry index for one face within one call, without a Map lookup per character: a 64K slot
 * table per face that lives as long as the isolate (256 KB each), valid where its stamp is the call's.
 * Characters beyond the BMP go through a Map.
 */
class CodePointIndex {
  private static generation = 0;
  private readonly stamps = new Uint32Array(0x10000);
  private readonly values = new Int32Array(0x10000);
  private astral = new Map<number, number>();
  private stamp = 0;

  /** Forgets every entry (O(1)). */
  reset(): void {
    this.stamp = ++CodePointIndex.generation;
    if (this.astral.size) this.astral = new Map();
  }

  get(cp: number): number {
    if (cp > 0xffff) return this.astral.get(cp) ?? -1;
    return this.stamps[cp] === this.stamp ? this.values[cp] : -1;
  }

  set(cp: number, value: number): void {
    if (cp > 0xffff) this.astral.set(cp, value);
    else (this.stamps[cp] = this.stamp), (this.values[cp] = value);
  }
}

const indexes = new Map<string, CodePointIndex>();
function indexFor(kind: string): CodePointIndex {
  let index = indexes.get(kind);
  if (!index) indexes.set(kind, (index = new CodePointIndex()));
  index.reset();
  return index;
}

export function planGlyphs(layout: LayoutDocument, fonts: FontSet, shared?: SharedGlyphs): GlyphPlan {
  // Entries: one per distinct (embedded font, character), as parallel arrays.
  const entryCp: number[] = [];
  const entryRef: GlyphRef[] = [];
  // Per embedded font, its entries; per requested face, character → entry (so each distinct (face,
  // character) goes through the manifest once, and a text character costs one array read).
  const embedded = new Map<FaceId, { index: CodePointIndex; entries: number[] }>();
  const requested = new Map<FaceId, CodePointIndex>();
  const resolve = (cp: number, face: FaceId, cache: CodePointIndex): number => {
    const ref = fonts.glyph(cp, face);
    let target = embedded.get(ref.face);
    if (!target) embedded.set(ref.face, (target = { index: indexFor(`e:${ref.face}`), entries: [] }));
    let entry = target.index.get(cp);
    if (entry < 0) {
      entry = entryCp.length;
      entryCp.push(cp);
      entryRef.push(ref);
      target.index.set(cp, entry);
      target.entries.push(entry);
    }
    cache.set(cp, entry);
    return entry;
  };
  // First pass: the entry of every character of every text item, all in one array (an item's span of
  // it is [starts[k], starts[k + 1])).
  let total = 0;
  for (const page of layout.pages) for (const item of page.items) if (item.kind === "text") total += item.text.length;
  const itemEntries = new Int32Array(total);
  const starts: number[] = [0];
  let n = 0;
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      let cache = requested.get(item.face);
      if (!cache) requested.set(item.face, (cache = indexFor(`r:${item.face}`)));
      const text = item.text;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        const entry = cache.get(cp);
        itemEntries[n++] = entry >= 0 ? entry : resolve(cp, item.face, cache);
      }
      starts.push(n);
    }
  }

  const entryHex: string[] = new Array(entryCp.length);
  const sharedIdx = shared ? sharedIndex(shared) : undefined;
  const faces: FacePlan[] = [];
  for (const face of [...embedded.keys()].sort()) {
    const { index, entries } = embedded.get(face)!;
    const positions = sharedIdx?.get(face);
    // Sort keys: shared characters first, each part by code point (a code point is below 2^21).
    const keys = new Float64Array(entries.length);
    let sharedCount = 0;
    entries.forEach((entry, i) => {
      const cp = entryCp[entry];
      const isShared = positions?.has(cp) ?? false;
      if (isShared) sharedCount++;
      keys[i] = isShared ? cp : 0x200000 + cp;
    });
    keys.sort();

    const codePoints: number[] = new Array(keys.length);
    // .notdef (and the font-wide tables) from the file of the first character: every tier of a face is
    // cut from the same font, so they share .notdef, unitsPerEm, name, OS/2 and hinting tables.
    const first = entryRef[index.get(keys[0] % 0x200000)];
    const glyphs: SubsetGlyph[] = [{ font: first.font, gid: 0 }];
    const chunks: GlyphChunk[] = [];
    let chunk = -1;
    for (let i = 0; i < keys.length; i++) {
      const cp = keys[i] % 0x200000;
      const entry = index.get(cp);
      entryHex[entry] = HEX2[(i + 1) >> 8] + HEX2[(i + 1) & 0xff];
      codePoints[i] = cp;
      const ref = entryRef[entry];
      glyphs.push({ font: ref.font, gid: ref.gid, unicode: cp });
      // Chunks: shared characters by their position in the shared list (SHARED_CHUNK to a chunk), then
      // one chunk of the document's own characters. Glyph i + 1 draws codePoints[i].
      if (i < sharedCount) {
        const c = Math.floor(positions!.get(cp)! / SHARED_CHUNK);
        if (c !== chunk && i > 0) chunks.push({ end: i + 1, own: false });
        chunk = c;
      }
    }
    if (sharedCount) chunks.push({ end: sharedCount + 1, own: false });
    chunks.push({ end: glyphs.length, own: true });
    faces.push({ face, codePoints, glyphs, chunks });
  }

  // Second pass: each text item as runs of CIDs of one embedded font.
  let k = 0;
  const runs = layout.pages.map((page) =>
    page.items.map((item) => {
      if (item.kind !== "text") return undefined;
      const out: Run[] = [];
      let last: Run | undefined;
      for (let i = starts[k], end = starts[++k]; i < end; i++) {
        const entry = itemEntries[i];
        const face = entryRef[entry].face;
        if (last && last.face === face) last.hex += entryHex[entry];
        else out.push((last = { face, hex: entryHex[entry] }));
      }
      return out;
    }),
  );
  return { faces, runs };
}
