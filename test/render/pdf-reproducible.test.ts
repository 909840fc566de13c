/**
 * Reproducible PDFs (issue 12): the same body with the same `date` gives byte-identical PDFs — the metadata
 * dates come from the letter date, not the clock; subset tags and the document /ID are hashes of the
 * content; caches change only how fast a PDF is made. Merged PDFs (batches) too.
 */
import { beforeEach, describe, expect, it } from "vitest";
import deferralRequest from "../../src/letters/deferral-request";
import installmentRequest from "../../src/letters/installment-request";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { clearFontCache } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { mergePdfs, readOwnPdf } from "../../src/render/merge";
import { clearPieceCaches } from "../../src/render/pdf/piece-cache";
import { prepareBatch } from "../../src/batches/prepare";
import { renderBatch } from "../../src/batches/render";
import { execFileSync } from "node:child_process";
import { pdfFonts, pdfInfo, pdfToText, qpdfCheck, withPdfFile } from "../helpers/pdf-tools";

const deferral = deferralRequest as unknown as LetterType;
const installment = installmentRequest as unknown as LetterType;
type Body = Record<string, any>;
const body = (changes: Body = {}): Body => ({ ...structuredClone(deferralRequest.example), ...changes });

/** Renders as the API does, with the clock at `now` (which must not matter when the body has a date). */
const render = (b: Body, now = new Date()) => renderPdf(prepareLetter(deferral, b, { now }), nodeFontLoader);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
/** An Info date as written (`pdfinfo -rawdates`): the Info dictionary sits in the compressed object stream. */
const infoDate = (pdf: Uint8Array, key = "CreationDate") =>
  new RegExp(`^${key}:\\s*(D:\\S*)`, "m").exec(withPdfFile(pdf, (path) => execFileSync("pdfinfo", ["-rawdates", path]).toString()))?.[1];
const documentId = (pdf: Uint8Array) => /\/ID \[<([0-9A-F]+)> <([0-9A-F]+)>\]/.exec(latin1(pdf))?.slice(1);

describe("reproducible letters", () => {
  beforeEach(() => clearPieceCaches());

  it("gives byte-identical PDFs for the same body and date, whatever the clock and the caches", async () => {
    const first = await render(body(), new Date("2026-11-23T04:00:00Z"));
    const warm = await render(body(), new Date("2026-11-24T09:30:00Z")); // font pieces now cached
    clearPieceCaches();
    clearFontCache(); // the fonts parsed again, every piece deflated again
    const cold = await render(body(), new Date("2027-01-01T00:00:00Z"));
    expect(same(first, warm)).toBe(true);
    expect(same(first, cold)).toBe(true);
    expect(qpdfCheck(first).ok).toBe(true);
  });

  it("dates the metadata by the letter date at 00:00 Asia/Shanghai, not by the clock", async () => {
    const a = await render(body({ date: "2026-11-23" }), new Date("2026-11-23T04:00:00Z"));
    const b = await render(body({ date: "2026-11-25" }), new Date("2026-11-23T04:00:00Z"));
    expect(infoDate(a)).toBe("D:20261123000000+08'00'");
    expect(infoDate(a, "ModDate")).toBe("D:20261123000000+08'00'");
    expect(infoDate(b)).toBe("D:20261125000000+08'00'");
    // Without a date in the body the letter is dated today in Asia/Shanghai, and so is the PDF.
    const today = await render(body({ date: undefined }), new Date("2026-11-23T16:30:00Z"));
    expect(infoDate(today)).toBe("D:20261124000000+08'00'");
    expect(pdfInfo(a).CreationDate).toMatch(/2026/);
  });

  it("keeps subset tags stable: six uppercase letters from the glyphs, another for other glyphs", async () => {
    const a = pdfFonts(await render(body()));
    const again = pdfFonts(await render(body()));
    expect(a.map((f) => f.name)).toEqual(again.map((f) => f.name));
    for (const font of a) expect(font.name).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)$/);
    const other = pdfFonts(await render(body({ borrower: { ...body().borrower, name: "欧阳鑫" } })));
    const regular = (fonts: typeof a) => fonts.find((f) => f.name.endsWith("Regular"))!.name;
    expect(regular(other)).not.toBe(regular(a));
  });

  it("writes a document /ID that is a hash of the content: equal for equal PDFs, different otherwise", async () => {
    const a = await render(body());
    const [id1, id2] = documentId(a)!;
    expect(id1).toMatch(/^[0-9A-F]{32}$/);
    expect(id2).toBe(id1);
    expect(documentId(await render(body()))![0]).toBe(id1);
    expect(documentId(await render(body({ date: "2026-11-25" })))![0]).not.toBe(id1);
    expect(documentId(await render(body({ borrower: { ...body().borrower, phone: "13900000000" } })))![0]).not.toBe(id1);
  });
});

describe("reproducible merged PDFs", () => {
  const letters = async () => [
    { pdf: await render(body()), bookmark: "01 甲银行" },
    { pdf: await renderPdf(prepareLetter(installment, installmentRequest.example), nodeFontLoader), bookmark: "02 乙公司" },
  ];

  it("merges the same letters into the same bytes, dated by the letters when no date is given", async () => {
    const meta = { title: "书函批量信函", author: "李娜", language: "zh-CN" };
    const a = await mergePdfs(await letters(), meta);
    const b = await mergePdfs(await letters(), meta);
    expect(same(a.bytes, b.bytes)).toBe(true);
    expect(qpdfCheck(a.bytes).ok).toBe(true);
    expect(infoDate(a.bytes)).toBe("D:20261123000000+08'00'");
    expect(documentId(a.bytes)![0]).toMatch(/^[0-9A-F]{32}$/);
    const other = await mergePdfs(await letters(), { ...meta, title: "另一批" });
    expect(documentId(other.bytes)![0]).not.toBe(documentId(a.bytes)![0]);
  });

  it("gives a batch with a date the same merged PDF whatever the clock", async () => {
    const batch = { date: "2026-11-23", borrower: body().borrower, items: [{ ...body(), borrower: undefined, type: "deferral-request" }] };
    delete (batch.items[0] as Body).borrower;
    delete (batch.items[0] as Body).date;
    const at = (iso: string) => renderBatch(prepareBatch({ type: "deferral-request", ...batch }, { now: new Date(iso) }), "pdf", nodeFontLoader, { now: new Date(iso) });
    const a = await at("2026-11-23T04:00:00Z");
    const b = await at("2026-11-30T12:00:00Z");
    expect(same(a.bytes, b.bytes)).toBe(true);
    expect(pdfToText(a.bytes)).toContain("延期还款");
  });

  it("reads its own letters for the fast merge, and leaves any other PDF to pdf-lib", async () => {
    const [letter] = await letters();
    const own = readOwnPdf(letter.pdf)!;
    expect(own.pages).toHaveLength(2);
    expect(own.id).toBe(documentId(letter.pdf)![0]);
    expect(readOwnPdf(new TextEncoder().encode("%PDF-1.7\n%%EOF\n"))).toBeUndefined();
  });
});
