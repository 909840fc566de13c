/**
 * Punctuation compression (标点挤压, W3C clreq §3.1.6.2; GB/T 15834 glyph positions): where two full-width
 * marks meet, the blank half between them is taken out, so 」（ takes 1.5 em, not 2. Checked on the layout's
 * glyph positions (fake metrics: every mark 1 em) and, with the real fonts, on the PDF's text and ink.
 */
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { compressionTrims } from "../../src/render/layout/inline/compress";
import { writePdf } from "../../src/render/pdf";
import type { Block, LayoutDocument, Metrics, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";
import { pdfToText } from "../helpers/pdf-tools";

const para = (text: string, style: "body" | "noindent" = "noindent"): Block => ({ kind: "paragraph", style, spans: [{ text }] });
const text = (line: TextItem[]) => line.map((item) => item.text).join("");

function bodyLines(doc: LayoutDocument): TextItem[][] {
  return doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > doc.geometry.margin.bottom);
}

/** Where the PDF draws each glyph of a line: an item's x, then advance + charSpacing per code point. */
function glyphs(line: TextItem[], metrics: Metrics = fakeMetrics): { ch: string; x: number; advance: number }[] {
  return line.flatMap((item) => {
    let x = item.x;
    return [...item.text].map((ch) => {
      const advance = metrics.advance(ch.codePointAt(0)!, item.face) * item.size;
      const at = { ch, x, advance };
      x += advance + item.charSpacing;
      return at;
    });
  });
}

/** The x distance from the origin of `a` to the origin of the `b` right after it, in the first line holding "ab". */
function pairDistance(lines: TextItem[][], pair: string): number {
  for (const line of lines) {
    const g = glyphs(line);
    for (let i = 1; i < g.length; i++) if (g[i - 1].ch + g[i].ch === pair) return g[i].x - g[i - 1].x;
  }
  throw new Error(`no ${pair}`);
}

describe("punctuation compression between adjacent full-width marks (clreq §3.1.6.2)", () => {
  // one short line each, so no justification spacing disturbs the distances
  it.each([
    ["」（", "closing quote, opening bracket: 」's blank right half goes"],
    ["））", "two closing brackets: the first one's blank right half"],
    ["）：", "bracket before a colon"],
    ["）。", "bracket before a full stop"],
    ["。」", "full stop inside the quote: 。 sits left in zh-Hans fonts"],
    ["，「", "comma before an opening quote"],
    ["（（", "two opening brackets: the second one's blank left half"],
    ["：「", "colon before an opening quote"],
    ["」，", "closing quote before a comma"],
    ["》（", "title mark before a bracket"],
  ])("%s is set in 1.5 em (%s)", (pair) => {
    const { lines } = layout(para(`甲${pair}乙`));
    expect(pairDistance(lines, pair)).toBeCloseTo(6, 6); // half an em at 12 pt: the second mark moves in by 6 pt
    const g = glyphs(lines[0]);
    expect(g[3].x - g[0].x).toBeCloseTo(12 + 18, 6); //       甲 + the pair in 1.5 em
  });

  it.each([
    ["（）", "blank halves facing outwards: nothing between them to take out"],
    ["甲（", "a mark beside an ideograph"],
    ["——", "the two halves of a dash: no blank half"],
    ["……", "an ellipsis"],
  ])("%s keeps its full width (%s)", (pair) => {
    const { lines } = layout(para(`乙${pair}丙`));
    expect(pairDistance(lines, pair)).toBeCloseTo(12, 6);
  });

  it("compresses each pair of a run of three marks: 。」） in 2.5 em", () => {
    const g = glyphs(layout(para("甲。」）乙")).lines[0]);
    expect(g.map((x) => x.ch).join("")).toBe("甲。」）乙");
    expect(g[2].x - g[1].x).toBeCloseTo(6, 6);
    expect(g[3].x - g[2].x).toBeCloseTo(6, 6);
    expect(g[4].x - g[3].x).toBeCloseTo(12, 6);
  });

  it("keeps the compression on justified lines and still fills the measure exactly", () => {
    const source = "本人（见附件「一」）：".repeat(12);
    const { doc, lines, right } = layout(para(source));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) {
      const g = glyphs(line);
      const last = g.at(-1)!;
      expect(last.x + last.advance).toBeCloseTo(right, 6); // the line's last glyph ends at the margin
      for (let i = 1; i < g.length; i++) {
        const pair = g[i - 1].ch + g[i].ch;
        // 」） and ）： are compressed: half an em (plus the line's small justification space) apart
        const spacing = Math.max(...line.map((item) => item.charSpacing));
        if (pair === "」）" || pair === "）：") expect(g[i].x - g[i - 1].x).toBeCloseTo(6 + spacing, 6);
        else expect(g[i].x - g[i - 1].x).toBeGreaterThanOrEqual(g[i - 1].advance - 1e-6);
      }
    }
    expectInsideMargins(doc);
  });

  it("does not compress a pair split by a line break: the line keeps the mark's full width", () => {
    // 36 em before the pair: 」 ends line 1 (（ may not end a line), （ opens line 2
    const source = "甲".repeat(36) + "」（乙）" + "丙".repeat(10);
    const { lines, left, right } = layout(para(source));
    expect(text(lines[0])).toBe("甲".repeat(36) + "」");
    const g0 = glyphs(lines[0]);
    expect(g0.at(-1)!.x + 12).toBeCloseTo(right, 6); // 」 at full width, ending at the margin
    expect(glyphs(lines[1])[0]).toMatchObject({ ch: "（", x: expect.closeTo(left, 6) }); // （ not pulled left of the margin
  });

  it("fits more on a line: compressed pairs take less of the measure", () => {
    // 30 em of Han + three 」（ pairs (4.5 em compressed, 6 em full) + 2 em = 36.5 em: one line of 37
    const source = "甲".repeat(30) + "」（".repeat(3) + "乙乙";
    const { lines } = layout(para(source));
    expect(lines.map(text)).toEqual([source]);
  });

  it("only takes a blank half from a mark as wide as the em (a proportional mark has none)", () => {
    const cps = (s: string) => [...s].map((ch) => ch.codePointAt(0)!);
    expect([...compressionTrims(cps("」（"), [12, 12], 12)]).toEqual([0, 6]);
    expect([...compressionTrims(cps("」（"), [6, 12], 12)]).toEqual([0, 6]); //  a narrow 」: （ gives its left half
    expect([...compressionTrims(cps("」（"), [6, 6], 12)]).toEqual([0, 0]); //   neither is full width
    expect([...compressionTrims(cps("」A"), [12, 6], 12)]).toEqual([0, 0]); //   a mark beside a letter
  });
});

describe("punctuation compression in the PDF (real fonts)", async () => {
  const html = `<p class="noindent">申请人（见附件「二」）：贵行（客户服务部）收悉后，请于「十五日」内答复。</p>`;
  const blocks = parseBlocks(html);
  const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
  const doc = layoutDocument(blocks, fonts);
  const pdf = await writePdf(doc, fonts, { title: "挤压", author: "test", language: "zh-CN" });

  it("draws the marks half an em closer", () => {
    const [line] = bodyLines(doc);
    const g = glyphs(line, fonts);
    const at = (pair: string) => {
      const i = g.findIndex((x, k) => k > 0 && g[k - 1].ch + x.ch === pair);
      return g[i].x - g[i - 1].x;
    };
    for (const pair of ["」）", "）：", "）收"]) expect(at(pair), pair).toBeCloseTo(pair === "）收" ? 12 : 6, 1);
  });

  it("keeps every character, in order, without spaces, in pdftotext (plain and -layout)", () => {
    const source = "申请人（见附件「二」）：贵行（客户服务部）收悉后，请于「十五日」内答复。";
    expect(pdfToText(pdf).replace(/第 ?\d+ ?页 ?共 ?\d+ ?页/g, "").replace(/\s+/g, "")).toBe(source);
    const layoutLine = pdfToText(pdf, { layout: true }).split("\n").map((l) => l.trim()).find((l) => l.startsWith("申请人"));
    expect(layoutLine).toBe(source);
  });
});

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────────

function layout(...blocks: Block[]) {
  const doc = layoutDocument(blocks, fakeMetrics);
  return { doc, lines: bodyLines(doc), left: doc.geometry.margin.left, right: doc.geometry.width - doc.geometry.margin.right };
}

function expectInsideMargins(doc: LayoutDocument) {
  const right = doc.geometry.width - doc.geometry.margin.right;
  for (const page of doc.pages)
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      expect(item.x).toBeGreaterThanOrEqual(doc.geometry.margin.left - 0.01);
      expect(item.x + textItemWidth(item, fakeMetrics)).toBeLessThanOrEqual(right + 0.01);
    }
}
