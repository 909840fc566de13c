/**
 * One parse per font file per isolate. The *promise* is cached, so concurrent requests share one load;
 * a load or parse that fails is dropped from the cache so the next request retries (pdfme does the same).
 * Keyed by file name: the manifest names each tier's file, and a file's bytes never change within a
 * deployment.
 */
import type { FaceId } from "../types";
import { faceTiers, TIER_COUNT } from "./manifest";
import { parseTrueType, type TrueTypeFont } from "./truetype";

/** Reads a font file named in the manifest (e.g. "NotoSerifSC-Regular.common.ttf"). Runtime-specific. */
export type FontFileLoader = (fileName: string) => Promise<ArrayBuffer | Uint8Array>;

const loaded = new Map<string, Promise<TrueTypeFont>>();
/** The fonts whose load has finished (a promise's value cannot be read without waiting for it). */
const parsed = new Map<string, TrueTypeFont>();

export function loadFontFile(fileName: string, loader: FontFileLoader): Promise<TrueTypeFont> {
  let promise = loaded.get(fileName);
  if (!promise) {
    const load = (async () => parseTrueType(await loader(fileName), fileName))();
    loaded.set(fileName, load);
    load.then(
      (font) => {
        if (loaded.get(fileName) === load) parsed.set(fileName, font);
      },
      () => {
        if (loaded.get(fileName) === load) loaded.delete(fileName);
      },
    );
    promise = load;
  }
  return promise;
}

/** The parsed font if a load of the file has finished, else undefined (then loadFontFile it). */
export function parsedFontFile(fileName: string): TrueTypeFont | undefined {
  return parsed.get(fileName);
}

/**
 * What every (face, character) resolved to so far in this isolate, for all FontSets (font-set.ts): the
 * manifest lookup, the file and the cmap give the same answer for as long as the deployment's files stay
 * the same, and layout asks for advances thousands of times a letter. One table per face for the whole
 * isolate, never one per letter (a typed array of more than 64 bytes gets its own backing store in V8,
 * which is costly to allocate per letter). A FontSet accepts a remembered answer only if the tier it
 * names is one of the set's own files, so a character whose tier the document did not load still fails
 * as it should.
 *
 * Per BMP code point two words, side by side so that one cache line answers a lookup:
 *   [2 × cp]     state: GLYPH_LOCATED | GLYPH_RESOLVED | GLYPH_UNDRAWABLE, the tier's slot (bits 16–23),
 *                and the glyph's hmtx advance in font units (bits 0–15; valid once GLYPH_RESOLVED)
 *   [2 × cp + 1] the glyph id in that tier's file (valid once GLYPH_RESOLVED)
 * The few astral characters the fonts draw keep the same two words in a Map.
 */
export interface FaceGlyphs {
  bmp: Uint32Array;
  astral: Map<number, { state: number; gid: number }>;
}

/** The manifest named the tier (after fallback) that draws the character: its slot is in the state. */
export const GLYPH_LOCATED = 1 << 24;
/** No shipped font draws the character (in this face or its fallbacks). */
export const GLYPH_UNDRAWABLE = 1 << 25;
/** The glyph id and the advance are known (they were read from the tier's file). */
export const GLYPH_RESOLVED = 1 << 26;
export const GLYPH_SLOT_SHIFT = 16;
if (TIER_COUNT > 0x100) throw new Error(`${TIER_COUNT} font tiers: a glyph state holds a tier's slot in 8 bits`);
export const GLYPH_ADVANCE_MASK = 0xffff;

const faceGlyphTables = new Map<FaceId, FaceGlyphs>();

/** The face's table; a face the manifest lacks throws as the manifest does (no table is made for it). */
export function faceGlyphs(face: FaceId): FaceGlyphs {
  let table = faceGlyphTables.get(face);
  if (!table) {
    faceTiers(face);
    faceGlyphTables.set(face, (table = { bmp: new Uint32Array(2 * 0x10000), astral: new Map() }));
  }
  return table;
}

/** Forgets every parsed font and what was resolved in them (tests that measure a cold load). */
export function clearFontCache(): void {
  loaded.clear();
  parsed.clear();
  faceGlyphTables.clear();
}
