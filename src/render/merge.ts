/**
 * Merges finished letters into one PDF: every letter starts on a new page (its own pages are copied whole
 * with pdf-lib's `copyPages`, fonts, page numbers and all), a bookmark per letter, document metadata for
 * the batch.
 *
 * Fonts: each letter embeds its own subsets of the same faces. PDF 32000-1:2008 §9.6.4 asks that different
 * subsets in one file carry different six-letter tags (`ABCDEF+NotoSerifSC-Regular`); a viewer may treat two
 * fonts with the same name as one and draw a letter with another letter's glyphs. So after copying, a
 * subset whose name repeats another *different* font object's name gets a fresh tag (BaseFont of the Type 0
 * font and of its descendant, FontName of the descriptor). Nothing else about the fonts changes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, type PDFObject } from "pdf-lib";

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
  creationDate?: Date;
}

export interface MergedPdf {
  bytes: Uint8Array;
  /** Pages of each letter, in order. */
  pageCounts: number[];
}

const SUBSET_TAG = /^[A-Z]{6}\+/;

const lookupDict = (doc: PDFDocument, value: PDFObject | undefined): PDFDict | undefined => {
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return resolved instanceof PDFDict ? resolved : undefined;
};

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

/** One PDF of all letters, in order, each from a new page. */
export async function mergePdfs(entries: readonly MergeEntry[], meta: MergeMeta): Promise<MergedPdf> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  const outline: { title: string; page: PDFRef }[] = [];
  const pageCounts: number[] = [];
  for (const entry of entries) {
    const source = await PDFDocument.load(entry.pdf, { updateMetadata: false });
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
  merged.setCreator("书函 Shuhan");
  merged.setProducer("书函 Shuhan (pdf-lib)");
  const date = meta.creationDate ?? new Date();
  merged.setCreationDate(date);
  merged.setModificationDate(date);
  return { bytes: await merged.save(), pageCounts };
}
