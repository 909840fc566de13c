/**
 * The font system: which shipped font draws each character (manifest), loading and parsing font files
 * once per isolate (cache, truetype), and the per-document FontSet that measures and feeds the PDF writer.
 * Runtime-neutral: the file loader is injected (Static Assets in the Worker, fs in Node: node-loader.ts).
 */
export { loadFontSet, undrawableError, describeCodePoint, type FontSet, type GlyphRef } from "./font-set";
export { findUndrawable, locate, faceTiers, tierIndexOf, type TierInfo } from "./manifest";
export { loadFontFile, clearFontCache, type FontFileLoader } from "./cache";
export { parseTrueType, glyphData, glyphId, type TrueTypeFont, type FontMetrics } from "./truetype";
export { FontFormatError } from "./sfnt";
