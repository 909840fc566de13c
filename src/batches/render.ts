/**
 * Renders a prepared batch: every letter through the same pipeline as a single letter, then either a ZIP of
 * PDFs named by creditor (src/render/zip.ts, stored without recompression: the PDFs' streams are already
 * deflated; the same bytes as fflate's zipSync, with native CRC-32s) or
 * one merged PDF in which every letter starts on a new page.
 */
import type { FontFileLoader } from "../render/fonts";
import { renderPdf } from "../pipeline";
import type { PreparedBatch } from "./prepare";
import { letterFileName, sanitizeFileNamePart } from "./files";
import { mergePdfs } from "../render/merge";
import { storedZip, type StoredEntry } from "../render/zip";

export type BatchFormat = "zip" | "pdf";

export interface RenderedBatch {
  bytes: Uint8Array;
  contentType: string;
  /** Download name with extension, e.g. `书函批量信函_张三_10封.zip`. */
  fileName: string;
  /** The members of the ZIP, or the bookmarks of the merged PDF, in order. */
  entries: string[];
  /** Pages per letter (the merged PDF only). */
  pageCounts?: number[];
}

export interface RenderBatchOptions {
  /** Timestamp of the ZIP entries. (The merged PDF is dated by its letters, so that it is reproducible.) */
  now?: Date;
}

const BATCH_TITLE = { "zh-Hans": "书函批量信函", "zh-Hant": "書函批量信函" } as const;

function batchTitle(locale: string): string {
  return locale === "zh-Hant" ? BATCH_TITLE["zh-Hant"] : BATCH_TITLE["zh-Hans"];
}

/** Each letter's own title (in its locale, as the letter prints it), e.g. 个性化分期还款申请书. */
function letterTitle(item: PreparedBatch["items"][number]): string {
  return item.prepared.letter.meta.title || item.type.title[item.prepared.letter.locale];
}

/**
 * How each PDF is stored. level 0: stored as is (the PDF's streams are deflated already). storedZip sets the
 * UTF-8 flag (APPNOTE.TXT 4.4.4, general purpose bit 11) on every non-ASCII name. The entries claim Unix
 * as their origin (APPNOTE 4.4.2, "version made by" = 3) with mode rw-r--r--: Info-ZIP's unzip 6.0, the
 * `unzip` of most Linux systems, ignores bit 11 on entries made by "MS-DOS" and garbles Chinese names as
 * code page 437; Windows Explorer and macOS honour bit 11 either way.
 */
const ZIP_ENTRY = (mtime: Date) => ({ level: 0 as const, mtime, os: 3, attrs: (0o100644 << 16) >>> 0 });

/** The ZIP's timestamps are MS-DOS local time (1980–2107); clamp anything a test clock might give. */
function zipTime(date: Date): Date {
  const year = date.getFullYear();
  return year < 1980 || year > 2099 ? new Date(1980, 0, 1) : date;
}

export async function renderBatch(
  batch: PreparedBatch,
  format: BatchFormat,
  loadFontFile: FontFileLoader,
  options: RenderBatchOptions = {},
): Promise<RenderedBatch> {
  const now = options.now ?? new Date();
  const count = batch.items.length;
  const title = batchTitle(batch.locale);
  const baseName = `${title}_${sanitizeFileNamePart(batch.borrowerName, 20, "借款人")}_${count}封`;

  // One letter at a time: the fonts are cached per isolate, and memory stays at one letter's layout.
  const pdfs: Uint8Array[] = [];
  for (const item of batch.items) pdfs.push(await renderPdf(item.prepared, loadFontFile));

  if (format === "pdf") {
    const bookmarks = batch.items.map((item, i) => `${String(i + 1).padStart(2, "0")} ${item.lenderName || "债权人"}：${letterTitle(item)}`);
    const merged = await mergePdfs(
      pdfs.map((pdf, i) => ({ pdf, bookmark: bookmarks[i] })),
      {
        title: `${title}（${batch.borrowerName}，${count}封）`,
        author: batch.borrowerName,
        subject: batch.items.map((item) => `${item.lenderName}：${letterTitle(item)}`).join("；"),
        language: batch.locale === "zh-Hant" ? "zh-Hant" : "zh-CN",
      },
    );
    return {
      bytes: merged.bytes,
      contentType: "application/pdf",
      fileName: `${baseName}.pdf`,
      entries: bookmarks,
      pageCounts: merged.pageCounts,
    };
  }

  const taken = new Set<string>();
  const files: StoredEntry[] = [];
  const names: string[] = [];
  const mtime = zipTime(now);
  batch.items.forEach((item, i) => {
    const name = letterFileName(i, count, item.lenderName, letterTitle(item), "pdf", taken);
    names.push(name);
    const pdf = pdfs[i];
    files.push({ name, data: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), ...ZIP_ENTRY(mtime) });
  });
  return {
    bytes: storedZip(files),
    contentType: "application/zip",
    fileName: `${baseName}.zip`,
    entries: names,
  };
}
