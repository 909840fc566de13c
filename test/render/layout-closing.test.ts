/**
 * The end of a letter: the closing (此致, 敬礼, the signature block) never opens a page without at least
 * two lines of the body before it, and the signature is a right-aligned block — lines aligned with each
 * other, the block's right edge at the margin, at most half the measure wide, a long address wrapping
 * inside it under the text after its label, the date right-aligned. Fake metrics for the layout's lines
 * (measure 444 pt = 37 characters of 12 pt, 34 lines a page), real fonts for the PDF (pdftotext -bbox).
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { writePdf } from "../../src/render/pdf";
import type { Block, LayoutDocument, Metrics, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";
import { emptyFontconfigEnv, pdfToText, withPdfFile } from "../helpers/pdf-tools";

const text = (line: TextItem[]) => line.map((item) => item.text).join("");
const para = (t: string, style: "body" | "closing" | "flush" | "noindent" = "body"): Block => ({ kind: "paragraph", style, spans: [{ text: t }] });
const filler = (count: number) => Array.from({ length: count }, () => para("甲".repeat(10), "noindent"));

const ADDRESS = "通讯地址：上海市浦东新区世纪大道100号2号楼1203室";
const SIGNATURE = ["告知人：李四", "签名：________________", "联系电话：13912345678", ADDRESS, "2026年11月23日"];
const signature = (lines = SIGNATURE, date?: number): Block => ({ kind: "signature", lines: lines.map((t) => [{ text: t }]), ...(date === undefined ? {} : { date }) });
const closing = (lines = SIGNATURE): Block[] => [para("此致", "closing"), para("敬礼！", "flush"), signature(lines)];

function bodyPages(doc: LayoutDocument): TextItem[][][] {
  return doc.pages.map((page) => pageLines(page).filter((line) => line[0].y > doc.geometry.margin.bottom));
}

function geometry(doc: LayoutDocument) {
  const { width, margin } = doc.geometry;
  return { L: margin.left, R: width - margin.right, measure: width - margin.left - margin.right };
}

const rightOf = (line: TextItem[], metrics: Metrics = fakeMetrics) => Math.max(...line.map((item) => item.x + textItemWidth(item, metrics)));

describe("the closing never opens a page alone", () => {
  const body = "本人同时保留通过诉讼等法律途径维护自身合法权益的权利，请贵司自收到本函之日起十五日内书面回复本人。".repeat(3);

  it("carries the body's last two lines over with 此致 when the closing would open a page", () => {
    let carried = 0;
    for (let k = 20; k <= 40; k++) {
      const doc = layoutDocument([...filler(k), para(body), para(body), ...closing()], fakeMetrics);
      const pages = bodyPages(doc).map((lines) => lines.map(text));
      const page = pages.find((lines) => lines.includes("此致"))!;
      const before = page.slice(0, page.indexOf("此致")).filter((t) => !t.startsWith("甲"));
      expect(before.length, `with ${k} lines before: ${JSON.stringify(page.slice(0, 4))}`).toBeGreaterThanOrEqual(2);
      expect(page).toContain("敬礼！");
      expect(page).toContain("2026年11月23日");
      if (pages.indexOf(page) > 0 && page.indexOf("此致") <= 3) carried++;
    }
    expect(carried).toBeGreaterThan(0); // some of these really moved body lines to the closing's page
  });

  it("brings a whole three-line paragraph when two lines would leave an orphan behind", () => {
    const three = "本人同时保留通过诉讼等法律途径维护自身合法权益的权利。".repeat(4); // 3 lines
    for (let k = 24; k <= 34; k++) {
      const doc = layoutDocument([...filler(k), para(three), ...closing()], fakeMetrics);
      const pages = bodyPages(doc).map((lines) => lines.map(text));
      const end = ["此致", "敬礼！", ...SIGNATURE];
      const ofParagraph = pages.map((texts) => texts.filter((t) => !t.startsWith("甲") && !end.includes(t) && !ADDRESS.includes(t)));
      expect(ofParagraph.flat().join("")).toBe(three);
      for (const lines of ofParagraph) expect(lines.length === 0 || lines.length >= 2, `with ${k} lines before`).toBe(true);
      const page = pages.findIndex((texts) => texts.includes("此致"));
      expect(ofParagraph[page].length, `with ${k} lines before`).toBeGreaterThanOrEqual(2);
    }
  });

  it("also keeps two body lines before a signature that has no 此致", () => {
    for (let k = 24; k <= 36; k++) {
      const doc = layoutDocument([...filler(k), para(body), signature()], fakeMetrics);
      const page = bodyPages(doc).map((lines) => lines.map(text)).find((lines) => lines.includes("告知人：李四"))!;
      expect(page.indexOf("告知人：李四"), `with ${k} lines before`).toBeGreaterThanOrEqual(2);
    }
  });

  it("in the PDF, the page that holds 此致 begins with body text (real fonts, pdftotext per page)", async () => {
    const long = `<p>${body}</p>`;
    for (const k of [15, 20, 24]) { // the counts at which, without the rule, 此致 opened page 2
      const html = Array.from({ length: k }, () => '<p class="noindent">甲甲甲甲甲甲甲甲甲甲</p>').join("") + long + long +
        '<p class="closing">此致</p><p class="flush">敬礼！</p><div class="signature">' + SIGNATURE.map((t) => `<p>${t}</p>`).join("") + "</div>";
      const blocks = parseBlocks(html);
      const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
      const pdf = await writePdf(layoutDocument(blocks, fonts), fonts, { title: "结尾", author: "test", language: "zh-CN" });
      const pages = pdfToText(pdf).split("\f").map((page) => page.split("\n").map((l) => l.trim()).filter(Boolean));
      const page = pages.find((lines) => lines.includes("此致"))!;
      const before = page.slice(0, page.indexOf("此致")).filter((t) => !t.startsWith("甲"));
      expect(before.length, `with ${k} lines before`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("the signature block", () => {
  it("sets its lines left-aligned at one x, the block's right edge at the margin, the date right-aligned", () => {
    const doc = layoutDocument([signature(["申请人：张三", "联系电话：13812345678", "2026年11月23日"])], fakeMetrics);
    const { R } = geometry(doc);
    const [name, phone, date] = bodyPages(doc)[0];
    expect(name[0].x).toBeCloseTo(phone[0].x, 6);
    expect(name[0].x).toBeCloseTo(R - 14 * 12, 6); //   as wide as its longest line, at least 14 characters
    expect(rightOf(date)).toBeCloseTo(R, 6); //         the date at the block's right edge, the margin
    expect(date[0].x).toBeGreaterThan(name[0].x);
  });

  it("grows with its longest line, keeping the lines aligned", () => {
    const lines = ["申请人：张三", "电子邮箱：zhang.san.2026@example.com", "2026年11月23日"];
    const doc = layoutDocument([signature(lines)], fakeMetrics);
    const { R } = geometry(doc);
    const [name, email, date] = bodyPages(doc)[0];
    expect(rightOf(email)).toBeCloseTo(R, 6);
    expect(name[0].x).toBeCloseTo(email[0].x, 6);
    expect(rightOf(date)).toBeCloseTo(R, 6);
  });

  it("wraps a long address inside a block of at most half the measure, under the text after 「通讯地址：」", () => {
    const doc = layoutDocument([signature()], fakeMetrics);
    const { R, measure } = geometry(doc);
    const lines = bodyPages(doc)[0];
    const texts = lines.map(text);
    const x = lines[0][0].x;
    expect(x).toBeCloseTo(R - measure / 2, 6); //      not pushed left by the address
    const a = texts.findIndex((t) => t.startsWith("通讯地址："));
    expect(texts[a] + texts[a + 1]).toBe(ADDRESS);
    expect(lines[a][0].x).toBeCloseTo(x, 6);
    expect(lines[a + 1][0].x).toBeCloseTo(x + 5 * 12, 6); // hangs under 「上海市…」
    for (const line of lines) expect(rightOf(line)).toBeLessThanOrEqual(R + 1e-6);
    expect(texts.at(-1)).toBe("2026年11月23日");
    expect(rightOf(lines.at(-1)!)).toBeCloseTo(R, 6);
    for (const line of lines.slice(0, -1)) expect(line[0].x).toBeGreaterThanOrEqual(x - 1e-6);
  });

  it("wraps an address before a number, never between the number's two-character unit (3单元, not 3单 / 元)", () => {
    // 18 em to 「单」 in a block of 18.5 em: a break between 单 and 元 would be the last that fits (T6 forbids it)
    const address = "通讯地址：北京市朝阳区建国路888号3单元501室";
    const texts = bodyPages(layoutDocument([signature(["申请人：张三", address])], fakeMetrics))[0].map(text);
    expect(texts.slice(1)).toEqual(["通讯地址：北京市朝阳区建国路888号", "3单元501室"]);
  });

  it("leaves half a line between the date and a block after it (附件 after the signature)", () => {
    const doc = layoutDocument([signature(["申请人：张三", "2026年11月23日"]), para("附件：", "noindent"), { kind: "list", ordered: true, items: [[{ text: "身份证复印件" }]] }], fakeMetrics);
    const [, date, attachments] = bodyPages(doc)[0];
    expect(date[0].y - attachments[0].y).toBeCloseTo(20.4 * 1.5, 6);
  });

  it("takes the date from <p class=\"date\">, and otherwise only a last line that is a date", () => {
    const marked = layoutDocument(parseBlocks('<div class="signature"><p>申请人：张三</p><p class="date">二〇二六年十一月二十三日</p></div>'), fakeMetrics);
    const { R } = geometry(marked);
    const [name, date] = bodyPages(marked)[0];
    expect(rightOf(date)).toBeCloseTo(R, 6);
    expect(date[0].x).toBeGreaterThan(name[0].x);
    const unmarked = layoutDocument([signature(["申请人：张三", "签名："])], fakeMetrics);
    const [a, b] = bodyPages(unmarked)[0];
    expect(b[0].x).toBeCloseTo(a[0].x, 6); // not a date: aligned with the others
  });

  it("in the PDF: one left edge for the lines, the date ending where the widest line ends (pdftotext -bbox)", async () => {
    const html = '<div class="signature">' + SIGNATURE.map((t) => `<p>${t}</p>`).join("") + "</div>";
    const blocks = parseBlocks(html);
    const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
    const doc = layoutDocument(blocks, fonts);
    const pdf = await writePdf(doc, fonts, { title: "署名", author: "test", language: "zh-CN" });
    const words = bboxWords(pdf).filter((w) => w.yMax < doc.geometry.height - doc.geometry.margin.bottom);
    const { R, measure } = geometry(doc);
    const starts = (prefix: string) => words.find((w) => w.text.startsWith(prefix))!;
    const lefts = ["告知人", "签名", "联系电话", "通讯地址"].map((p) => starts(p).xMin);
    for (const x of lefts) expect(x).toBeCloseTo(lefts[0], 0);
    expect(lefts[0]).toBeGreaterThanOrEqual(R - measure / 2 - 0.5);
    const date = starts("2026年11月23日");
    expect(date.xMax).toBeGreaterThan(R - 12);
    expect(date.xMax).toBeLessThanOrEqual(R + 0.5);
    for (const w of words) expect(w.xMax).toBeLessThanOrEqual(R + 0.5);
    const continuation = words.find((w) => w.text.includes("1203室"))!;
    expect(continuation.xMin).toBeGreaterThan(lefts[0] + 4 * 12); // the address's second line hangs under its text
  });
});

/** Words with their boxes (pt, origin top-left) from `pdftotext -bbox`. */
function bboxWords(pdf: Uint8Array): { text: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const html = withPdfFile(pdf, (path) => execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"], { env: emptyFontconfigEnv(), encoding: "utf8" }));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5],
  }));
}
