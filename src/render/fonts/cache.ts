/**
 * One parse per font file per isolate. The *promise* is cached, so concurrent requests share one load;
 * a load or parse that fails is dropped from the cache so the next request retries (pdfme does the same).
 * Keyed by file name: the manifest names each tier's file, and a file's bytes never change within a
 * deployment.
 */
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

/** Forgets every parsed font (tests that measure a cold load). */
export function clearFontCache(): void {
  loaded.clear();
}
