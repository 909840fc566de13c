/**
 * Checks shared by the PDF writer's tests: what a reader sees of the file (qpdf, pdffonts), every embedded
 * glyph compared byte for byte with the source font through ToUnicode, and ink in every character's cell
 * when poppler renders with no system fonts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect } from "vitest";
import { glyphData, glyphId, loadFontSet, parseTrueType, type FontSet, type TrueTypeFont } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { readTables } from "../../src/render/fonts/sfnt";
import { writePdf, type WritePdfOptions } from "../../src/render/pdf";
import type { DocumentMeta, FaceId, LayoutDocument } from "../../src/render/types";
import {
  extractEmbeddedFonts,
  inkInBox,
  pdfFonts,
  qpdfCheck,
  renderPageGray,
  typesetLines,
  type CharCell,
  type LineSpec,
} from "../helpers/pdf-tools";

const require = createRequire(import.meta.url);
const sources: Record<string, TrueTypeFont> = {};
/** The full source font of a style ("Regular" | "Bold"), parsed once. */
function source(style: string): TrueTypeFont {
  const weight = style === "Bold" ? "700Bold" : "400Regular";
  return (sources[style] ??= parseTrueType(
    readFileSync(require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`)),
    weight,
  ));
}

export function usageOf(lines: (string | LineSpec)[]): Map<FaceId, Set<number>> {
  const usage = new Map<FaceId, Set<number>>([
    ["body", new Set()],
    ["bold", new Set()],
  ]);
  for (const line of lines) {
    const { text, face = "body" } = typeof line === "string" ? { text: line } : line;
    for (const ch of text) usage.get(face)!.add(ch.codePointAt(0)!);
  }
  return usage;
}

export interface Rendered {
  pdf: Uint8Array;
  fonts: FontSet;
  layout: LayoutDocument;
  cells: CharCell[];
  lines: (string | LineSpec)[];
}

/** Typesets the lines by hand (no line breaking rules) and writes the PDF. */
export async function renderLines(
  lines: (string | LineSpec)[],
  meta: DocumentMeta,
  options: { rules?: boolean; pdf?: WritePdfOptions } = {},
): Promise<Rendered> {
  const fonts = await loadFontSet(usageOf(lines), nodeFontLoader);
  const { layout, cells } = typesetLines(lines, fonts, options);
  const pdf = await writePdf(layout, fonts, meta, options.pdf);
  return { pdf, fonts, layout, cells, lines };
}

/**
 * The glyphs and metrics of an embedded subset, read from its tables (parseTrueType would ask for a cmap,
 * which a FontFile2 behind a CIDFont must not have: ISO 32000-1 §9.9; CIDToGIDMap /Identity maps CID → glyph).
 */
function parseEmbedded(bytes: Uint8Array, name: string, problems: string[]) {
  const tables = readTables(bytes, name);
  if (tables.has("cmap")) problems.push(`${name}: the font program has a cmap (§9.9: shall not be present behind a CIDFont)`);
  const view = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`${name}: no ${tag} table`);
    return new DataView(t.buffer, t.byteOffset, t.byteLength);
  };
  const numGlyphs = view("maxp").getUint16(4);
  const longLoca = view("head").getInt16(50) === 1;
  const loca = view("loca");
  const hmtx = view("hmtx");
  const numberOfHMetrics = view("hhea").getUint16(34);
  const glyphStarts = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) glyphStarts[g] = longLoca ? loca.getUint32(4 * g) : 2 * loca.getUint16(2 * g);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) advances[g] = hmtx.getUint16(4 * Math.min(g, numberOfHMetrics - 1));
  const glyf = tables.get("glyf")!;
  return { tables, glyphStarts, advances, glyph: (gid: number) => glyf.subarray(glyphStarts[gid], glyphStarts[gid + 1]) };
}

/** Every drawn glyph of every embedded font, compared with the source font through ToUnicode. */
export async function checkEmbeddedGlyphs(pdf: Uint8Array) {
  const fonts = await extractEmbeddedFonts(pdf);
  const problems: string[] = [];
  let glyphs = 0;
  for (const f of fonts) {
    const style = f.baseFont.endsWith("-Bold") ? "Bold" : "Regular";
    const src = source(style);
    const embedded = parseEmbedded(f.fontFile, f.baseFont, problems);
    checkSfntChecksums(f.fontFile, f.baseFont, problems);
    if (f.length1 !== f.fontFile.length) problems.push(`${f.baseFont}: /Length1 ${f.length1} ≠ ${f.fontFile.length}`);
    for (const [cid, text] of f.toUnicode) {
      const cp = text.codePointAt(0)!;
      // Bold lacks some characters; those are drawn from the regular face, so compare with that.
      const srcGid = glyphId(src, cp);
      if (!srcGid) {
        problems.push(`${f.baseFont}: CID ${cid} maps to U+${cp.toString(16)} which the ${style} face lacks`);
        continue;
      }
      const a = glyphData(src, srcGid);
      const b = embedded.glyph(cid);
      glyphs++;
      const padded = (a.length + 3) & ~3;
      const samePrefix = Buffer.compare(Buffer.from(a), Buffer.from(b.subarray(0, a.length))) === 0;
      const zeroPad = b.subarray(a.length).every((x) => x === 0);
      if (b.length !== padded || !samePrefix || !zeroPad)
        problems.push(`${f.baseFont}: glyph of ${text} (CID ${cid}) differs from the source (${a.length} vs ${b.length} bytes)`);
      if (embedded.glyphStarts[cid] % 4 !== 0) problems.push(`${f.baseFont}: CID ${cid} not 4-byte aligned`);
      const width = (src.advances[srcGid] * 1000) / src.unitsPerEm;
      if (f.widths.get(cid) !== width) problems.push(`${f.baseFont}: /W of ${text} is ${f.widths.get(cid)}, hmtx says ${width}`);
      if (embedded.advances[cid] !== src.advances[srcGid]) problems.push(`${f.baseFont}: hmtx of ${text} differs`);
    }
    // The long loca format is what makes odd-length glyphs safe.
    const head = embedded.tables.get("head")!;
    if (((head[50] << 8) | head[51]) !== 1) problems.push(`${f.baseFont}: loca is not long`);
  }
  return { fonts, problems, glyphs };
}

/** OpenType: each table's checksum, and head.checkSumAdjustment making the whole file sum to 0xB1B0AFBA. */
export function checkSfntChecksums(bytes: Uint8Array, name: string, problems: string[]) {
  const sum = (b: Uint8Array) => {
    const padded = new Uint8Array((b.length + 3) & ~3);
    padded.set(b);
    const v = new DataView(padded.buffer);
    let s = 0;
    for (let i = 0; i < padded.length; i += 4) s = (s + v.getUint32(i)) >>> 0;
    return s;
  };
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < dv.getUint16(4); i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    const table = bytes.slice(dv.getUint32(rec + 8), dv.getUint32(rec + 8) + dv.getUint32(rec + 12));
    if (tag === "head") table.fill(0, 8, 12);
    if (sum(table) !== dv.getUint32(rec + 4)) problems.push(`${name}: checksum of '${tag}' is wrong`);
  }
  if (sum(bytes) !== 0xb1b0afba) problems.push(`${name}: head.checkSumAdjustment is wrong`);
}

/** Renders every page with no system fonts and lists the characters whose cell has no ink. */
export function blankCells(r: Rendered, dpi = 100): string[] {
  const blank: string[] = [];
  const pages = new Set(r.cells.map((c) => c.page));
  for (const page of pages) {
    const image = renderPageGray(r.pdf, page, dpi);
    for (const c of r.cells) {
      if (c.page !== page || c.cp === 0x20 || c.cp === 0x3000) continue;
      // Inset the cell sideways so a neighbour's ink cannot stand in for a missing glyph.
      const inset = c.width * 0.12;
      const ink = inkInBox(image, r.layout.geometry.height, {
        x0: c.x + inset,
        x1: c.x + c.width - inset,
        y0: c.y - 0.25 * c.size,
        y1: c.y + 0.95 * c.size,
      });
      if (ink === 0) blank.push(`${String.fromCodePoint(c.cp)} (page ${page})`);
    }
  }
  return blank;
}

export function expectReaderChecks(pdf: Uint8Array, faces: string[]) {
  const check = qpdfCheck(pdf);
  expect(check.ok, check.output).toBe(true);
  const rows = pdfFonts(pdf);
  expect(rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(faces.sort());
  for (const row of rows) {
    expect(row.name).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)$/);
    expect(row).toMatchObject({ type: "CID TrueType", encoding: "Identity-H", emb: true, sub: true, uni: true });
  }
}

