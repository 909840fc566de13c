import { describe, expect, it } from "vitest";
import { parseBlocks } from "../../src/render/blocks";
import { layoutCodePoints, layoutDocument, layoutLines, pageLines, pageNumberText, textItemWidth } from "../../src/render/layout";
import type { Block, LayoutDocument, TextItem } from "../../src/render/types";
import { columnWidths } from "../../src/render/layout/blocks/table-columns";
import { fakeMetrics } from "../helpers/fake-metrics";

const text = (line: TextItem[]) => line.map((item) => item.text).join("");
const left = (line: TextItem[]) => line[0].x;
const right = (line: TextItem[]) => Math.max(...line.map((item) => item.x + textItemWidth(item, fakeMetrics)));

function layout(html: string) {
  const doc = layoutDocument(parseBlocks(html), fakeMetrics);
  const { width, margin } = doc.geometry;
  const lines = doc.pages.flatMap((page) => pageLines(page)).filter((line) => line[0].y > margin.bottom);
  const find = (t: string) => {
    const line = lines.find((l) => text(l) === t);
    if (!line) throw new Error(`no line "${t}" in ${JSON.stringify(lines.map(text))}`);
    return line;
  };
  return { doc, lines, find, L: margin.left, R: width - margin.right, centre: width / 2 };
}

describe("page geometry", () => {
  it("is A4 with ≈25 mm margins and a measure of whole characters", () => {
    const { doc } = layout("<p>正文</p>");
    const { width, height, margin } = doc.geometry;
    expect([width, height]).toEqual([595.28, 841.89]);
    expect(margin.top).toBe(72);
    expect(margin.bottom).toBe(72);
    expect(margin.left).toBeGreaterThanOrEqual(70);
    expect(margin.left).toBeCloseTo(margin.right, 9);
    expect((width - margin.left - margin.right) / 12).toBeCloseTo(37, 9);
  });
});

describe("the styles of a letter", () => {
  const html = `
    <h1>个性化分期还款申请书</h1>
    <p class="salutation">尊敬的招商银行信用卡中心：</p>
    <p>本人张三。</p>
    <p class="noindent">无缩进。</p>
    <p class="right">右对齐</p>
    <p class="center">居中</p>
    <p class="closing">此致</p>
    <p class="flush">敬礼！</p>
    <div class="signature"><p>申请人：张三</p><p>2026年11月23日</p></div>
    <div class="cc"><p>抄送：某某消费金融有限公司</p></div>`;
  const { find, L, R, centre } = layout(html);

  it("centres the title, bold, larger than the body", () => {
    const [title] = find("个性化分期还款申请书");
    expect(title.face).toBe("bold");
    expect(title.size).toBeGreaterThanOrEqual(18);
    expect(title.size).toBeLessThanOrEqual(20);
    expect(title.x + textItemWidth(title, fakeMetrics) / 2).toBeCloseTo(centre, 6);
  });

  it("puts the salutation flush left and indents the body two characters", () => {
    expect(left(find("尊敬的招商银行信用卡中心："))).toBeCloseTo(L, 6);
    expect(left(find("本人张三。"))).toBeCloseTo(L + 24, 6);
    expect(left(find("无缩进。"))).toBeCloseTo(L, 6);
    expect(find("本人张三。")[0].size).toBe(12);
  });

  it("aligns right and centre", () => {
    expect(right(find("右对齐"))).toBeCloseTo(R, 6);
    const c = find("居中");
    expect((left(c) + right(c)) / 2).toBeCloseTo(centre, 6);
  });

  it("indents 此致 two characters and sets 敬礼 flush left", () => {
    expect(left(find("此致"))).toBeCloseTo(L + 24, 6);
    expect(left(find("敬礼！"))).toBeCloseTo(L, 6);
  });

  it("sets the signature as a block against the right margin, the date right-aligned, below 敬礼", () => {
    const name = find("申请人：张三");
    const date = find("2026年11月23日");
    expect(left(name)).toBeCloseTo(R - 14 * 12, 6); // at least 14 characters wide, like the preview
    expect(right(date)).toBeCloseTo(R, 6);
    expect(name[0].y).toBeLessThan(find("敬礼！")[0].y - 20.4); // a blank line above
    expect(date[0].y).toBeLessThan(name[0].y);
  });

  it("sets the cc block flush left after the signature", () => {
    const cc = find("抄送：某某消费金融有限公司");
    expect(left(cc)).toBeCloseTo(L, 6);
    expect(cc[0].y).toBeLessThan(find("2026年11月23日")[0].y);
  });

  it("wraps a wide signature line inside the block, under the text after its label", () => {
    const { find: f, R: r, lines } = layout('<div class="signature"><p>申请人（签名）：张三　身份证号：110101199003071234</p><p>2026年11月23日</p></div>');
    const first = f("申请人（签名）：张三　身份证号：");
    expect(left(first)).toBeCloseTo(r - 444 / 2, 6); //       the block is at most half the measure wide
    expect(left(f("110101199003071234"))).toBeCloseTo(left(first) + 8 * 12, 6); // hangs under 「张三」
    expect(right(f("2026年11月23日"))).toBeCloseTo(r, 6);
    for (const line of lines) expect(right(line)).toBeLessThanOrEqual(r + 1e-6);
  });
});

describe("lists", () => {
  const long = "减免违约金及其他费用，本人将按照上述还款计划按时足额还款，如有违约愿承担相应责任。";
  const { lines, L, R } = layout(`<ol><li>停止计收利息；</li><li>${long}</li></ol><ul><li>身份证复印件</li></ul>`);

  it("numbers ol items 1. 2. at the paragraph indent, with a hanging indent", () => {
    const texts = lines.map(text);
    expect(texts[0]).toBe("1.停止计收利息；");
    expect(texts[1].startsWith("2.减免")).toBe(true);
    const [marker, first] = lines[1];
    expect(marker.text).toBe("2.");
    expect(marker.x).toBeCloseTo(L + 24, 6);
    expect(left(lines[2])).toBeCloseTo(first.x, 6); // the wrapped line aligns with the text, not the marker
    expect(right(lines[1])).toBeCloseTo(R, 2); //       and the item is justified
    expect(texts[1].slice(2) + texts[2]).toBe(long);
  });

  it("marks ul items with a bullet", () => {
    expect(lines.map(text).at(-1)).toBe("\u2022身份证复印件");
  });
});

describe("tables", () => {
  const html = `<table>
    <thead><tr><th>项目</th><th class="num">金额（元）</th><th class="center">备注</th></tr></thead>
    <tbody>
      <tr><td>本金</td><td class="num">12,345.67</td><td class="center">—</td></tr>
      <tr><td>利息</td><td class="num">1.00</td><td class="center">按合同约定计算，自逾期之日起至实际清偿之日止，本人对此有异议</td></tr>
    </tbody></table>`;
  const { doc, find, L, R } = layout(html);
  const rules = doc.pages[0].items.filter((item) => item.kind === "rule");
  const xs = [...new Set(rules.filter((r) => r.x1 === r.x2).map((r) => r.x1))].sort((a, b) => a - b);

  it("spans the measure with column borders and smaller text", () => {
    expect(xs[0]).toBeCloseTo(L, 6);
    expect(xs.at(-1)).toBeCloseTo(R, 6);
    expect(xs.length).toBe(4);
    expect(find("本金")[0].size).toBe(10.5);
  });

  it("right-aligns numbers inside the cell padding, header bold", () => {
    const amount = find("12,345.67");
    const one = find("1.00");
    expect(right(amount)).toBeCloseTo(right(one), 6);
    expect(right(amount)).toBeLessThan(xs[2]);
    expect(right(amount)).toBeGreaterThan(xs[2] - 6);
    expect(find("金额（元）")[0].face).toBe("bold");
  });

  it("wraps long cells with the same line breaker and gives the widest content the most room", () => {
    const widths = xs.slice(1).map((x, i) => x - xs[i]);
    expect(widths[2]).toBeGreaterThan(widths[0]);
    const texts = doc.pages[0].items.filter((i): i is TextItem => i.kind === "text").map((i) => i.text);
    expect(texts.some((t) => t.startsWith("，"))).toBe(false);
  });
});

describe("table column widths", () => {
  it("gives short columns their natural width so short headers never wrap", () => {
    const note = "遇节假日顺延至下一个工作日，如有变动另行通知（以银行系统记录为准）".repeat(2);
    const { doc } = layout(`<table><thead><tr><th>期数</th><th>还款日期</th><th class="num">金额（元）</th><th>备注</th></tr></thead>
      <tbody><tr><td>1</td><td>2027-01-15</td><td class="num">1,234.56</td><td>${note}</td></tr></tbody></table>`);
    const texts = layoutLines(doc)[0];
    for (const header of ["期数", "还款日期", "金额（元）", "备注"]) expect(texts).toContain(header);
    expect(texts).toContain("2027-01-15");
  });

  it("shares the measure by content (CSS 2.1 §17.5.2.2), narrow columns at their natural width", () => {
    expect(columnWidths([10, 20], [40, 60], 200)).toEqual([80, 120]); //            all fit: widened in proportion
    expect(columnWidths([10, 10], [150, 300], 200)).toEqual([10 + (180 * 140) / 430, 10 + (180 * 290) / 430]);
    expect(columnWidths([300, 100], [400, 200], 200)).toEqual([150, 50]); //         minimums overflow: scaled
    expect(columnWidths([10, 10], [100, 300], 200)).toEqual([100, 100]); //          a narrow column keeps its width
    expect(columnWidths([20, 10, 10], [40, 300, 500], 440)).toEqual([40, 10 + (380 * 290) / 780, 10 + (380 * 490) / 780]);
  });
});

describe("footer fitting", () => {
  const footer = (t: string) => {
    const doc = layoutDocument([{ kind: "footer", text: t }], fakeMetrics);
    const [line] = pageLines(doc.pages[0]).slice(-2, -1);
    return { item: line[0], width: textItemWidth(line[0], fakeMetrics), measure: doc.geometry.width - doc.geometry.margin.left - doc.geometry.margin.right };
  };

  it("keeps a short footer at 9 pt", () => {
    expect(footer("本函不构成法律意见。").item.size).toBe(9);
  });

  it("shrinks a long footer to stay on one line", () => {
    const { item, width, measure } = footer("本".repeat(55));
    expect(item.size).toBeLessThan(9);
    expect(item.size).toBeGreaterThanOrEqual(7);
    expect(width).toBeLessThanOrEqual(measure);
    expect(item.text).toBe("本".repeat(55));
  });

  it("cuts a very long footer with …", () => {
    const { item, width, measure } = footer("本".repeat(200));
    expect(item.size).toBe(7);
    expect(item.text.endsWith("…")).toBe(true);
    expect(width).toBeLessThanOrEqual(measure);
    expect(width).toBeGreaterThan(measure - 7);
  });
});

describe("the layout as data", () => {
  const blocks: Block[] = parseBlocks("<h1>告知函</h1><p>正文<strong>加粗</strong>正文</p><ul><li>一</li></ul>");

  it("is pure: same input, same output, input untouched", () => {
    const copy = structuredClone(blocks);
    const a: LayoutDocument = layoutDocument(blocks, fakeMetrics);
    const b = layoutDocument(blocks, fakeMetrics);
    expect(a).toEqual(b);
    expect(blocks).toEqual(copy);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("sets bold spans in the bold face on the same line", () => {
    const doc = layoutDocument(blocks, fakeMetrics);
    const line = pageLines(doc.pages[0]).find((l) => text(l) === "正文加粗正文")!;
    expect(line.map((item) => item.face)).toEqual(["body", "bold", "body"]);
  });

  it("reads back as lines", () => {
    expect(layoutLines(layoutDocument(blocks, fakeMetrics))).toEqual([["告知函", "正文加粗正文", "\u2022一", "第 1 页 共 1 页"]]);
  });

  it("exports every code point it adds: page numbers, markers, the footer's ellipsis", () => {
    for (const script of ["Hans", "Hant"] as const)
      for (const ch of pageNumberText(12, 305, script) + "1234567890.\u2022…")
        expect(layoutCodePoints(script).has(ch.codePointAt(0)!), `${script} ${ch}`).toBe(true);
    // …and only the page numbers of its own script.
    expect(layoutCodePoints("Hans").has("頁".codePointAt(0)!)).toBe(false);
  });
});
