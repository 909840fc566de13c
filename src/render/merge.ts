/**
 * Merges finished letters into one PDF: every letter starts on a new page (its own pages are copied whole,
 * fonts, page numbers and all), a bookmark per letter, document metadata for the batch.
 *
 * Two paths, same result. Letters written by Shuhan's own writer (src/render/pdf/writer.ts: streams, one
 * object stream for the dictionaries, a cross-reference stream with an /ID) are merged by copying their
 * streams' bytes and their dictionaries with the object numbers shifted — nothing of the content is parsed
 * or recompressed (only each letter's small object stream is inflated): 50 letters
 * (4.8 MB) cost about a copy. Anything else goes through pdf-lib's `copyPages`.
 *
 * Fonts: each letter embeds its own subsets of the same faces. PDF 32000-1:2008 §9.6.4 asks that different
 * subsets in one file carry different six-letter tags (`ABCDEF+NotoSerifSC-Regular`); a viewer may treat two
 * fonts with the same name as one and draw a letter with another letter's glyphs. So after copying, a
 * subset whose name repeats another *different* font object's name gets a fresh tag (BaseFont of the Type 0
 * font and of its descendant, FontName of the descriptor). Nothing else about the fonts changes.
 *
 * Reproducible: the fresh tags follow from the input, the dates are the caller's or else the letters' own
 * (the latest CreationDate among them), and the file identifier is a hash of the letters' identifiers and
 * the batch's metadata — so the same letters give the same merged bytes.
 */
import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, type PDFObject } from "pdf-lib";
import { PdfWriter, pdfDate, pdfText } from "./pdf/writer";

export interface MergeEntry {
  pdf: Uint8Array;
  /** The bookmark (outline entry) that opens this letter's first page. */
  bookmark: string;
}

export interface MergeMeta {
  title: string;
  author: string;
  subject?: string;
  /** BCP 47, e.g. "zh-CN". */
  language: string;
  /** The batch's dates; default the latest CreationDate of the letters (never the clock, when they have one). */
  creationDate?: Date;
}

export interface MergedPdf {
  bytes: Uint8Array;
  /** Pages of each letter, in order. */
  pageCounts: number[];
}

const SUBSET_TAG = /^[A-Z]{6}\+/;
const CREATOR = "书函 Shuhan";
const PRODUCER = "书函 Shuhan";

/** A six-capital tag derived from a counter, skipping tags already in use. */
function freshTag(used: Set<string>, counter: { n: number }): string {
  for (;;) {
    let n = counter.n++ * 7919 + 104729; // spread consecutive counters over the tag space
    let tag = "";
    for (let i = 0; i < 6; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(65 + (n % 26));
    if (!used.has(tag)) {
      used.add(tag);
      return tag;
    }
  }
}

/** One PDF of all letters, in order, each from a new page. */
export async function mergePdfs(entries: readonly MergeEntry[], meta: MergeMeta): Promise<MergedPdf> {
  const own = entries.map((entry) => readOwnPdf(entry.pdf));
  if (own.every((doc): doc is OwnPdf => doc !== undefined)) return mergeOwn(own, entries, meta);
  return mergeWithPdfLib(entries, meta);
}

// ---------------------------------------------------------------------------------------------
// Shuhan's own PDFs: objects by byte range.

interface OwnObject {
  /** The object's body: dictionary or array source text (ASCII). */
  body: string;
  /** Stream data, for a stream object (its dictionary, in `body`, lacks /Length). */
  data?: Uint8Array;
}

interface OwnPdf {
  objects: Map<number, OwnObject>;
  /** Page object numbers, in order. */
  pages: number[];
  /** The page tree root, which every page names as its /Parent. */
  pagesRoot: number;
  /** Numbers of the catalog, page tree root and Info, which the merged file writes anew. */
  skip: Set<number>;
  id: string;
  creationDate?: string;
}

/** Bytes as a string of the same char codes (Latin-1). TextDecoder("latin1") is windows-1252, and slow. */
function bytesText(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
  return out;
}
const latin1 = { decode: bytesText };

/**
 * The stream object `num 0 obj << … /Length n >> stream … endstream endobj` that starts at `at` and ends
 * exactly at `end`: its dictionary without /Length, and its data. Undefined for any other shape.
 */
function streamAt(pdf: Uint8Array, at: number, end: number, num?: number): { dict: string; data: Uint8Array } | undefined {
  const head = latin1.decode(pdf.subarray(at, Math.min(end, at + 2048)));
  const prefix = /^(\d+) 0 obj\n/.exec(head);
  if (!prefix || (num !== undefined && Number(prefix[1]) !== num)) return undefined;
  const streamMark = head.indexOf(">>\nstream\n");
  if (streamMark < 0) return undefined;
  const dict = head.slice(prefix[0].length, streamMark);
  const length = / \/Length (\d+) $/.exec(dict);
  if (!length) return undefined;
  const dataAt = at + streamMark + ">>\nstream\n".length;
  const dataEnd = dataAt + Number(length[1]);
  const closing = "\nendstream\nendobj\n";
  if (dataEnd + closing.length !== end || latin1.decode(pdf.subarray(dataEnd, end)) !== closing) return undefined;
  return { dict: `${dict.slice(0, length.index)} >>`, data: pdf.subarray(dataAt, dataEnd) };
}

/**
 * Reads a PDF as Shuhan's writer lays it out (src/render/pdf/writer.ts: streams back to back, every other
 * object in one object stream, then a cross-reference stream with /Root, /Info and /ID; generation 0, a flat
 * page tree, streams whose /Length is a direct number), or undefined for anything else.
 */
export function readOwnPdf(pdf: Uint8Array): OwnPdf | undefined {
  try {
    const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 1024)));
    const start = /startxref\n(\d+)\n%%EOF\n?$/.exec(tail);
    if (!start) return undefined;
    const xrefAt = Number(start[1]);
    const xref = streamAt(pdf, xrefAt, pdf.length - (tail.length - start.index));
    if (!xref || !/^<< \/Type \/XRef /.test(xref.dict)) return undefined;
    const size = Number(/\/Size (\d+) /.exec(xref.dict)?.[1]);
    const widths = /\/W \[1 ([34]) 2\] /.exec(xref.dict);
    const root = /\/Root (\d+) 0 R/.exec(xref.dict);
    const info = /\/Info (\d+) 0 R/.exec(xref.dict);
    const id = /\/ID \[<([0-9A-F]+)>/.exec(xref.dict);
    if (!size || !widths || !root || !id || xref.dict.includes("/Filter")) return undefined;
    // The entries (§7.5.8.3): type 1 at a byte offset, type 2 in the object stream at an index.
    const width = Number(widths[1]);
    const row = 3 + width;
    const entries = xref.data;
    if (entries.length !== size * row) return undefined;
    const offsets: number[] = [];
    const packed: number[] = [];
    let objectStream: number | undefined;
    for (let num = 1; num < size; num++) {
      let at = num * row;
      const type = entries[at++];
      let field2 = 0;
      for (let i = 0; i < width; i++) field2 = field2 * 256 + entries[at++];
      const field3 = (entries[at] << 8) | entries[at + 1];
      if (type === 1 && field3 === 0) offsets[num] = field2;
      else if (type === 2 && (objectStream ?? field2) === field2) (objectStream = field2), (packed[num] = field3);
      else return undefined;
    }
    if (objectStream === undefined || offsets[objectStream] === undefined) return undefined;
    // Streams run back to back: each to the next one, the last to the cross-reference stream.
    const bounds = offsets.filter((at) => at !== undefined).sort((a, b) => a - b);
    const extentEnd = (at: number) => bounds[bounds.indexOf(at) + 1];
    const objects = new Map<number, OwnObject>();
    for (let num = 1; num < size; num++) {
      const at = offsets[num];
      if (at === undefined || num === objectStream || at === xrefAt) continue;
      const stream = streamAt(pdf, at, extentEnd(at), num);
      if (!stream) return undefined;
      objects.set(num, { body: stream.dict, data: stream.data });
    }
    // The object stream (§7.5.7): "number offset" pairs, then the objects from /First, in that order.
    const container = streamAt(pdf, offsets[objectStream], extentEnd(offsets[objectStream]), objectStream);
    const first = container && /^<< \/Type \/ObjStm \/N (\d+) \/First (\d+) \/Filter \/FlateDecode >>$/.exec(container.dict);
    if (!container || !first) return undefined;
    const source = latin1.decode(inflateSync(container.data));
    const pairs = source.slice(0, Number(first[2]) - 1).split(" ").map(Number);
    if (pairs.length !== 2 * Number(first[1])) return undefined;
    const objectsText = source.slice(Number(first[2]));
    for (let i = 0; i < pairs.length; i += 2) {
      const num = pairs[i];
      if (packed[num] !== i / 2) return undefined;
      const end = i + 3 < pairs.length ? pairs[i + 3] : objectsText.length;
      objects.set(num, { body: objectsText.slice(pairs[i + 1], end - 1) });
    }
    if (objects.size !== size - 3) return undefined; // every object but 0, the object stream and the xref
    const catalog = objects.get(Number(root[1]));
    const pagesRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog.body);
    const pagesDict = pagesRef && objects.get(Number(pagesRef[1]));
    const kids = pagesDict && /\/Kids \[([\d R]*)\]/.exec(pagesDict.body);
    if (!kids) return undefined;
    const pages = [...kids[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    // A flat tree of plain pages (Shuhan writes no nested /Pages nodes).
    if (!pages.every((p) => /^<< \/Type \/Page /.test(objects.get(p)?.body ?? ""))) return undefined;
    const skip = new Set([Number(root[1]), Number(pagesRef[1])]);
    let creationDate: string | undefined;
    if (info) {
      skip.add(Number(info[1]));
      creationDate = /\/CreationDate \((D:[^)]*)\)/.exec(objects.get(Number(info[1]))?.body ?? "")?.[1];
    }
    return { objects, pages, pagesRoot: Number(pagesRef[1]), skip, id: id[1], creationDate };
  } catch {
    return undefined;
  }
}

/**
 * Rewrites every indirect reference `N 0 R` through `map`, leaving strings alone: a literal string (with
 * its backslash escapes: Shuhan's writer escapes every parenthesis) or a hex string is matched whole first.
 */
const TOKENS = /\((?:[^()\\]|\\[\s\S])*\)|<[0-9A-Fa-f\s]*>|(?<![\w.])(\d+) 0 R(?![\w])/g;
function renumber(body: string, map: (num: number) => number): string {
  if (!body.includes(" 0 R")) return body;
  return body.replace(TOKENS, (token, num: string | undefined) => (num === undefined ? token : `${map(Number(num))} 0 R`));
}

/** "D:20261123000000+08'00'" → Date (UTC instant), or undefined. */
function parsePdfDate(value: string | undefined): Date | undefined {
  const m = value && /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})'(\d{2})'?)?/.exec(value);
  if (!m) return undefined;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  const offset = m[8] ? (m[8] === "-" ? -1 : 1) * (+m[9] * 60 + +m[10]) : 0;
  return new Date(utc - offset * 60_000);
}

function mergeOwn(docs: OwnPdf[], entries: readonly MergeEntry[], meta: MergeMeta): MergedPdf {
  const writer = new PdfWriter();
  const catalog = writer.allocate();
  const pagesRef = writer.allocate();
  const info = writer.allocate();
  const outlines = writer.allocate();

  // Subset names: the first font to bear a name keeps it; a later, different font gets a fresh tag.
  const usedTags = new Set<string>();
  for (const doc of docs)
    for (const { body } of doc.objects.values())
      for (const m of body.matchAll(/\/BaseFont \/([A-Z]{6})\+/g)) usedTags.add(m[1]);
  const owners = new Set<string>();
  const counter = { n: 1 };

  const kids: number[] = [];
  const pageCounts: number[] = [];
  const firstPages: number[] = [];
  let latest: Date | undefined;
  docs.forEach((doc, d) => {
    const date = parsePdfDate(doc.creationDate);
    if (date && (!latest || date > latest)) latest = date;
    const numbers = new Map<number, number>();
    for (const num of doc.objects.keys()) if (!doc.skip.has(num)) numbers.set(num, writer.allocate());
    const map = (num: number) => {
      if (num === doc.pagesRoot) return pagesRef;
      const mapped = numbers.get(num);
      if (mapped === undefined) throw new Error(`merge: letter ${d + 1} refers to object ${num}, which it does not copy`);
      return mapped;
    };
    // Fonts of this letter whose names an earlier letter's (different) fonts already bear.
    const renames: [string, string][] = [];
    for (const { body } of doc.objects.values()) {
      const m = /^<< \/Type \/Font \/Subtype \/Type0 \/BaseFont \/([A-Z]{6}\+[!-~]+?)[ /]/.exec(body);
      if (!m) continue;
      if (owners.has(m[1])) renames.push([`/${m[1]}`, `/${freshTag(usedTags, counter)}+${m[1].slice(7)}`]);
      else owners.add(m[1]);
    }
    for (const [num, object] of doc.objects) {
      const target = numbers.get(num);
      if (target === undefined) continue;
      let body = renumber(object.body, map);
      for (const [from, to] of renames) body = body.split(`${from} `).join(`${to} `);
      if (object.data) {
        // The letter's /ID already hashes its content: its streams enter the merged /ID by name only.
        writer.stream(target, body.slice(3, -3), object.data, `${doc.id}/${num}`);
      } else writer.object(target, body);
    }
    const pages = doc.pages.map(map);
    kids.push(...pages);
    pageCounts.push(pages.length);
    firstPages.push(pages[0] ?? -1);
  });

  writer.object(pagesRef, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  // A flat outline (§12.3.3): one entry per letter with pages, each opening its first page fitted to the window.
  const withPages = entries.flatMap((entry, i) => (firstPages[i] >= 0 ? [{ title: entry.bookmark, page: firstPages[i] }] : []));
  const items = withPages.map(() => writer.allocate());
  withPages.forEach(({ title, page }, k) => {
    let item = `<< /Title ${pdfText(title)} /Parent ${outlines} 0 R /Dest [${page} 0 R /Fit]`;
    if (k > 0) item += ` /Prev ${items[k - 1]} 0 R`;
    if (k < items.length - 1) item += ` /Next ${items[k + 1]} 0 R`;
    writer.object(items[k], `${item} >>`);
  });
  writer.object(
    outlines,
    items.length
      ? `<< /Type /Outlines /First ${items[0]} 0 R /Last ${items[items.length - 1]} 0 R /Count ${items.length} >>`
      : "<< /Type /Outlines /Count 0 >>",
  );

  const when = meta.creationDate ?? latest;
  // The letters' dates are written at UTC+8 (Asia/Shanghai); keep that offset for theirs.
  const date = when ? pdfDate(when, meta.creationDate ? 0 : 480) : undefined;
  let infoDict = `<< /Title ${pdfText(meta.title)} /Author ${pdfText(meta.author)}`;
  if (meta.subject) infoDict += ` /Subject ${pdfText(meta.subject)}`;
  infoDict += ` /Creator ${pdfText(CREATOR)} /Producer ${pdfText(PRODUCER)}`;
  if (date) infoDict += ` /CreationDate ${date} /ModDate ${date}`;
  writer.object(info, `${infoDict} >>`);
  writer.object(
    catalog,
    `<< /Type /Catalog /Pages ${pagesRef} 0 R /Lang ${pdfText(meta.language)} /ViewerPreferences << /DisplayDocTitle true >>` +
      ` /Outlines ${outlines} 0 R /PageMode /UseOutlines >>`,
  );
  return { bytes: writer.finish(catalog, info), pageCounts };
}

// ---------------------------------------------------------------------------------------------
// Any other PDF: pdf-lib.

const lookupDict = (doc: PDFDocument, value: PDFObject | undefined): PDFDict | undefined => {
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return resolved instanceof PDFDict ? resolved : undefined;
};

/** Gives every distinct embedded subset font a distinct `XXXXXX+` tag (see the module comment). */
export function uniquifySubsetTags(doc: PDFDocument): number {
  const owner = new Map<string, PDFRef>(); // BaseFont → the first font object that bears it
  const usedTags = new Set<string>();
  const fonts: { ref: PDFRef; dict: PDFDict }[] = [];
  const seen = new Set<string>();
  for (const page of doc.getPages()) {
    const fontDict = lookupDict(doc, page.node.Resources()?.get(PDFName.of("Font")));
    if (!fontDict) continue;
    for (const value of fontDict.values()) {
      if (!(value instanceof PDFRef) || seen.has(value.toString())) continue;
      const dict = lookupDict(doc, value);
      if (!dict) continue;
      seen.add(value.toString());
      fonts.push({ ref: value, dict });
      const name = dict.get(PDFName.of("BaseFont"));
      if (name instanceof PDFName && SUBSET_TAG.test(name.decodeText())) usedTags.add(name.decodeText().slice(0, 6));
    }
  }
  const counter = { n: 1 };
  let renamed = 0;
  for (const { ref, dict } of fonts) {
    const baseFont = dict.get(PDFName.of("BaseFont"));
    if (!(baseFont instanceof PDFName)) continue;
    const name = baseFont.decodeText();
    const first = owner.get(name);
    if (!first) {
      owner.set(name, ref);
      continue;
    }
    if (first === ref || !SUBSET_TAG.test(name)) continue;
    const renamedTo = `${freshTag(usedTags, counter)}+${name.slice(7)}`;
    owner.set(renamedTo, ref);
    renameFont(doc, dict, name, renamedTo);
    renamed++;
  }
  return renamed;
}

/** Re-tags a font, its CID descendant and their descriptors: every name that bears `from`'s tag gets `to`'s. */
function renameFont(doc: PDFDocument, font: PDFDict, from: string, to: string): void {
  const fromTag = from.slice(0, 7); // "ABCDEF+"
  const toTag = to.slice(0, 7);
  const rename = (dict: PDFDict, key: string) => {
    const value = dict.get(PDFName.of(key));
    if (value instanceof PDFName && value.decodeText().startsWith(fromTag))
      dict.set(PDFName.of(key), PDFName.of(toTag + value.decodeText().slice(7)));
  };
  const withDescriptor = (dict: PDFDict) => {
    rename(dict, "BaseFont");
    const descriptor = lookupDict(doc, dict.get(PDFName.of("FontDescriptor")));
    if (descriptor) rename(descriptor, "FontName");
  };
  withDescriptor(font);
  const descendants = font.get(PDFName.of("DescendantFonts"));
  const array = descendants instanceof PDFRef ? doc.context.lookup(descendants) : descendants;
  if (array instanceof PDFArray)
    for (let i = 0; i < array.size(); i++) {
      const descendant = lookupDict(doc, array.get(i));
      if (descendant) withDescriptor(descendant);
    }
}

/** A flat outline: one entry per letter, each opening its first page fitted to the window. */
function addOutline(doc: PDFDocument, entries: { title: string; page: PDFRef }[]): void {
  if (!entries.length) return;
  const context = doc.context;
  const outlinesRef = context.nextRef();
  const itemRefs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: outlinesRef,
      Dest: [entry.page, "Fit"],
    });
    if (i > 0) item.set(PDFName.of("Prev"), itemRefs[i - 1]);
    if (i < entries.length - 1) item.set(PDFName.of("Next"), itemRefs[i + 1]);
    context.assign(itemRefs[i], item);
  });
  context.assign(
    outlinesRef,
    context.obj({ Type: "Outlines", First: itemRefs[0], Last: itemRefs[itemRefs.length - 1], Count: entries.length }),
  );
  doc.catalog.set(PDFName.of("Outlines"), outlinesRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

async function mergeWithPdfLib(entries: readonly MergeEntry[], meta: MergeMeta): Promise<MergedPdf> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  const outline: { title: string; page: PDFRef }[] = [];
  const pageCounts: number[] = [];
  const hash = createHash("md5");
  let latest: Date | undefined;
  for (const entry of entries) {
    hash.update(entry.pdf);
    const source = await PDFDocument.load(entry.pdf, { updateMetadata: false });
    const date = source.getCreationDate();
    if (date && (!latest || date > latest)) latest = date;
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
    pageCounts.push(pages.length);
    if (pages.length) outline.push({ title: entry.bookmark, page: pages[0].ref });
  }
  uniquifySubsetTags(merged);
  addOutline(merged, outline);
  merged.setTitle(meta.title, { showInWindowTitleBar: true });
  merged.setAuthor(meta.author);
  if (meta.subject) merged.setSubject(meta.subject);
  merged.setLanguage(meta.language);
  merged.setCreator(CREATOR);
  merged.setProducer(PRODUCER);
  const date = meta.creationDate ?? latest;
  if (date) {
    merged.setCreationDate(date);
    merged.setModificationDate(date);
  }
  hash.update(JSON.stringify([meta.title, meta.author, meta.subject ?? "", meta.language, date?.toISOString() ?? "", entries.map((e) => e.bookmark)]));
  const id = PDFHexString.of(hash.digest("hex").toUpperCase());
  merged.context.trailerInfo.ID = merged.context.obj([id, id]);
  return { bytes: await merged.save(), pageCounts };
}
