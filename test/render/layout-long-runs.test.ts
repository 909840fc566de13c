/**
 * Long codes at the end of a justified line (inline/long-runs.ts): a contract number, card number,
 * e-mail address or URL that does not fit in what is left of a line is broken inside — only when the
 * line would otherwise be stretched beyond MAX_STRETCH_EM at each gap (clreq "Line Adjustment"), never
 * inside an amount or a short run, never against 禁则, at natural joints where they keep the line within
 * the bound, and without inserting anything (copying the text gives the code back whole).
 * Fake metrics (measure 444 pt = 37 characters of 12 pt; first lines 35) except for the PDF test.
 */
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { layoutInline } from "../../src/render/layout/inline";
import { MAX_STRETCH_EM, MIN_PIECE } from "../../src/render/layout/inline/long-runs";
import { isWide } from "../../src/render/layout/line-break/classes";
import { NO_LINE_END, NO_LINE_START } from "../../src/render/layout/line-break/kinsoku";
import { breakOpportunities } from "../../src/render/layout/line-break/opportunities";
import { writePdf } from "../../src/render/pdf";
import type { Block, LayoutDocument, Metrics, TextItem } from "../../src/render/types";
import { fakeAdvance, fakeMetrics } from "../helpers/fake-metrics";
import { pdfToText } from "../helpers/pdf-tools";

const SIZE = 12;
const BOUND = MAX_STRETCH_EM * SIZE;
const EPS = 1e-6;
const para = (text: string): Block => ({ kind: "paragraph", style: "body", spans: [{ text }] });
const text = (line: TextItem[]) => line.map((item) => item.text).join("");
const isCode = (ch: string) => ch > " " && ch <= "~";

/** The body lines of a document (page furniture, below the bottom margin, left out). */
function bodyLines(doc: LayoutDocument): TextItem[][] {
  return doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > doc.geometry.margin.bottom);
}

/**
 * The widest space (pt) between two neighbouring glyphs of a line, from the drawn positions alone: each
 * glyph of an item at x + Σ (advance + charSpacing) of the glyphs before it. On a justified line this is
 * the space justification added at a stretch point (compression only ever closes a gap).
 */
function widestGap(line: TextItem[], metrics: Metrics = fakeMetrics): number {
  let widest = 0;
  let end: number | null = null;
  for (const item of line) {
    let x = item.x;
    for (const ch of item.text) {
      if (end !== null) widest = Math.max(widest, x - end);
      const advance = metrics.advance(ch.codePointAt(0)!, item.face) * item.size;
      end = x + advance;
      x += advance + item.charSpacing;
    }
  }
  return widest;
}

const CODES = {
  contract: "JB20250315001234",
  card: "6222021234567890123",
  idNumber: "11010519900307123X",
  email: "zhang.san.2026@example.com.cn",
  url: "https://www.example.com/letters/2026/objection",
  account: "ACCT-2026-000123-XY",
};
const HAN = [..."本人现就催收事宜告知贵司据本人了解受重庆蚂蚁消费金融有限公司委托就其主张的借款项下欠款向本人催收"];
const han = (count: number, seed = 0) => Array.from({ length: count }, (_, i) => HAN[(i + seed) % HAN.length]).join("");

/** A realistic sentence with `code` after `prefix` ideographs: the code lands on every position of a line. */
const sentence = (prefix: number, code: string, tail = 30) => `${han(prefix)}（合同编号：${code}）${han(tail, 7)}。`;

describe("a long code at a justified line's end", () => {
  const cases = Object.entries(CODES).flatMap(([kind, code]) =>
    Array.from({ length: 45 }, (_, prefix) => ({ kind, code, source: sentence(prefix, code, 10 + (prefix % 3) * 20) })), // 45: every position of a first and a second line
  );
  const laid = cases.map((c) => {
    const doc = layoutDocument([para(c.source)], fakeMetrics);
    const lines = bodyLines(doc);
    return { ...c, doc, lines, texts: lines.map(text) };
  });
  /** Line ends that are not UAX #14 opportunities: the breaks made inside a run (a URL has its own after 「//」). */
  const splits = laid.flatMap(({ source, lines, texts, doc }) => {
    const opportunities = breakOpportunities([...source].map((ch) => ch.codePointAt(0)!));
    let at = 0;
    return texts.slice(0, -1).flatMap((t, i) => {
      const lineStart = at;
      at += [...t].length;
      return opportunities[at] ? [] : [{ head: t, tail: texts[i + 1], line: lines[i], index: i, lineStart, at, source, doc }];
    });
  });

  it("is broken in some of these paragraphs (the cases reach the rule)", () => {
    expect(splits.length).toBeGreaterThan(20);
  });

  it("leaves no justified line with more than MAX_STRETCH_EM at any gap", () => {
    const loose = laid.flatMap(({ lines }) =>
      lines.slice(0, -1).filter((line) => widestGap(line) > BOUND + EPS).map((line) => `${text(line)} (${(widestGap(line) / SIZE).toFixed(3)} em)`),
    );
    expect(loose).toEqual([]);
  });

  it("inserts nothing: the lines join back into the source, so no hyphen or space is added inside a code", () => {
    for (const { source, texts } of laid) expect(texts.join("")).toBe(source);
  });

  it("keeps 禁则: the ） after a code goes down with its last characters, no line ends with （", () => {
    for (const { texts } of laid) {
      for (const t of texts.slice(1)) expect(NO_LINE_START.has(t.codePointAt(0)!), t).toBe(false);
      for (const t of texts) expect(NO_LINE_END.has([...t].at(-1)!.codePointAt(0)!), t).toBe(false);
    }
  });

  it(`keeps at least ${MIN_PIECE} characters of the code on each side of a break`, () => {
    const codeAt = (chars: string[]) => {
      const k = chars.findIndex((ch) => !isCode(ch));
      return k < 0 ? chars.length : k;
    };
    for (const { head, tail } of splits) {
      expect(codeAt([...head].reverse()), head).toBeGreaterThanOrEqual(MIN_PIECE);
      expect(codeAt([...tail]), tail).toBeGreaterThanOrEqual(MIN_PIECE);
    }
  });

  it("breaks a code only when the line would otherwise pass the bound, and then fills the line", () => {
    // Recompute, from the text alone, the line the greedy breaker would have set: up to the last UAX #14
    // opportunity before the break. Stretch points: neighbours of which one is wide (clreq: space goes
    // between CJK characters, never inside a Latin word or number); these sentences have no adjacent marks.
    for (const { head, line, index, lineStart, at, source, doc } of splits) {
      const cps = [...source].map((ch) => ch.codePointAt(0)!);
      const opportunities = breakOpportunities(cps);
      let end = at;
      while (end > lineStart && !opportunities[end]) end--;
      const greedy = cps.slice(lineStart, end);
      const natural = greedy.reduce((w, cp) => w + fakeAdvance(cp) * SIZE, 0);
      let gaps = 0;
      for (let k = 1; k < greedy.length; k++) gaps += isWide(greedy[k - 1]) || isWide(greedy[k]) ? 1 : 0;
      const measure = doc.geometry.width - doc.geometry.margin.left - doc.geometry.margin.right;
      const available = measure - (index === 0 ? 2 * SIZE : 0);
      expect((available - natural) / gaps, head).toBeGreaterThan(BOUND); // it had to be broken…
      const right = Math.max(...line.map((item) => item.x + textItemWidth(item, fakeMetrics)));
      expect(right, head).toBeCloseTo(doc.geometry.width - doc.geometry.margin.right, 6); // …and the line is full
    }
  });

  it("sets a code whole at a line start only after a line within the bound", () => {
    for (const { lines, texts, code } of laid)
      texts.forEach((t, i) => {
        if (i > 0 && t.startsWith(code)) expect(widestGap(lines[i - 1]), texts[i - 1]).toBeLessThanOrEqual(BOUND + EPS);
      });
  });

  it("is whole where the line is loose but within the bound", () => {
    // 33 ideographs and 「：」 leave 1 em over 33 gaps: the code moves down whole
    const source = `${han(33)}：${CODES.contract}）${han(20, 3)}。`;
    const texts = bodyLines(layoutDocument([para(source)], fakeMetrics)).map(text);
    expect(texts[0]).toBe(`${han(33)}：`);
    expect(texts[1].startsWith(`${CODES.contract}）`)).toBe(true);
  });
});

describe("where a long run is broken", () => {
  const box = (width: number) => ({ width: width * SIZE, align: "justify" as const });
  const style = { metrics: fakeMetrics, size: SIZE, face: "body" as const };
  const lines = (source: string, width: number) => layoutInline([{ text: source }], style, box(width)).map((line) => text(line.items));

  it("an e-mail address after 「@」 or 「.」, a URL after 「/」, a phone number BEFORE 「-」 (never after: text extraction drops a line-end hyphen)", () => {
    // 15 em of ideographs, then 7.5 em of room: 「zhang.san.2026@」 (7.1 em) fits, the next joint does not
    expect(lines(`${han(12)}邮箱：zhang.san.2026@example.com.cn。${han(12)}`, 22.5)[0]).toBe(`${han(12)}邮箱：zhang.san.2026@`);
    expect(lines(`${han(12)}网址：https://www.example.com/letters/2026/x。`, 28)[0]).toMatch(/\/$/);
    // 5 em of room after 15 em: 0.36 em a gap unbroken; before 「-」 the joint wins over filling the line, and the
    // line never ends with the hyphen (pdftotext and viewers would drop it when joining the lines)
    const phone = lines(`${han(12)}电话：0755-86001234567。${han(12)}`, 20);
    expect(phone[0]).toBe(`${han(12)}电话：0755`);
    expect(phone[1].startsWith("-86001234567。")).toBe(true);
    for (const line of lines(`${han(10)}协议编号JS-2026-0088-ABCD-2027-XYZ。${han(14)}`, 20)) expect(line.endsWith("-")).toBe(false);
  });

  it("never before a Western 「.」 or after a 「(」 inside the run (禁则 holds inside codes too)", () => {
    // 6.1 em of room after 15 em: 「zhangsanfeng」 (6 em) fits but its 「.」 does not; the break moves back a letter
    const [url, urlNext] = lines(`${han(12)}网址：zhangsanfeng.example.com。${han(12)}`, 21.1);
    expect([url.slice(15), urlNext.slice(0, 14)]).toEqual(["zhangsanfen", "g.example.com。"]);
    // 「ABCDEFGH(」 would fit, but a line may not end with an opening bracket: the 「(」 goes down with what it opens
    const [code, codeNext] = lines(`${han(12)}编号：ABCDEFGH(IJKLMNOP)。${han(12)}`, 15 + 0.65 * 8 + 0.5 + 0.1);
    expect([code.slice(15), codeNext.slice(0, 11)]).toEqual(["ABCDEFGH", "(IJKLMNOP)。"]);
  });

  it("between a letter and a digit before anywhere else", () => {
    expect(lines(`${han(15)}编号：ABCDE20250315001。${han(12)}`, 22.5)[0]).toBe(`${han(15)}编号：ABCDE`);
  });

  it("as far as fits in a run of digits with no joint (the line is filled)", () => {
    const [first, second] = lines(`${han(12)}卡号：6222021234567890123。${han(12)}`, 20);
    expect(first).toBe(`${han(12)}卡号：6222021234`); // 15 em + 10 × 0.5 em: the full 20 em
    expect(second.startsWith("567890123。")).toBe(true);
  });

  it("never inside an amount, a run shorter than eight characters, or on a flush (ragged) line", () => {
    const amount = lines(`${han(14)}金额：¥1,234,567,890.00元。${han(12)}`, 24);
    expect(amount.some((line) => line.includes("¥1,234,567,890.00元"))).toBe(true);
    const plain = lines(`${han(12)}金额：123456789000元。${han(12)}`, 20);
    expect(plain.some((line) => line.includes("123456789000元"))).toBe(true);
    const short = lines(`${han(6)}AB12345。`, 8);
    expect(short).toEqual([han(6), "AB12345。"]); //                     7 code characters: whole, though the line is loose
    expect(lines(`${han(6)}AB123456。`, 8)).toEqual([`${han(6)}AB1`, "23456。"]); // 8: broken
    const ragged = layoutInline([{ text: `${han(6)}AB123456。` }], style, { width: 8 * SIZE, align: "left" }).map((line) => text(line.items));
    expect(ragged).toEqual([han(6), "AB123456。"]);
  });
});

describe("a broken code in the PDF (real fonts, pdftotext)", async () => {
  const source = "委托，就重庆蚂蚁消费金融有限公司主张的「借呗」（合同编号：JB20250315001234）项下欠款向本人催收。据催收人员所称，委托方主张的欠款金额为¥29,648.70（人民币贰万玖仟陆佰肆拾捌元柒角整），自2026年8月15日起逾期。";
  const blocks = parseBlocks(`<p class="noindent">${source}</p>`);
  const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
  const layout = layoutDocument(blocks, fonts);
  const lines = bodyLines(layout);
  const pdf = await writePdf(layout, fonts, { title: "编号", author: "test", language: "zh-CN" });
  const extracted = pdfToText(pdf).split("\n").filter((line) => line.trim() && !/^第\s*\d+\s*页/.test(line.trim()));

  it("is broken in the layout, and the line before it is within the bound", () => {
    const head = lines.findIndex((line) => text(line).includes("JB"));
    expect(text(lines[head])).toMatch(/JB\d+$/); // the code is broken: the line before it was over the bound
    for (const line of lines.slice(0, -1)) expect(widestGap(line, fonts)).toBeLessThanOrEqual(BOUND + EPS);
  });

  it("copies as the whole code once the line break is removed: no hyphen, no space inside", () => {
    const head = extracted.findIndex((line) => line.includes("JB"));
    expect(extracted[head]).toMatch(/JB\d+$/); // the break falls inside the code, nothing added at it
    expect(extracted[head] + extracted[head + 1]).toContain("（合同编号：JB20250315001234）项下");
    expect(extracted.join("")).toBe(source);
  });
});
