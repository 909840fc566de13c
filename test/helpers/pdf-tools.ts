/**
 * Checks on PDF bytes with the tools a reader would use: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm)
 * and qpdf, plus pdf-lib to look inside (embedded font files, ToUnicode, /W, catalog entries).
 *
 * Poppler runs with an EMPTY fontconfig (FONTCONFIG_FILE → `<fontconfig></fontconfig>`), so it cannot
 * substitute a system font: what renders is what the PDF embeds, and a broken subset shows as blank cells.
 * Also here: `typesetLines`, a tiny hand layout (no line breaking rules) for tests of the PDF writer
 * that must not depend on the layout engine.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFObject,
} from "pdf-lib";
import type { FaceId, LayoutDocument, LayoutItem, Metrics, PageGeometry, TextItem } from "../../src/render/types";

// ---------------------------------------------------------------------------------------------
// Running the tools

let workDir: string | undefined;
function scratch(): string {
  if (!workDir) {
    workDir = mkdtempSync(join(tmpdir(), "shuhan-pdf-"));
    writeFileSync(join(workDir, "fonts.conf"), '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    process.once("exit", () => rmSync(workDir!, { recursive: true, force: true }));
  }
  return workDir;
}

/** Environment for poppler: an empty fontconfig, so no system font can stand in for an embedded one. */
export function emptyFontconfigEnv(): NodeJS.ProcessEnv {
  return { ...process.env, FONTCONFIG_FILE: join(scratch(), "fonts.conf"), LC_ALL: "C.UTF-8" };
}

let counter = 0;
/** Writes the bytes to a temporary .pdf, runs `fn` on its path, and removes it. */
export function withPdfFile<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const path = join(scratch(), `doc-${process.pid}-${++counter}.pdf`);
  writeFileSync(path, bytes);
  try {
    return fn(path);
  } finally {
    rmSync(path, { force: true });
  }
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { env: emptyFontconfigEnv(), encoding: "utf8", maxBuffer: 64 << 20 });
}

/** `pdftotext -enc UTF-8` (pages separated by \f). `layout` keeps the physical layout (-layout). */
export function pdfToText(bytes: Uint8Array, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  return withPdfFile(bytes, (path) =>
    run("pdftotext", [
      "-enc",
      "UTF-8",
      ...(options.layout ? ["-layout"] : []),
      ...(options.first ? ["-f", String(options.first)] : []),
      ...(options.last ? ["-l", String(options.last)] : []),
      path,
      "-",
    ]),
  );
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
  object: string;
}

/** The rows of `pdffonts`, split by the column widths of its dashed header line. */
export function pdfFonts(bytes: Uint8Array): PdfFontRow[] {
  const lines = withPdfFile(bytes, (path) => run("pdffonts", [path])).split("\n");
  const dashes = lines[1] ?? "";
  const cols: [number, number][] = [];
  for (const m of dashes.matchAll(/-+/g)) cols.push([m.index!, m.index! + m[0].length]);
  return lines
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cell = (i: number) => line.slice(cols[i][0], i + 1 < cols.length ? cols[i + 1][0] : undefined).trim();
      return {
        name: cell(0),
        type: cell(1),
        encoding: cell(2),
        emb: cell(3) === "yes",
        sub: cell(4) === "yes",
        uni: cell(5) === "yes",
        object: cell(6),
      };
    });
}

/** `pdfinfo` as key → value ("Title", "Author", "Pages", "Page size", …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of withPdfFile(bytes, (path) => run("pdfinfo", ["-enc", "UTF-8", path])).split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

export function pdfPageCount(bytes: Uint8Array): number {
  return Number(pdfInfo(bytes).Pages);
}

/** `qpdf --check`: ok only when qpdf exits 0 (no errors, no warnings). */
export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  return withPdfFile(bytes, (path) => {
    const r = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  });
}

/** Page `page` (1-based) as a PNG, rendered by pdftoppm with no system fonts. */
export function renderPagePng(bytes: Uint8Array, page: number, dpi = 80): Uint8Array {
  return withPdfFile(bytes, (path) => {
    const prefix = `${path}.p${page}`;
    run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", path, prefix]);
    const png = readFileSync(`${prefix}.png`);
    rmSync(`${prefix}.png`, { force: true });
    return new Uint8Array(png);
  });
}

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major, 0 = black, 255 = white. */
  pixels: Uint8Array;
  dpi: number;
}

/** Page `page` as 8-bit gray pixels (pdftoppm -gray, PGM), for ink checks. */
export function renderPageGray(bytes: Uint8Array, page: number, dpi = 100): GrayImage {
  return withPdfFile(bytes, (path) => {
    const prefix = `${path}.g${page}`;
    run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", path, prefix]);
    const pgm = readFileSync(`${prefix}.pgm`);
    rmSync(`${prefix}.pgm`, { force: true });
    // Binary PGM (P5): "P5" width height maxval, each separated by whitespace, then one whitespace byte.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a binary PGM");
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = new Uint8Array(pgm.subarray(header[0].length, header[0].length + width * height));
    return { width, height, pixels, dpi };
  });
}

/** Dark pixels (< threshold) inside a box given in PDF points (origin bottom-left) on a rendered page. */
export function inkInBox(
  image: GrayImage,
  pageHeight: number,
  box: { x0: number; y0: number; x1: number; y1: number },
  threshold = 160,
): number {
  const s = image.dpi / 72;
  const left = Math.max(0, Math.floor(box.x0 * s));
  const right = Math.min(image.width, Math.ceil(box.x1 * s));
  const top = Math.max(0, Math.floor((pageHeight - box.y1) * s));
  const bottom = Math.min(image.height, Math.ceil((pageHeight - box.y0) * s));
  let dark = 0;
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++) if (image.pixels[y * image.width + x] < threshold) dark++;
  return dark;
}

// ---------------------------------------------------------------------------------------------
// Looking inside with pdf-lib

export interface EmbeddedFontInfo {
  /** Type0 BaseFont, e.g. "QWERTY+NotoSerifSC-Regular". */
  baseFont: string;
  subtype: string;
  encoding: string;
  descendant: { subtype: string; baseFont: string; cidToGidMap: string; dw?: number };
  /** CID → width (1/1000 em) from /W. */
  widths: Map<number, number>;
  /** CID → text, from the ToUnicode CMap. */
  toUnicode: Map<number, string>;
  toUnicodeSource: string;
  descriptor: Record<string, string | number | number[]>;
  /** The FontFile2 stream, inflated. */
  fontFile: Uint8Array;
  /** FontFile2's /Length1 (uncompressed length as declared). */
  length1?: number;
}

function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const raw = stream.getContents();
  if (!filter) return raw;
  if (filter instanceof PDFName && filter.asString() === "/FlateDecode") return new Uint8Array(inflateSync(raw));
  throw new Error(`unsupported filter ${filter}`);
}

function plain(doc: PDFDocument, obj: PDFObject | undefined): unknown {
  const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (o instanceof PDFName) return o.asString().slice(1);
  if (o instanceof PDFNumber) return o.asNumber();
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFArray) return o.asArray().map((x) => plain(doc, x));
  return o;
}

/** CID → text from a ToUnicode CMap's bfchar and bfrange entries (hex UTF-16BE destinations). */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      const dst = parseInt(m[3], 16);
      for (let cid = lo; cid <= hi; cid++) map.set(cid, String.fromCharCode(dst + cid - lo));
    }
  return map;
}

/** Every Type0 font of the document with its descendant, widths, ToUnicode and inflated FontFile2. */
export async function extractEmbeddedFonts(bytes: Uint8Array): Promise<EmbeddedFontInfo[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: EmbeddedFontInfo[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (plain(doc, obj.get(PDFName.of("Type"))) !== "Font" || plain(doc, obj.get(PDFName.of("Subtype"))) !== "Type0")
      continue;
    const descendant = doc.context.lookup(
      (doc.context.lookup(obj.get(PDFName.of("DescendantFonts"))) as PDFArray).get(0),
    ) as PDFDict;
    const descriptorDict = doc.context.lookup(descendant.get(PDFName.of("FontDescriptor"))) as PDFDict;
    const fontFileStream = doc.context.lookup(descriptorDict.get(PDFName.of("FontFile2"))) as PDFRawStream;
    const toUnicodeStream = doc.context.lookup(obj.get(PDFName.of("ToUnicode"))) as PDFRawStream;
    const widths = new Map<number, number>();
    const w = (plain(doc, descendant.get(PDFName.of("W"))) as unknown[]) ?? [];
    for (let i = 0; i < w.length; ) {
      const first = w[i] as number;
      if (Array.isArray(w[i + 1])) {
        (w[i + 1] as number[]).forEach((width, k) => widths.set(first + k, width));
        i += 2;
      } else {
        for (let cid = first; cid <= (w[i + 1] as number); cid++) widths.set(cid, w[i + 2] as number);
        i += 3;
      }
    }
    const descriptor: EmbeddedFontInfo["descriptor"] = {};
    for (const [key, value] of descriptorDict.entries()) {
      const v = plain(doc, value);
      if (typeof v === "string" || typeof v === "number" || Array.isArray(v))
        descriptor[key.asString().slice(1)] = v as string | number | number[];
    }
    const toUnicodeSource = new TextDecoder().decode(streamBytes(toUnicodeStream));
    out.push({
      baseFont: plain(doc, obj.get(PDFName.of("BaseFont"))) as string,
      subtype: "Type0",
      encoding: plain(doc, obj.get(PDFName.of("Encoding"))) as string,
      descendant: {
        subtype: plain(doc, descendant.get(PDFName.of("Subtype"))) as string,
        baseFont: plain(doc, descendant.get(PDFName.of("BaseFont"))) as string,
        cidToGidMap: plain(doc, descendant.get(PDFName.of("CIDToGIDMap"))) as string,
        dw: plain(doc, descendant.get(PDFName.of("DW"))) as number | undefined,
      },
      widths,
      toUnicode: parseToUnicode(toUnicodeSource),
      toUnicodeSource,
      descriptor,
      fontFile: streamBytes(fontFileStream),
      length1: plain(doc, fontFileStream.dict.get(PDFName.of("Length1"))) as number | undefined,
    });
  }
  return out;
}

/** Catalog and Info entries that pdfinfo does not show: /Lang, /ViewerPreferences /DisplayDocTitle. */
export async function pdfCatalog(bytes: Uint8Array): Promise<{ lang?: string; displayDocTitle?: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = plain(doc, doc.catalog.get(PDFName.of("Lang"))) as string | undefined;
  const prefs = doc.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict);
  const ddt = prefs?.get(PDFName.of("DisplayDocTitle"));
  return { lang, displayDocTitle: ddt === undefined ? undefined : String(ddt) === "true" };
}

// ---------------------------------------------------------------------------------------------
// A hand layout for writer tests

export const A4: PageGeometry = { width: 595.28, height: 841.89, margin: { top: 72, right: 72, bottom: 72, left: 72 } };

/** One drawn character: where a test should find its ink. */
export interface CharCell {
  page: number;
  cp: number;
  face: FaceId;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  /** Advance in pt (without charSpacing). */
  width: number;
}

export interface LineSpec {
  text: string;
  face?: FaceId;
  size?: number;
  charSpacing?: number;
}

/**
 * Places each line at the left margin, one under the other (line height 1.5 × size), starting a new page
 * when the bottom margin is reached. Lines wider than the text block are split by measured width; no
 * line breaking rules apply. Returns the document and the cell of every character.
 */
export function typesetLines(
  lines: (string | LineSpec)[],
  metrics: Metrics,
  options: { geometry?: PageGeometry; rules?: boolean } = {},
): { layout: LayoutDocument; cells: CharCell[] } {
  const geometry = options.geometry ?? A4;
  const { margin } = geometry;
  const maxWidth = geometry.width - margin.left - margin.right;
  const pages: { number: number; items: LayoutItem[] }[] = [];
  const cells: CharCell[] = [];
  let items: LayoutItem[] = [];
  let y = Infinity;
  const newPage = () => {
    items = [];
    pages.push({ number: pages.length + 1, items });
    y = geometry.height - margin.top;
  };
  for (const spec of lines) {
    const { text, face = "body", size = 12, charSpacing = 0 } = typeof spec === "string" ? { text: spec } : spec;
    let chars = [...text];
    while (chars.length) {
      // Take as many characters as fit.
      let width = 0;
      let n = 0;
      while (n < chars.length) {
        const w = metrics.advance(chars[n].codePointAt(0)!, face) * size + (n ? charSpacing : 0);
        if (n > 0 && width + w > maxWidth) break;
        width += w;
        n++;
      }
      const part = chars.slice(0, n);
      chars = chars.slice(n);
      if (y - 1.5 * size < margin.bottom || !pages.length) newPage();
      y -= 1.5 * size;
      const item: TextItem = { kind: "text", x: margin.left, y, size, face, text: part.join(""), charSpacing };
      items.push(item);
      let x = margin.left;
      for (const ch of part) {
        const cp = ch.codePointAt(0)!;
        const advance = metrics.advance(cp, face) * size;
        cells.push({ page: pages.length, cp, face, x, y, size, width: advance });
        x += advance + charSpacing;
      }
      if (options.rules) items.push({ kind: "rule", x1: margin.left, y1: y - 0.3 * size, x2: margin.left + width, y2: y - 0.3 * size, width: 0.5 });
    }
  }
  if (!pages.length) newPage();
  return { layout: { geometry, pages }, cells };
}
