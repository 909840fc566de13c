/**
 * 禁则 end to end, with the real fonts: paragraphs built so that a naive breaker would start lines with
 * closing punctuation and end them with opening brackets go through layout and PDF, and neither the layout's
 * lines nor `pdftotext -layout` show a forbidden line edge (GB/T 15834, clreq §3.1.7).
 */
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, layoutLines } from "../../src/render/layout";
import { writePdf } from "../../src/render/pdf";
import { pdfToText } from "../helpers/pdf-tools";

const NO_START = [..."，。、；：？！）」』】》…”"];
const NO_END = [..."（「『【《“"];
const HAN = [..."申请人因失业收入减少无力按原约定足额偿还欠款但仍有还款意愿现向贵行提出协商分期"];

/** Every offset from 1 to 40 between marks: with 37 characters a line, some mark lands on every line edge. */
function trickyParagraph(seed: number): string {
  let text = "";
  for (let gap = 1; gap <= 40; gap++) {
    for (let i = 0; i < gap; i++) text += HAN[(seed + gap * 7 + i) % HAN.length];
    const k = gap + seed;
    text += k % 3 === 0 ? NO_END[k % NO_END.length] + HAN[k % HAN.length] + "」" : NO_START[k % NO_START.length];
  }
  return text;
}

describe("禁则 in the rendered letter (real fonts, layout and pdftotext -layout)", async () => {
  const html = `<h1>禁则测试</h1>${[0, 1, 2, 3].map((seed) => `<p>${trickyParagraph(seed)}</p>`).join("")}`;
  const blocks = parseBlocks(html);
  const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
  const layout = layoutDocument(blocks, fonts);
  const pdf = await writePdf(layout, fonts, { title: "禁则", author: "test", language: "zh-CN" });
  const layoutLinesText = layoutLines(layout).flat().filter((line) => !/^第 \d+ 页/.test(line));
  const pdfLines = pdfToText(pdf, { layout: true })
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^第 \d+ 页/.test(line));

  it("has many lines to check", () => {
    expect(layoutLinesText.length).toBeGreaterThan(60);
  });

  it.each([
    ["the layout's lines", () => layoutLinesText],
    ["pdftotext -layout", () => pdfLines],
  ])("%s: no line starts with closing punctuation or ends with an opening bracket", (_, lines) => {
    const bad = lines().filter((line) => NO_START.includes([...line][0]) || NO_END.includes([...line].at(-1)!));
    expect(bad).toEqual([]);
  });

  it("keeps every character, in order", () => {
    const drawn = pdfToText(pdf).replace(/\s+/g, "").replace(/第\d+页共\d+页/g, "");
    const expected = "禁则测试" + [0, 1, 2, 3].map(trickyParagraph).join("");
    expect(drawn).toBe(expected);
  });

  it("puts no line past the right margin", () => {
    const right = layout.geometry.width - layout.geometry.margin.right;
    for (const page of layout.pages)
      for (const item of page.items) {
        if (item.kind !== "text") continue;
        const chars = [...item.text];
        const width = chars.reduce((w, ch) => w + fonts.advance(ch.codePointAt(0)!, item.face) * item.size, 0) + item.charSpacing * (chars.length - 1);
        expect(item.x + width).toBeLessThanOrEqual(right + 0.01);
      }
  });
});
