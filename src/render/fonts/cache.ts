/**
 * One parse per font file per isolate. The *promise* is cached, so concurrent requests share one load;
 * a load or parse that fails is dropped from the cache so the next request retries (pdfme does the same).
 * Keyed by file name: the manifest names each tier's file, and a file's bytes never change within a
 * deployment.
 */
import type { FaceId } from "../types";
import type { GlyphRef } from "./font-set";
import { parseTrueType, type TrueTypeFont } from "./truetype";

/** Reads a font file named in the manifest (e.g. "NotoSerifSC-Regular.common.ttf"). Runtime-specific. */
export type FontFileLoader = (fileName: string) => Promise<ArrayBuffer | Uint8Array>;

const loaded = new Map<string, Promise<TrueTypeFont>>();

export function loadFontFile(fileName: string, loader: FontFileLoader): Promise<TrueTypeFont> {
  let promise = loaded.get(fileName);
  if (!promise) {
    promise = (async () => parseTrueType(await loader(fileName), fileName))();
    loaded.set(fileName, promise);
    promise.catch(() => {
      if (loaded.get(fileName) === promise) loaded.delete(fileName);
    });
  }
  return promise;
}

/**
 * Every (face, character) a FontSet resolved so far in this isolate (font-set.ts): the manifest lookup,
 * the file and the cmap give the same answer for as long as the parsed font stays loaded, and layout asks
 * for advances thousands of times a letter. A FontSet accepts a remembered answer only if its font is one
 * of the set's own files, so a character whose tier the document did not load still fails as it should.
 */
export interface ResolvedFace {
  /** BMP code point → index + 1 into `refs` (0: not resolved yet). */
  bmp: Uint32Array;
  refs: GlyphRef[];
  astral: Map<number, GlyphRef>;
}
const resolved = new Map<FaceId, ResolvedFace>();

export function resolvedGlyphs(face: FaceId): ResolvedFace {
  let table = resolved.get(face);
  if (!table) resolved.set(face, (table = { bmp: new Uint32Array(0x10000), refs: [], astral: new Map() }));
  return table;
}

/** Forgets every parsed font and what was resolved in them (tests that measure a cold load). */
export function clearFontCache(): void {
  loaded.clear();
  resolved.clear();
}
