import { describe, expect, it } from "vitest";
import { PDFDocument, PDFName } from "pdf-lib";
import { letterFileName, ordinal, sanitizeFileNamePart } from "../../src/batches/files";
import { attachmentDisposition } from "../../src/routes/content-disposition";
import { mergePdfs } from "../../src/render/merge";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import installmentRequest from "../../src/letters/installment-request";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfFonts, pdfPageCount, pdfToText } from "../helpers/pdf-tools";
import type { LetterType } from "../../src/letters/types";

describe("batch file names", () => {
  it("keeps Chinese, drops what file systems and archive tools choke on", () => {
    expect(sanitizeFileNamePart("招商银行/信用卡中心")).toBe("招商银行_信用卡中心");
    expect(sanitizeFileNamePart('a\\b:c*d?e"f<g>h|i')).toBe("a_b_c_d_e_f_g_h_i");
    expect(sanitizeFileNamePart("  招联  消费金融 ")).toBe("招联_消费金融");
    expect(sanitizeFileNamePart("..\\..\\etc")).toBe("etc");
    expect(sanitizeFileNamePart("evil\u202Efdp.exe")).toBe("evilfdp.exe");
    expect(sanitizeFileNamePart("line\nbreak\u0000")).toBe("line_break");
    expect(sanitizeFileNamePart("...")).toBe("未命名");
    // NFC, and a cut never splits a surrogate pair.
    expect(sanitizeFileNamePart("e\u0301")).toBe("é");
    expect([...sanitizeFileNamePart("𠀀".repeat(50), 40)]).toHaveLength(40);
  });

  it("numbers in order and makes repeats unique", () => {
    expect(ordinal(0, 10)).toBe("01");
    expect(ordinal(49, 50)).toBe("50");
    expect(ordinal(99, 100)).toBe("100");
    const taken = new Set<string>();
    expect(letterFileName(0, 2, "甲银行", "申请书", "pdf", taken)).toBe("01_甲银行_申请书.pdf");
    expect(letterFileName(0, 2, "甲银行", "申请书", "pdf", taken)).toBe("01_甲银行_申请书 (2).pdf");
  });

  it("writes Content-Disposition per RFC 6266 / RFC 8187", () => {
    expect(attachmentDisposition("信函 (1).zip")).toBe(
      `attachment; filename*=UTF-8''%E4%BF%A1%E5%87%BD%20%281%29.zip`,
    );
  });
});

describe("mergePdfs", () => {
  it("gives two copies of the same letter distinct subset tags, and bookmarks each letter", async () => {
    const type = installmentRequest as unknown as LetterType;
    const pdf = await renderPdf(prepareLetter(type, installmentRequest.example), nodeFontLoader);
    const pages = pdfPageCount(pdf);
    const merged = await mergePdfs(
      [
        { pdf, bookmark: "01 甲" },
        { pdf, bookmark: "02 乙" },
      ],
      { title: "书函批量信函", author: "张三", language: "zh-CN" },
    );
    expect(merged.pageCounts).toEqual([pages, pages]);
    expect(pdfPageCount(merged.bytes)).toBe(2 * pages);
    const fonts = pdfFonts(merged.bytes);
    const single = pdfFonts(pdf);
    expect(fonts).toHaveLength(2 * single.length);
    expect(new Set(fonts.map((f) => f.name)).size).toBe(fonts.length);
    for (const font of fonts) expect(font.name).toMatch(/^[A-Z]{6}\+NotoSerifSC-/);
    // The renamed copy still draws and extracts the same text.
    expect(pdfToText(merged.bytes, { first: pages + 1, last: pages + 1 })).toBe(pdfToText(pdf, { first: 1, last: 1 }));

    const doc = await PDFDocument.load(merged.bytes);
    expect(doc.catalog.get(PDFName.of("PageMode"))).toEqual(PDFName.of("UseOutlines"));
    expect(doc.catalog.get(PDFName.of("Outlines"))).toBeDefined();
    expect(doc.getTitle()).toBe("书函批量信函");
  });
});
