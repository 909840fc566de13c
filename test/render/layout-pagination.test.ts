import { describe, expect, it } from "vitest";
import { layoutDocument, layoutLines, pageLines, textItemWidth } from "../../src/render/layout";
import type { Block, LayoutDocument, TableCell, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";

const EPS = 0.01;
const para = (text: string, style: "body" | "closing" | "flush" | "noindent" = "body"): Block => ({ kind: "paragraph", style, spans: [{ text }] });
const cell = (text: string, align: TableCell["align"] = "left"): TableCell => ({ spans: [{ text }], align });
const text = (line: TextItem[]) => line.map((item) => item.text).join("");

/** Body lines per page (page furniture, below the bottom margin, left out). */
function bodyTexts(doc: LayoutDocument): string[][] {
  return doc.pages.map((page) => pageLines(page).filter((line) => line[0].y > doc.geometry.margin.bottom).map(text));
}

/** Nothing drawn outside the body area but the furniture; nothing past the right margin. */
function expectInsideBody(doc: LayoutDocument) {
  const { width, height, margin } = doc.geometry;
  for (const page of doc.pages) {
    const lines = pageLines(page);
    const furniture = new Set(lines.filter((line) => line[0].y < margin.bottom).flat());
    for (const item of page.items) {
      if (item.kind === "rule") {
        for (const y of [item.y1, item.y2]) {
          expect(y).toBeGreaterThanOrEqual(margin.bottom - EPS);
          expect(y).toBeLessThanOrEqual(height - margin.top + EPS);
        }
        expect(Math.max(item.x1, item.x2)).toBeLessThanOrEqual(width - margin.right + EPS);
        continue;
      }
      expect(item.x + textItemWidth(item, fakeMetrics)).toBeLessThanOrEqual(width - margin.right + EPS);
      if (furniture.has(item)) continue;
      expect(item.y - 0.12 * item.size).toBeGreaterThanOrEqual(margin.bottom - EPS); // descender inside the body
      expect(item.y + 0.88 * item.size).toBeLessThanOrEqual(height - margin.top + EPS);
    }
  }
}

// Default page: the body holds 34 lines of 20.4 pt (697.89 pt high).
const filler = (count: number, ch = "甲") => Array.from({ length: count }, () => para(ch.repeat(10), "noindent"));

describe("page numbers", () => {
  it("numbers every page 第 i 页 共 N 页, centred at the foot", () => {
    const doc = layoutDocument(filler(100), fakeMetrics);
    expect(doc.pages.length).toBe(3);
    const { width, margin } = doc.geometry;
    doc.pages.forEach((page, i) => {
      expect(page.number).toBe(i + 1);
      const last = pageLines(page).at(-1)!;
      expect(text(last)).toBe(`第 ${i + 1} 页 共 3 页`);
      const [item] = last;
      expect(item.x + textItemWidth(item, fakeMetrics) / 2).toBeCloseTo(width / 2, 6);
      expect(item.y).toBeLessThan(margin.bottom);
    });
    expect(bodyTexts(doc).map((lines) => lines.length)).toEqual([34, 34, 32]);
    expectInsideBody(doc);
  });

  it("gives an empty document one numbered page", () => {
    expect(layoutLines(layoutDocument([], fakeMetrics))).toEqual([["第 1 页 共 1 页"]]);
  });
});

describe("tables across pages", () => {
  const rows = Array.from({ length: 80 }, (_, i) => [cell(`第${i + 1}期`, "center"), cell(`2027-${String((i % 12) + 1).padStart(2, "0")}-15`), cell("1,234.56", "right")]);
  const header = [cell("期数"), cell("还款日期"), cell("金额（元）", "right")];
  const doc = layoutDocument([{ kind: "heading", text: "还款计划" }, { kind: "table", header, rows }], fakeMetrics);

  it("spans several pages with the header row repeated, bold, at the top of each", () => {
    expect(doc.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of doc.pages) {
      const items = page.items.filter((item): item is TextItem => item.kind === "text" && item.y > doc.geometry.margin.bottom);
      const headerItems = items.filter((item) => ["期数", "还款日期", "金额（元）"].includes(item.text));
      expect(headerItems.map((item) => item.text)).toEqual(["期数", "还款日期", "金额（元）"]);
      expect(headerItems.every((item) => item.face === "bold")).toBe(true);
      const rowItems = items.filter((item) => item.text.startsWith("第") || item.text.startsWith("2027"));
      for (const item of rowItems) expect(item.y).toBeLessThan(headerItems[0].y);
    }
  });

  it("draws every row once, whole on one page, on one baseline", () => {
    const seen = new Map<string, number>();
    doc.pages.forEach((page, p) => {
      const lines = pageLines(page);
      lines.forEach((line, i) => {
        const t = text(line);
        if (!/^第\d+期$/.test(t)) return;
        expect(seen.has(t)).toBe(false);
        seen.set(t, p);
        // the row's other cells follow as their own lines (each after its cell's border) on the same baseline
        expect(lines[i + 1][0].y).toBeCloseTo(line[0].y, 6);
        expect(lines[i + 2][0].y).toBeCloseTo(line[0].y, 6);
        expect(text(lines[i + 2])).toBe("1,234.56");
      });
    });
    expect(seen.size).toBe(80);
  });

  it("rules the table with thin lines inside the body, closing each page's part", () => {
    for (const page of doc.pages) {
      const rules = page.items.filter((item) => item.kind === "rule");
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.width).toBeGreaterThanOrEqual(0.5), expect(rule.width).toBeLessThanOrEqual(0.75);
      const horizontal = rules.filter((rule) => rule.y1 === rule.y2).map((rule) => rule.y1);
      const vertical = rules.filter((rule) => rule.x1 === rule.x2);
      // the part on each page is closed: its top and bottom borders span all vertical borders
      expect(Math.max(...horizontal)).toBeCloseTo(Math.max(...vertical.map((rule) => rule.y1)), 6);
      expect(Math.min(...horizontal)).toBeCloseTo(Math.min(...vertical.map((rule) => rule.y2)), 6);
    }
    expectInsideBody(doc);
  });

  it("numbers the pages of the table", () => {
    const lines = layoutLines(doc);
    lines.forEach((page, i) => expect(page.at(-1)).toBe(`第 ${i + 1} 页 共 ${lines.length} 页`));
  });

  it("splits a row taller than a page by lines, as a last resort, header repeated", () => {
    const long = "本人多次接到催收电话，对方威胁联系本人家属及单位同事。".repeat(120);
    const tall = layoutDocument([{ kind: "table", header: [cell("日期"), cell("经过")], rows: [[cell("2026-11-01"), cell(long)]] }], fakeMetrics);
    expect(tall.pages.length).toBeGreaterThan(1);
    expectInsideBody(tall);
    for (const page of tall.pages) expect(pageLines(page).some((line) => text(line) === "经过")).toBe(true);
    const all = tall.pages.flatMap((page) => pageLines(page).map(text)).filter((t) => t !== "日期" && t !== "经过" && t !== "2026-11-01" && !t.startsWith("第 "));
    expect(all.join("")).toBe(long);
  });

  it("keeps the header with the first row", () => {
    // near the foot of the page there is room for the header row (21 pt) but not for it and a row
    for (let k = 28; k <= 34; k++) {
      const d = layoutDocument([...filler(k), { kind: "table", header, rows: rows.slice(0, 3) }], fakeMetrics);
      const first = bodyTexts(d).find((page) => page.includes("期数"))!;
      expect(first, `with ${k} lines before`).toContain("第1期");
    }
  });
});

describe("keeps", () => {
  const ending: Block[] = [
    para("此致", "closing"),
    para("敬礼！", "flush"),
    { kind: "signature", lines: [[{ text: "申请人：张三" }], [{ text: "2026年11月23日" }]] },
  ];

  it("never separates the signature from 此致 and 敬礼", () => {
    for (let k = 24; k <= 36; k++) {
      const doc = layoutDocument([...filler(k), ...ending], fakeMetrics);
      const pages = bodyTexts(doc);
      const page = pages.find((lines) => lines.includes("此致"))!;
      expect(page, `with ${k} lines before`).toContain("敬礼！");
      expect(page).toContain("申请人：张三");
      expect(page).toContain("2026年11月23日");
      expectInsideBody(doc);
    }
  });

  it("keeps 此致 with 敬礼 even without a signature", () => {
    for (let k = 30; k <= 35; k++) {
      const pages = bodyTexts(layoutDocument([...filler(k), ...ending.slice(0, 2)], fakeMetrics));
      expect(pages.find((lines) => lines.includes("此致"))).toContain("敬礼！");
    }
  });

  it("never leaves a heading at the foot of a page", () => {
    for (let k = 28; k <= 36; k++) {
      const doc = layoutDocument([...filler(k), { kind: "heading", text: "二、申请事项" }, para("乙".repeat(100))], fakeMetrics);
      const pages = bodyTexts(doc);
      const page = pages.find((lines) => lines.includes("二、申请事项"))!;
      expect(page.at(-1), `with ${k} lines before`).not.toBe("二、申请事项");
      expect(page.some((line) => line.includes("乙"))).toBe(true);
    }
  });

  it("keeps at least two lines of a paragraph at the foot and at the head of a page", () => {
    for (let k = 26; k <= 36; k++) {
      const doc = layoutDocument([...filler(k), para("乙".repeat(37 * 5))], fakeMetrics);
      for (const page of bodyTexts(doc)) {
        const count = page.filter((line) => line.includes("乙")).length;
        expect(count === 0 || count >= 2, `with ${k} lines before: ${count} line(s) on a page`).toBe(true);
      }
    }
  });

  it("keeps the title with the first paragraph", () => {
    const doc = layoutDocument([...filler(33), { kind: "title", text: "告知函" }, para("乙".repeat(80))], fakeMetrics);
    const page = bodyTexts(doc).find((lines) => lines.includes("告知函"))!;
    expect(page.some((line) => line.includes("乙"))).toBe(true);
  });
});

describe("footer", () => {
  it("puts the footer line above the page number on every page", () => {
    const doc = layoutDocument([...filler(80), { kind: "footer", text: "本函不构成法律意见。" }], fakeMetrics);
    for (const lines of layoutLines(doc)) expect(lines.slice(-2)).toEqual(["本函不构成法律意见。", expect.stringMatching(/^第 \d 页 共 3 页$/)]);
    for (const page of doc.pages) {
      const [footer, number] = pageLines(page).slice(-2).map((line) => line[0]);
      expect(footer.size).toBe(9);
      expect(footer.y).toBeGreaterThan(number.y);
      expect(footer.y + footer.size).toBeLessThan(doc.geometry.margin.bottom);
    }
  });
});

describe("an annex after the letter", () => {
  it("starts on a page of its own: <h2 class=\"annex\"> breaks the page unless it already opens one", async () => {
    const { parseBlocks } = await import("../../src/render/blocks");
    const html = `<h1>申请书</h1><p>${"正文".repeat(40)}</p><h2 class="annex">附：收支情况说明</h2><p>收入合计。</p>`;
    const pages = layoutDocument(parseBlocks(html), fakeMetrics).pages;
    const lines = layoutLines(layoutDocument(parseBlocks(html), fakeMetrics)).map((page) => page.join(""));
    expect(pages).toHaveLength(2);
    expect(lines[0]).not.toContain("收支情况说明");
    expect(lines[1].startsWith("附：收支情况说明")).toBe(true);
    // Without the class, the heading follows on the same page.
    expect(layoutDocument(parseBlocks(html.replace(' class="annex"', "")), fakeMetrics).pages).toHaveLength(1);
  });
});
