/**
 * FontFileLoader for Node (tests, CLI, Node server, bench): reads fonts/<file> from the repository,
 * located relative to this module. Never import it from the shared path: the Worker reads the same files
 * through its Static Assets binding.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { FontFileLoader } from "./cache";

/** A loader over another directory of font files (same names as the manifest's). */
export function createNodeFontLoader(dir: URL | string = new URL("../../../fonts/", import.meta.url)): FontFileLoader {
  const base = typeof dir === "string" ? dir.replace(/\/?$/, "/") : fileURLToPath(dir);
  return async (fileName) => {
    // File names come from the generated manifest; refuse anything that could leave the directory.
    if (!/^[\w.-]+\.ttf$/.test(fileName)) throw new Error(`not a font file name: ${fileName}`);
    const bytes = await readFile(base + fileName);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

/** The loader over the repository's fonts/ directory. */
export const nodeFontLoader: FontFileLoader = createNodeFontLoader();
