import { describe, expect, it } from "vitest";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { NO_LINE_END, NO_LINE_START } from "../../src/render/layout/line-break/kinsoku";
import { breakOpportunities } from "../../src/render/layout/line-break/opportunities";
import type { Block, LayoutDocument, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";

const EPS = 0.01;
const para = (text: string, style: "body" | "noindent" = "body"): Block => ({ kind: "paragraph", style, spans: [{ text }] });

/** The body lines of a document (page furniture, below the bottom margin, left out). */
function bodyLines(doc: LayoutDocument): TextItem[][] {
  return doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > doc.geometry.margin.bottom);
}
const text = (line: TextItem[]) => line.map((item) => item.text).join("");
const rightEdge = (line: TextItem[]) => Math.max(...line.map((item) => item.x + textItemWidth(item, fakeMetrics)));
const margins = (doc: LayoutDocument) => ({ left: doc.geometry.margin.left, right: doc.geometry.width - doc.geometry.margin.right });

function layout(...blocks: Block[]) {
  const doc = layoutDocument(blocks, fakeMetrics);
  const lines = bodyLines(doc);
  return { doc, lines, texts: lines.map(text), ...margins(doc) };
}

/** Every item inside the margins: the one invariant a line breaker must never break. */
function expectInsideMargins(doc: LayoutDocument) {
  const { left, right } = margins(doc);
  for (const page of doc.pages)
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      expect(item.x).toBeGreaterThanOrEqual(left - EPS);
      expect(item.x + textItemWidth(item, fakeMetrics)).toBeLessThanOrEqual(right + EPS);
    }
}

// The default page: measure 444 pt = 37 characters of 12 pt; the first line of a body paragraph has 35.
const FIRST = 35;

describe("break opportunities (UAX #14 tailored for Chinese)", () => {
  const breaks = (s: string) => {
    const cps = [...s].map((ch) => ch.codePointAt(0)!);
    const out = breakOpportunities(cps);
    return [...s].map((ch, i) => (out[i] ? "|" : "") + ch).join("");
  };
  it.each([
    ["中文汉字", "中|文|汉|字"], //                         LB31: between ideographs
    ["中文，汉字。", "中|文，|汉|字。"], //                   LB13 + 禁则
    ["（中）文", "（中）|文"], //                           LB14 OP ×, LB13 × CL
    ["“中”文", "“中”|文"], //                               T1: “ opens, ” closes
    ["中——文", "中——|文"], //                               禁则 before —, LB17 B2 × B2
    ["中……文", "中……|文"], //                               LB22 × IN
    ["ABC DEF", "ABC |DEF"], //                             LB18 break after spaces
    ["2026-11-23日", "2026-11-23日"], //                    LB25 numbers stay whole; T4 and with their unit
    ["12,345.67元", "12,345.67元"], //                      T4 NU × ID
    ["共5月", "共|5月"], //                                 T4: the break moves before the number
    ["元整3期", "元|整|3期"],
    ["88号3单元501室", "88号|3单元|501室"], //              T4 and T6: a number with its two-character unit
    ["100号2号楼1203室", "100号|2号楼|1203室"], //           T6
    ["單元3號樓", "單|元|3號樓"], //                         T6 only after a number
    ["ABC123中", "ABC123中"], //                            LB23, T4
    ["HT-2024-ABC号", "HT-2024-ABC|号"], //                 T2 HY × AL
    ["￥1,000元", "￥1,000元"], //                           LB25 PR × NU, T4
    ["50％的", "50％|的"], //                                LB25 NU × PO
    ["abc（中）", "abc|（中）"], //                          LB30 does not hold the wide （
    ["f(x)", "f(x)"], //                                    LB30 keeps a narrow ( with its word
    ["约翰·史密斯", "约|翰·|史|密|斯"], //                    禁则 before the 间隔号
  ])("%s → %s", (input, expected) => {
    expect(breaks(input)).toBe(expected);
  });
});

describe("禁则: no line starts with closing punctuation", () => {
  const marks = [..."，。、；：？！）」』】》〉〕〗〙”’…—·％‰", ...",.;:?!)]}%"];
  it.each(marks)("%s that would fall at a line start pulls the character before it down", (mark) => {
    // 35 characters fill the first line exactly, so the mark would naturally open line 2
    const source = "甲".repeat(FIRST) + mark + "乙".repeat(60);
    const { doc, texts, lines, right } = layout(para(source));
    expect(texts.join("")).toBe(source);
    for (const t of texts) expect(NO_LINE_START.has(t.codePointAt(0)!)).toBe(false);
    expect(texts[0]).toBe("甲".repeat(FIRST - 1)); //   the line is shortened by one character…
    expect(texts[1].startsWith("甲" + mark)).toBe(true); // …which goes down with the mark
    expect(rightEdge(lines[0])).toBeCloseTo(right, 2); //   and the shortened line is still justified
    expectInsideMargins(doc);
  });

  it("never starts a line with any NO_LINE_START mark (the table is the spec's list)", () => {
    for (const ch of "，。、；：？！）」』】》〉〕〗〙”’…—·％‰,.;:?!)]}%") expect(NO_LINE_START.has(ch.codePointAt(0)!)).toBe(true);
    for (const ch of "（「『【《〈〔〖〘“‘([{") expect(NO_LINE_END.has(ch.codePointAt(0)!)).toBe(true);
  });

  it("keeps …… and —— together and off the line start", () => {
    for (const mark of ["……", "——"]) {
      const source = "甲".repeat(FIRST - 1) + mark + "乙".repeat(40);
      const { texts } = layout(para(source));
      expect(texts.some((t) => t.includes(mark))).toBe(true);
      for (const t of texts) expect(t.startsWith(mark[0])).toBe(false);
    }
  });

  it("moves two closing marks in a row down together with the character before them", () => {
    const source = "甲".repeat(FIRST - 1) + "乙）。" + "丙".repeat(40);
    const { texts } = layout(para(source));
    expect(texts[0]).toBe("甲".repeat(FIRST - 1));
    expect(texts[1].startsWith("乙）。")).toBe(true);
  });
});

describe("禁则: no line ends with opening punctuation", () => {
  it.each([..."（「『【《〈〔〖〘“‘", ..."([{"])("%s that would end a line goes down with what it opens", (mark) => {
    const source = "甲".repeat(FIRST - 1) + mark + "乙".repeat(60);
    const { doc, texts, lines, right } = layout(para(source));
    expect(texts.join("")).toBe(source);
    for (const t of texts) expect(NO_LINE_END.has([...t].at(-1)!.codePointAt(0)!)).toBe(false);
    expect(texts[1].startsWith(mark)).toBe(true);
    expect(rightEdge(lines[0])).toBeCloseTo(right, 2);
    expectInsideMargins(doc);
  });
});

describe("禁则 on random paragraphs", () => {
  // a small deterministic generator of letter-like text: Han, marks, numbers, Latin words, quotes
  function* random(seed: number) {
    let x = seed;
    for (;;) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      yield x / 2 ** 31;
    }
  }
  const pieces = ["本人", "申请", "还款", "，", "。", "、", "；", "：", "？", "！", "（合同）", "《办法》", "“停息”",
    "……", "——", "12,345.67", "2026-11-23", "ABC123", "Hello world", "50％", "¥1,000", "第3条", " ", "「分期」", "·"];

  it("over 300 paragraphs: no forbidden line edge, nothing past the margin, justified lines flush", () => {
    const rng = random(20261123);
    for (let n = 0; n < 300; n++) {
      let source = "本人"; // a paragraph may itself begin with anything; the breaker governs the other lines
      const length = 20 + Math.floor(rng.next().value! * 120);
      while (source.length < length) source += pieces[Math.floor(rng.next().value! * pieces.length)];
      source = source.trim().replace(/ {2,}/g, " ");
      const { doc, lines, texts, right } = layout(para(source));
      expect(texts.join("").replace(/ /g, "")).toBe(source.replace(/ /g, ""));
      texts.forEach((t, i) => {
        expect(NO_LINE_START.has(t.codePointAt(0)!), `line starts with ${t[0]}: ${t}`).toBe(false);
        expect(NO_LINE_END.has([...t].at(-1)!.codePointAt(0)!), `line ends with ${t.at(-1)}: ${t}`).toBe(false);
        if (i < lines.length - 1 && lines[i].some((item) => item.charSpacing > 0)) expect(rightEdge(lines[i])).toBeCloseTo(right, 2);
      });
      expectInsideMargins(doc);
    }
  });
});

describe("Latin words and numbers are never split", () => {
  it.each(["1,234,567.89", "2026-11-23", "ABC123", "HT-2024-ABC", "12.5%", "¥1,000.00", "Shuhan"])(
    "%s across a natural break moves down whole",
    (token) => {
      // the token starts 2 characters before the end of the first line, so it cannot fit there
      const source = "甲".repeat(FIRST - 2) + token + "乙".repeat(40);
      const { doc, texts } = layout(para(source));
      expect(texts[0]).toBe("甲".repeat(FIRST - 2));
      expect(texts[1].startsWith(token)).toBe(true);
      expectInsideMargins(doc);
    },
  );

  it("keeps a justified line's Latin word in one item without spacing", () => {
    const source = "甲".repeat(10) + "Shuhan" + "乙".repeat(40);
    const { lines } = layout(para(source));
    const word = lines[0].find((item) => item.text.includes("Shuhan"))!;
    expect(word.text).toBe("Shuhan");
    expect(word.charSpacing).toBe(0);
    expect(lines[0].some((item) => item.charSpacing > 0)).toBe(true);
  });

  it("cuts a run longer than a whole line by characters, as a last resort, inside the margins", () => {
    const account = "6".repeat(60) + "1".repeat(40); // 100 digits = 50 em > 37 em
    const source = "账号" + account + "，请核对。";
    const { doc, texts } = layout(para(source));
    expect(texts.join("")).toBe(source);
    // started on the current line (not pushed down), cut where the first line is full: 2 + 33 em of digits
    expect(texts[0]).toBe("账号" + account.slice(0, 66));
    expect(texts.length).toBe(2);
    expectInsideMargins(doc);
  });

  it("inserts no space between Han and Latin", () => {
    const source = "本人使用iPhone与PDF文件，金额100元";
    const { texts } = layout(para(source));
    expect(texts).toEqual([source]);
  });
});

describe("justification", () => {
  const source = "本人因失业导致收入大幅减少，无力按原合同约定偿还欠款，现申请个性化分期还款，恳请贵行予以批准。".repeat(3);

  it("stretches every line but the last to the right margin, exactly", () => {
    const { lines, right, left } = layout(para(source));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) expect(Math.abs(rightEdge(line) - right)).toBeLessThan(EPS);
    const last = lines.at(-1)!;
    expect(rightEdge(last)).toBeLessThan(right - 12);
    expect(last.every((item) => item.charSpacing === 0)).toBe(true);
    expect(lines[0][0].x).toBeCloseTo(left + 24, 6); // 首行缩进两字
    expect(lines[1][0].x).toBeCloseTo(left, 6);
  });

  it("does not stretch the line before a forced break", () => {
    const spans = [{ text: "地址：北京市朝阳区" }, { text: "\n" }, { text: "电话：" + "一二三".repeat(20) }];
    const doc = layoutDocument([{ kind: "paragraph", style: "noindent", spans }], fakeMetrics);
    const lines = bodyLines(doc);
    expect(lines.map(text)[0]).toBe("地址：北京市朝阳区");
    expect(lines[0].every((item) => item.charSpacing === 0)).toBe(true);
    expect(lines.map(text)[1].startsWith("电话：")).toBe(true);
  });

  it("spreads space at spaces but never inside a word", () => {
    const source = "Please stop contacting my family and my employer about this debt; write to me instead. ".repeat(4).trim();
    const { lines, right } = layout(para(source, "noindent"));
    for (const line of lines.slice(0, -1)) {
      expect(rightEdge(line)).toBeCloseTo(right, 2);
      for (const item of line) if (item.charSpacing > 0) expect(item.text.replace(/ /g, "").length).toBeLessThanOrEqual(1);
    }
  });

  it("never spreads the two halves of …… or —— apart", () => {
    for (const mark of ["……", "——"]) {
      const source = ("本人3次致电" + mark + "未获答复").repeat(12); // the 3 (half an em) makes lines stretch
      const { lines } = layout(para(source));
      expect(lines.slice(0, -1).filter((line) => line.some((item) => item.charSpacing > 0)).length).toBeGreaterThan(1);
      for (const line of lines.slice(0, -1)) {
        // the x of every glyph, from the items
        const glyphs = line.flatMap((item) => {
          let x = item.x;
          return [...item.text].map((ch) => {
            const at = { ch, x };
            x += fakeMetrics.advance(ch.codePointAt(0)!, item.face) * item.size + item.charSpacing;
            return at;
          });
        });
        glyphs.forEach((g, i) => {
          if (i > 0 && g.ch === mark[0] && glyphs[i - 1].ch === mark[0]) expect(g.x - glyphs[i - 1].x).toBeCloseTo(12, 6);
        });
      }
    }
  });

  it("keeps a variation sequence in one item, unspread", () => {
    const source = "葛\u{E0100}".repeat(50) + "。";
    const { lines } = layout(para(source));
    for (const item of lines.flat()) if (item.text.includes("\u{E0100}")) expect(item.charSpacing).toBe(0);
    expect(lines.map(text).join("")).toBe(source);
  });
});
