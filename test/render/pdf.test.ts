/**
 * The PDF writer, checked the way a reader sees the file: qpdf --check, pdffonts, pdfinfo, pdftotext, and
 * pdftoppm with no system fonts (ink must be in every character's cell). The embedded FontFile2 is pulled
 * out and compared glyph by glyph with the source font: the test that catches a corrupt subset such as
 * @pdf-lib/fontkit's halved short loca, which leaves text extractable but glyphs blank or wrong.
 */
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFRawStream } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { writePdf } from "../../src/render/pdf";
import type { DocumentMeta, LayoutDocument } from "../../src/render/types";
import {
  inkInBox,
  pdfCatalog,
  pdfFonts,
  pdfInfo,
  pdfPageCount,
  pdfToText,
  qpdfCheck,
  renderPageGray,
  type LineSpec,
} from "../helpers/pdf-tools";
import { blankCells, checkEmbeddedGlyphs, expectReaderChecks, renderLines, type Rendered } from "./pdf-checks";

const META: DocumentMeta = {
  title: "个性化分期还款申请书",
  author: "张三",
  subject: "分期还款",
  language: "zh-CN",
  creationDate: new Date("2026-11-23T04:00:00Z"),
};

const render = (lines: (string | LineSpec)[], options: { rules?: boolean } = {}) => renderLines(lines, META, options);

const textOf = (lines: (string | LineSpec)[]) => lines.map((l) => (typeof l === "string" ? l : l.text)).join("");
const noSpace = (s: string) => s.replace(/[\s\f]/g, "");

// ---------------------------------------------------------------------------------------------

const TITLE = "个性化分期还款申请书"; // 10 glyphs: a tiny bold subset, the case fontkit corrupts

/** 120 distinct GB 2312 hanzi. */
const HANZI_120 = (() => {
  const decoder = new TextDecoder("gb2312");
  let s = "";
  for (let i = 0; s.length < 120; i++) {
    const code = 0xb0a1 + Math.floor(i / 6) * 0x100 + ((i * 13) % 94);
    s += decoder.decode(new Uint8Array([code >> 8, code & 0xff]));
    s = [...new Set(s)].join("");
  }
  return s;
})();

/** 3,000+ distinct hanzi across URO and Extension A (with 䶮 U+4DAE), and one beyond the BMP (𫖯 U+2B5AF). */
const MANY = (() => {
  const cps: number[] = [];
  for (let cp = 0x4e00; cp <= 0x9fff; cp += 7) cps.push(cp);
  for (let cp = 0x3400; cp <= 0x4dbf; cp += 10) cps.push(cp);
  cps.push(0x4dae, 0x2b5af);
  return String.fromCodePoint(...new Set(cps));
})();

const chunk = (s: string, n: number) => {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(""));
  return out;
};

describe("writePdf: a bold title of ten characters (tiny subset)", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render([{ text: TITLE, face: "bold", size: 22 }]);
  });

  it("passes qpdf and pdffonts: one subset Type0 font, embedded, with ToUnicode", () => {
    expectReaderChecks(r.pdf, ["NotoSerifSC-Bold"]);
  });

  it("extracts as exactly the drawn text", () => {
    expect(pdfToText(r.pdf).trim()).toBe(TITLE);
  });

  it("embeds every glyph byte for byte as in the source font, with exact widths and valid checksums", async () => {
    const { problems, glyphs } = await checkEmbeddedGlyphs(r.pdf);
    expect(problems).toEqual([]);
    expect(glyphs).toBe(10);
  });

  it("puts ink in every character's cell when rendered without system fonts", () => {
    expect(blankCells(r)).toEqual([]);
  });
});

describe("writePdf: 120 distinct hanzi", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(chunk(HANZI_120, 30));
  });

  it("passes the reader checks", () => {
    expect([...HANZI_120].length).toBe(120);
    expectReaderChecks(r.pdf, ["NotoSerifSC-Regular"]);
  });

  it("round-trips the text and the glyphs", async () => {
    expect(noSpace(pdfToText(r.pdf))).toBe(HANZI_120);
    const { problems, glyphs } = await checkEmbeddedGlyphs(r.pdf);
    expect(problems).toEqual([]);
    expect(glyphs).toBe(120);
    expect(blankCells(r)).toEqual([]);
  });
});

describe("writePdf: 3,000+ distinct hanzi from URO, Extension A and beyond the BMP", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(chunk(MANY, 36));
  });

  it("passes the reader checks with one font for the face, though its glyphs come from two tier files", () => {
    expect([...MANY].length).toBeGreaterThan(3000);
    expectReaderChecks(r.pdf, ["NotoSerifSC-Regular"]);
    expect(pdfPageCount(r.pdf)).toBe(r.layout.pages.length);
  });

  it("gives back every character in order through pdftotext (UTF-16 surrogates for U+2B5AF)", () => {
    const text = noSpace(pdfToText(r.pdf));
    expect(text).toBe(MANY);
    expect(text).toContain("䶮");
    expect(text).toContain("𫖯");
  });

  it("embeds every glyph exactly", async () => {
    const { problems, glyphs } = await checkEmbeddedGlyphs(r.pdf);
    expect(problems).toEqual([]);
    expect(glyphs).toBe([...MANY].length);
  });

  it("draws every glyph", () => {
    expect(blankCells(r, 90)).toEqual([]);
  });
});

describe("writePdf: mixed faces, Latin, spacing and rules", () => {
  const lines: (string | LineSpec)[] = [
    { text: `${TITLE}䶮`, face: "bold", size: 18 }, // 䶮: bold lacks it, the regular glyph stands in
    "尊敬的招商银行信用卡中心：",
    "本人张三，身份证号码110101199003074514，欠款共计人民币￥12,345.67元。",
    { text: "Hello, world! 「引号」《书名》……——", charSpacing: 1.5 },
    "　　此致",
  ];
  let r: Rendered;
  beforeAll(async () => {
    r = await render(lines, { rules: true });
  });

  it("uses one font per face and switches to the regular font inside a bold line for what bold lacks", () => {
    expectReaderChecks(r.pdf, ["NotoSerifSC-Bold", "NotoSerifSC-Regular"]);
    expect(pdfToText(r.pdf).split("\n")[0]).toBe(`${TITLE}䶮`);
  });

  it("keeps Latin spaces, CJK punctuation and the ideographic space", () => {
    const text = pdfToText(r.pdf);
    expect(text).toContain("Hello, world!");
    expect(noSpace(text)).toBe(noSpace(textOf(lines)));
  });

  it("draws with Tf, Tc for character spacing and hex Tj, rules as stroked lines, all deflated", async () => {
    const doc = await PDFDocument.load(r.pdf);
    const stream = doc.getPage(0).node.Contents() as PDFRawStream;
    const content = inflateSync(stream.getContents()).toString("latin1");
    expect(content).toMatch(/\/F\d 18 Tf/);
    expect(content).toMatch(/^1\.5 Tc$/m);
    expect(content).toMatch(/^<[0-9A-F]{4,}> Tj$/m);
    expect(content).toMatch(/^0\.5 w$/m);
    expect(content).toMatch(/ m [\d.]+ [\d.]+ l S$/m);
    const { problems } = await checkEmbeddedGlyphs(r.pdf);
    expect(problems).toEqual([]);
  });

  it("places characters where the layout measured them (character spacing included)", () => {
    expect(blankCells(r)).toEqual([]);
  });

  it("writes the Info dictionary, /Lang and DisplayDocTitle", async () => {
    const info = pdfInfo(r.pdf);
    expect(info).toMatchObject({
      Title: META.title,
      Author: META.author,
      Subject: META.subject,
      Creator: "Shuhan",
      Pages: "1",
    });
    expect(info.Producer).toMatch(/^Shuhan/);
    expect(info.CreationDate).toContain("2026");
    expect(await pdfCatalog(r.pdf)).toEqual({ lang: "zh-CN", displayDocTitle: true });
  });

  it("is deterministic: same layout, fonts and date give the same bytes and subset tags", async () => {
    const again = await writePdf(r.layout, r.fonts, META);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(r.pdf))).toBe(0);
  });

  it("keeps the dictionaries in one object stream and ends with a cross-reference stream (ISO 32000-1 §7.5.7, §7.5.8)", () => {
    const text = Buffer.from(r.pdf).toString("latin1");
    expect(text.match(/\/Type \/ObjStm /g)).toHaveLength(1);
    expect(text).not.toMatch(/\/Type \/(Catalog|Page|Font|FontDescriptor)\b/); // compressed, not in the clear
    expect(text).not.toMatch(/\nxref\n|\ntrailer\n/);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref)).toMatch(/^\d+ 0 obj\n<< \/Type \/XRef \/Size \d+ \/W \[1 3 2\] \/Root \d+ 0 R \/Info \d+ 0 R \/ID \[</);
  });
});

describe("writePdf: a two-page letter-sized document", () => {
  // About 1,600 characters with about 430 distinct ones, like a real letter.
  const distinct = [...new Set(HANZI_120 + [...MANY].slice(0, 300).join("") + "，。、：；（）“”《》0123456789")];
  const body = Array.from({ length: 1600 }, (_, i) => distinct[(i * 7) % distinct.length]).join("");

  it("stays small: a two-page letter's PDF is under 150 KB", async () => {
    // Size only: speed is measured by `npm run bench`, never by a timed test (a loaded CI machine makes a timing
    // bound either flaky or too loose to catch anything).
    const lines = [{ text: TITLE, face: "bold" as const, size: 18 }, ...chunk(body, 37)];
    const r = await render(lines);
    expect(r.pdf.length).toBeLessThan(150_000);
  });

  it("renders an empty page and a page of rules only", async () => {
    const fonts = await loadFontSet(new Map(), nodeFontLoader);
    const layout: LayoutDocument = {
      geometry: { width: 595.28, height: 841.89, margin: { top: 72, right: 72, bottom: 72, left: 72 } },
      pages: [
        { number: 1, items: [] },
        { number: 2, items: [{ kind: "rule", x1: 72, y1: 400, x2: 523, y2: 400, width: 1 }] },
      ],
    };
    const pdf = await writePdf(layout, fonts, META);
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(pdfFonts(pdf)).toEqual([]);
    expect(pdfPageCount(pdf)).toBe(2);
    const image = renderPageGray(pdf, 2, 72);
    expect(inkInBox(image, 841.89, { x0: 100, x1: 500, y0: 398, y1: 402 })).toBeGreaterThan(300);
  });
});
