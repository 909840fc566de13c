/**
 * Table cells as a Chinese reader expects them: set flush with natural spacing (never letter-spaced by
 * justification: no 「微　　信　　号」), and a date written 2026年10月12日 kept on one line in its column
 * whenever the columns can hold it. Layout lines with fake metrics, then the incident table with the
 * real fonts through the PDF and pdftotext -layout.
 */
import { describe, expect, it } from "vitest";
import { faceUsage } from "../../src/pipeline";
import { parseBlocks } from "../../src/render/blocks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { layoutDocument, pageLines, textItemWidth } from "../../src/render/layout";
import { dateRanges, isDateText } from "../../src/render/layout/line-break/dates";
import { writePdf } from "../../src/render/pdf";
import type { LayoutDocument, Metrics, TextItem } from "../../src/render/types";
import { fakeMetrics } from "../helpers/fake-metrics";
import { pdfToText } from "../helpers/pdf-tools";

const text = (line: TextItem[]) => line.map((item) => item.text).join("");
const DATES = ["2026年10月12日", "2026年10月18日", "2026年10月19日", "2026年11月2日"];

/** The incident table of a collection objection: 序号, 日期, 时间, 方式, 号码/来源, 经过. */
function incidentTable(dates = DATES): string {
  const rows = [
    ["1", dates[0], "10:20", "电话", "0755-86001234", "<strong>联系与债务无关的第三人</strong><br><strong>泄露债务信息或个人信息</strong><br>对方致电本人所在公司前台，称本人欠款不还，要求转告本人的部门主管。"],
    ["2", dates[1], "23:40", "电话", "17012345678", "<strong>威胁、恐吓</strong><br>深夜来电，称如不在三天内还清就「上门找你家人」。"],
    ["3", dates[2], "—", "微信", "微信号：wxid_8f3k2m9q1z7x", "<strong>频繁催收</strong><br>当天共发消息40余条，未回复后仍不断换号添加好友。"],
    ["4", dates[3], "22:50", "短信", "10692000123456", "<strong>虚构或夸大法律后果</strong><br>短信称「已立案，明日移交法院强制执行」。"],
  ];
  const head = ["序号", "日期", "时间", "方式"].map((h) => `<th class="center">${h}</th>`).join("") + "<th>号码/来源</th><th>经过</th>";
  const body = rows
    .map((r) => `<tr>${r.slice(0, 4).map((c) => `<td class="center">${c}</td>`).join("")}<td>${r[4]}</td><td>${r[5]}</td></tr>`)
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function lines(doc: LayoutDocument): TextItem[][] {
  return doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > doc.geometry.margin.bottom);
}

/** The x of every glyph of a line, as the PDF draws it. */
function glyphXs(line: TextItem[], metrics: Metrics): number[] {
  return line.flatMap((item) => {
    let x = item.x;
    return [...item.text].map((ch) => {
      const at = x;
      x += metrics.advance(ch.codePointAt(0)!, item.face) * item.size + item.charSpacing;
      return at;
    });
  });
}

describe("table cells are set flush, never letter-spaced", () => {
  const NOTE = "对方以多个微信号添加本人好友并发送催收消息，本人未予通过，对方仍继续添加，并在消息中提及本人家属。";
  const cell = (t: string, cls = "") => `<td${cls ? ` class="${cls}"` : ""}>${t}</td>`;
  const html = `<table><thead><tr><th>项目</th><th>说明</th></tr></thead><tbody>
    <tr>${cell("微信号")}${cell(NOTE)}</tr>
    <tr>${cell("手机", "center")}${cell("12,345.67", "num")}</tr></tbody></table>`;
  const doc = layoutDocument(parseBlocks(html), fakeMetrics);
  const all = lines(doc);

  it("sets every cell line with natural spacing: no charSpacing, characters an advance apart", () => {
    for (const line of all) {
      for (const item of line) expect(item.charSpacing, text(line)).toBe(0);
      const xs = glyphXs(line, fakeMetrics);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    }
    const wechat = all.find((l) => text(l) === "微信号")!;
    expect(wechat).toHaveLength(1);
    expect(textItemWidth(wechat[0], fakeMetrics)).toBeCloseTo(3 * 10.5, 6);
  });

  it("sets a wrapped cell flush left at the cell padding, its text whole", () => {
    const rules = doc.pages[0].items.filter((i) => i.kind === "rule" && i.x1 === i.x2).map((r) => (r.kind === "rule" ? r.x1 : 0));
    const xs = [...new Set(rules)].sort((a, b) => a - b);
    const note = all.filter((l) => l[0].x > xs[1] && l[0].x < xs[2] && text(l) !== "说明" && text(l) !== "12,345.67");
    expect(note.length).toBeGreaterThan(1);
    for (const line of note) expect(line[0].x).toBeCloseTo(xs[1] + 10.5 * 0.4, 6); // flush at the left padding
    expect(note.map(text).join("")).toBe(NOTE);
  });

  it("still centres and right-aligns the cells that ask for it", () => {
    const centre = all.find((l) => text(l) === "手机")!;
    const amount = all.find((l) => text(l) === "12,345.67")!;
    expect(centre[0].x).toBeGreaterThan(doc.geometry.margin.left + 10.5 * 0.4 + 1);
    expect(amount[0].x).toBeGreaterThan(centre[0].x);
  });
});

describe("dates as typographic units (line-break/dates.ts)", () => {
  const ranges = (t: string) => dateRanges([...t].map((ch) => ch.codePointAt(0)!)).map(([a, b]) => [...t].slice(a, b).join(""));
  it.each([
    ["自2026年10月12日起", ["2026年10月12日"]],
    ["2026年8月至2027年5月", ["2026年8月", "2027年5月"]],
    ["10月18日、10月19日", ["10月18日", "10月19日"]],
    ["１０月１２号", ["１０月１２号"]],
    ["共12期，每月15日还款", []], //             a day of the month alone is not a date unit
    ["123456年7月", []], //                        more digits than a year
    ["2026-10-12", []], //                         ISO dates are whole anyway (UAX #14 LB25)
  ])("%s → %j", (input, expected) => {
    expect(ranges(input)).toEqual(expected);
  });

  it("recognises a line that is only a date", () => {
    expect(isDateText("2026年11月23日")).toBe(true);
    expect(isDateText(" 2026年1月3日 ")).toBe(true);
    expect(isDateText("日期：2026年11月23日")).toBe(false);
    expect(isDateText("11月23日")).toBe(false);
  });
});

describe("dates in table cells stay whole", () => {
  it("sets every 2026年10月12日 of the six-column incident table on one line", () => {
    const doc = layoutDocument(parseBlocks(incidentTable()), fakeMetrics);
    const texts = lines(doc).map(text);
    for (const date of DATES) expect(texts, date).toContain(date);
    expect(texts.filter((t) => /^20\d\d年/.test(t) || /^\d{1,2}月\d{1,2}日$/.test(t)).sort()).toEqual([...DATES].sort());
  });

  it("keeps a date whole in a column of its own that would otherwise break after 年", () => {
    // a long second column takes all the room it can: the date column gets only its minimum
    const long = "本人多次接到催收电话，对方威胁联系本人家属及单位同事。".repeat(4);
    const doc = layoutDocument(parseBlocks(`<table><tr><td>2026年10月12日</td><td>${long}</td></tr></table>`), fakeMetrics);
    expect(lines(doc).map(text)).toContain("2026年10月12日");
  });

  it("lets dates break again only when the columns cannot hold them whole", () => {
    // six date columns: six whole dates (7 em at 10.5 pt each, padded) are wider than the measure
    const cells = Array.from({ length: 6 }, () => "<td>2026年10月12日</td>").join("");
    const doc = layoutDocument(parseBlocks(`<table><tr>${cells}</tr></table>`), fakeMetrics);
    const right = doc.geometry.width - doc.geometry.margin.right;
    for (const line of lines(doc)) for (const item of line) expect(item.x + textItemWidth(item, fakeMetrics)).toBeLessThanOrEqual(right + 0.01);
    const texts = lines(doc).map(text);
    expect(texts).not.toContain("2026年10月12日");
    expect(texts.filter((t) => t === "2026年10月")).toHaveLength(6); // broken after 月, the break the body would take
  });

  it("does not keep dates whole in running text (a paragraph may break after 年 or 月)", () => {
    const source = "甲".repeat(30) + "自2026年10月12日起逾期，本人多次接到催收电话。";
    const texts = lines(layoutDocument([{ kind: "paragraph", style: "body", spans: [{ text: source }] }], fakeMetrics)).map(text);
    expect(texts[0].endsWith("2026年") || texts[0].endsWith("10月")).toBe(true);
  });
});

describe("the incident table in the PDF (real fonts, pdftotext -layout)", async () => {
  const html = `<p>本人记录的催收经过如下：</p>${incidentTable()}`;
  const blocks = parseBlocks(html);
  const fonts = await loadFontSet(faceUsage(blocks), nodeFontLoader);
  const doc = layoutDocument(blocks, fonts);
  const pdf = await writePdf(doc, fonts, { title: "表格", author: "test", language: "zh-CN" });
  const text6 = pdfToText(pdf, { layout: true });

  it("prints each date on one line", () => {
    for (const date of DATES) expect(text6, date).toContain(date);
  });

  it("prints 微信号 and the headers without letter-spacing", () => {
    // 「微信号：」 is the first line of a wrapped cell: justified, it was spread across the column
    expect(text6).toContain("微信号：");
    for (const header of ["序号", "日期", "时间", "方式", "号码/来源", "经过"]) expect(text6).toContain(header);
    expect(text6).not.toMatch(/微 +信 *号|微信 +号/);
  });

  it("sets no cell item with charSpacing", () => {
    for (const line of lines(doc).slice(1)) for (const item of line) expect(item.charSpacing).toBe(0);
  });
});
