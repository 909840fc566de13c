/**
 * 一字不成行: no paragraph ends with a single character (and its mark) alone on its last line. The fix is
 * the typesetter's: characters are carried down from the line before, at a break the line breaker offers
 * (so 禁则 holds), and that line is justified a little looser; nothing is pushed past the measure.
 * Fake metrics (every Han and CJK mark 1 em; measure 37 em, 35 on an indented first line), then the real
 * fonts through the PDF and pdftotext -layout.
 */
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { layoutInline } from "../../src/render/layout/inline";
import { NO_LINE_END, NO_LINE_START } from "../../src/render/layout/line-break/kinsoku";
import { writePdf } from "../../src/render/pdf";
import type { Block, LayoutDocument, Metrics, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";
import { pdfToText } from "../helpers/pdf-tools";

const EPS = 0.01;
const FIRST = 35;
const para = (text: string, style: "body" | "noindent" = "body"): Block => ({ kind: "paragraph", style, spans: [{ text }] });
const text = (line: TextItem[]) => line.map((item) => item.text).join("");
/** Letters and digits: what counts as a character of the last line (punctuation does not). */
const letters = (s: string) => [...s].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;

function layout(blocks: Block[], metrics: Metrics = fakeMetrics) {
  const doc = layoutDocument(blocks, metrics);
  const lines = doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > doc.geometry.margin.bottom);
  const right = doc.geometry.width - doc.geometry.margin.right;
  const rightEdge = (line: TextItem[]) => Math.max(...line.map((item) => item.x + textItemWidth(item, metrics)));
  return { doc, lines, texts: lines.map(text), right, rightEdge };
}

function expectInsideMargins(doc: LayoutDocument, metrics: Metrics = fakeMetrics) {
  const right = doc.geometry.width - doc.geometry.margin.right;
  for (const page of doc.pages)
    for (const item of page.items) if (item.kind === "text") expect(item.x + textItemWidth(item, metrics)).toBeLessThanOrEqual(right + EPS);
}

describe("一字不成行 on the layout's lines", () => {
  it("carries a character down to a last line that would hold one character and its mark", () => {
    const { doc, texts, lines, right, rightEdge } = layout([para("甲".repeat(FIRST) + "乙。")]);
    expect(texts).toEqual(["甲".repeat(FIRST - 1), "甲乙。"]);
    expect(rightEdge(lines[0])).toBeCloseTo(right, 2); // the line it left is still justified to the margin
    expect(lines[0].some((item) => item.charSpacing > 0)).toBe(true);
    expectInsideMargins(doc);
  });

  it("counts letters, not marks: 「乙」。 alone on the last line is one character", () => {
    const { texts } = layout([para("甲".repeat(FIRST) + "「乙」。")]);
    expect(texts.at(-1)).toBe("甲「乙」。");
  });

  it("never breaks 禁则 to do it: the mark stays with the character before it", () => {
    // greedy: 「…乙，」 fills the first line, 「丙。」 is left alone; a break before ， is not offered
    const { texts } = layout([para("甲".repeat(FIRST - 2) + "乙，丙。")]);
    expect(texts).toEqual(["甲".repeat(FIRST - 2), "乙，丙。"]);
    for (const t of texts) expect(NO_LINE_START.has(t.codePointAt(0)!)).toBe(false);
  });

  it("carries a Latin word down whole, never a part of it", () => {
    // greedy: 35 em of Han + "ab" + 乙 fill the line, 。 may not open a line, so 「乙。」 would be alone
    const { texts } = layout([para("甲".repeat(35) + "ab乙。", "noindent")]);
    expect(texts).toEqual(["甲".repeat(35), "ab乙。"]);
  });

  it("leaves a one-line paragraph alone", () => {
    expect(layout([para("好。")]).texts).toEqual(["好。"]);
  });

  it("repairs the end of every hard line (<br>), not only the paragraph's", () => {
    const spans = [{ text: "甲".repeat(37) + "乙。" }, { text: "\n" }, { text: "丙".repeat(37) + "丁。" }];
    const { texts } = layout([{ kind: "paragraph", style: "noindent", spans }]);
    expect(texts).toEqual(["甲".repeat(36), "甲乙。", "丙".repeat(36), "丙丁。"]);
  });

  it("does not stretch the line before past a fifth of an em a gap: a long word stays up, the paragraph as it was", () => {
    // the only break in the last 7 em of line 1 is before a 7 em Latin word: carrying it would spread 7 em over 29 gaps
    const source = "甲".repeat(30) + "abcdefghijklmn" + "乙。";
    const { texts, lines } = layout([para(source, "noindent")]);
    expect(texts).toEqual(["甲".repeat(30) + "abcdefghijklmn", "乙。"]);
    expect(Math.max(...lines[0].map((item) => item.charSpacing))).toBe(0); // line 1 was full: nothing to spread
  });

  it("on a flush (unjustified) line, carries even where justifying would have been too loose", () => {
    // 16.9 em cell: 「…部门主」 already leaves 1.9 em, so a justified line could not give another em
    const style = { metrics: fakeMetrics, size: 10.5, face: "body" as const };
    const source = "对方致电本人所在公司前台，称本人欠款不还，要求转告本人的部门主管。";
    const set = (align: "left" | "justify") =>
      layoutInline([{ text: source }], style, { width: 16.9 * 10.5, align }).map((line) => text(line.items));
    expect(set("left")).toEqual(["对方致电本人所在公司前台，称本人", "欠款不还，要求转告本人的部门", "主管。"]);
    expect(set("justify").at(-1)).toBe("管。"); // 2.9 em over 13 gaps: past a fifth of an em each
  });

  it("applies to list items and table cells as well", () => {
    const list: Block = { kind: "list", ordered: true, items: [[{ text: "甲".repeat(33) + "乙。" }]] };
    const { texts } = layout([list]);
    expect(letters(texts.at(-1)!)).toBeGreaterThanOrEqual(2);
    const cell = (t: string) => ({ spans: [{ text: t }], align: "left" as const });
    const table: Block = { kind: "table", header: [cell("日期"), cell("经过")], rows: [[cell("2026-10-12"), cell("对方致电本人所在公司前台，称本人欠款不还，要求转告本人的部门主管。".repeat(3))]] };
    const cells = layout([table]).texts.filter((t) => t !== "日期" && t !== "经过" && t !== "2026-10-12");
    expect(cells.length).toBeGreaterThan(2);
    expect(letters(cells.at(-1)!)).toBeGreaterThanOrEqual(2);
  });

  it("over 400 paragraphs of every length: no lone last character, 禁则 kept, nothing past the margin", () => {
    const han = [..."申请人因失业收入减少无力按原约定足额偿还欠款但仍有还款意愿现向贵行提出协商分期"];
    const marks = ["，", "。", "、", "；", "：", "（附件）", "「分期」", "《办法》", "12期", "2026年8月15日"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 400; n++) {
      let source = "本人"; // a paragraph may itself begin with anything; the breaker governs the other lines
      const length = 36 + n; // every length from one line and a bit to twelve lines
      while ([...source].length < length) source += next() < 0.8 ? han[Math.floor(next() * han.length)] : marks[Math.floor(next() * marks.length)];
      source += "。";
      const { doc, texts } = layout([para(source)]);
      expect(texts.join("")).toBe(source);
      if (texts.length > 1) expect(letters(texts.at(-1)!), `${n}: last line "${texts.at(-1)}"`).toBeGreaterThanOrEqual(2);
      for (const t of texts) {
        expect(NO_LINE_START.has(t.codePointAt(0)!), t).toBe(false);
        expect(NO_LINE_END.has([...t].at(-1)!.codePointAt(0)!), t).toBe(false);
      }
      expectInsideMargins(doc);
    }
  });
});

describe("一字不成行 in the PDF (real fonts, pdftotext -layout)", async () => {
  // the fixed sentences that ended 「欠款明／细。」, 「诚信履／约。」 and 「计算依／据。」 before
  const sentences = [
    "上述金额如与贵行的记录不一致，请贵行核对，并以书面形式告知准确的欠款明细。",
    "申请人承诺：如贵司同意延期，申请人将在延期期满后按约定恢复还款，诚信履约。",
  ];
  const item = "请提供本笔债务的明细，列明本金、利息、罚息及其他费用的金额和计算依据。";
  const html = `${sentences.map((s) => `<p>${s}</p>`).join("")}<ol><li>${item}</li></ol>`;
  const blocks = parseBlocks(html);
  const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
  const doc = layoutDocument(blocks, fonts);
  const pdf = await writePdf(doc, fonts, { title: "孤字", author: "test", language: "zh-CN" });
  const pdfLines = pdfToText(pdf, { layout: true }).split("\n").map((l) => l.trim()).filter((l) => l && !/^第 ?\d+ ?页/.test(l));

  it("sets each sentence on two lines, the last holding more than one character", () => {
    expect(pdfLines.length).toBe(6);
    for (const k of [1, 3, 5]) expect(letters(pdfLines[k]), pdfLines[k]).toBeGreaterThanOrEqual(2);
    expect(pdfLines[1]).toBe("明细。");
    expect(pdfLines[3]).toBe("履约。");
    expect(pdfLines[5]).toBe("依据。");
  });

  it("keeps the text whole and inside the margin", () => {
    expect(pdfLines.join("").replace(/\s+/g, "")).toBe(sentences.join("") + "1." + item);
    expectInsideMargins(doc, fonts);
  });
});
