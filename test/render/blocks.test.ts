import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { parseBlocks } from "../../src/render/blocks";

describe("parseBlocks: the subset", () => {
  it("reads titles, headings and footers as plain text", () => {
    expect(parseBlocks("<h1> 申请书 </h1>\n<h2>一、 情况</h2><footer>不构成\n  法律意见</footer>")).toEqual([
      { kind: "title", text: "申请书" },
      { kind: "heading", text: "一、 情况" },
      { kind: "footer", text: "不构成 法律意见" },
    ]);
  });

  it("reads every paragraph style, body by default", () => {
    const styles = ["salutation", "noindent", "closing", "flush", "right", "center"] as const;
    const html = "<p>正文</p>" + styles.map((s) => `<p class="${s}">${s}</p>`).join("");
    expect(parseBlocks(html)).toEqual([
      { kind: "paragraph", style: "body", spans: [{ text: "正文" }] },
      ...styles.map((style) => ({ kind: "paragraph", style, spans: [{ text: style }] })),
    ]);
  });

  it("makes <strong> a bold span and <br> a forced break span", () => {
    expect(parseBlocks("<p>甲方 <strong>张三</strong> 乙方<br>\n 地址：<strong>北京<br>朝阳</strong></p>")).toEqual([
      {
        kind: "paragraph",
        style: "body",
        spans: [
          { text: "甲方 " },
          { text: "张三", bold: true },
          { text: " 乙方" },
          { text: "\n" },
          { text: "地址：" },
          { text: "北京", bold: true },
          { text: "\n" },
          { text: "朝阳", bold: true },
        ],
      },
    ]);
  });

  it("collapses ASCII whitespace, trims block edges and keeps U+00A0 and U+3000", () => {
    const [block] = parseBlocks("<p>\n   一\t\t二 \n 三&#160;&#160;四\u3000五   </p>");
    expect(block).toEqual({ kind: "paragraph", style: "body", spans: [{ text: "一 二 三\u00a0\u00a0四\u3000五" }] });
  });

  it("collapses a space across span edges", () => {
    const [block] = parseBlocks("<p>a <strong> b </strong> c</p>");
    expect(block).toEqual({ kind: "paragraph", style: "body", spans: [{ text: "a " }, { text: "b ", bold: true }, { text: "c" }] });
  });

  it("reads ordered and unordered lists", () => {
    expect(parseBlocks("<ol>\n<li>一</li>\n<li><strong>二</strong></li></ol><ul><li>甲</li></ul>")).toEqual([
      { kind: "list", ordered: true, items: [[{ text: "一" }], [{ text: "二", bold: true }]] },
      { kind: "list", ordered: false, items: [[{ text: "甲" }]] },
    ]);
  });

  it("reads a table with a header, tbody and cell alignment", () => {
    const html = `<table>
      <thead><tr><th>期数</th><th class="num">金额</th><th class="center">备注</th></tr></thead>
      <tbody><tr><td>1</td><td class="num">1,234.56</td><td class="center">首付</td></tr></tbody>
    </table>`;
    expect(parseBlocks(html)).toEqual([
      {
        kind: "table",
        header: [
          { spans: [{ text: "期数" }], align: "left" },
          { spans: [{ text: "金额" }], align: "right" },
          { spans: [{ text: "备注" }], align: "center" },
        ],
        rows: [
          [
            { spans: [{ text: "1" }], align: "left" },
            { spans: [{ text: "1,234.56" }], align: "right" },
            { spans: [{ text: "首付" }], align: "center" },
          ],
        ],
      },
    ]);
  });

  it("reads a table of bare rows without a header, and empty cells", () => {
    expect(parseBlocks("<table><tr><td>a</td><td></td></tr><tr><td>b</td></tr></table>")).toEqual([
      {
        kind: "table",
        header: null,
        rows: [[{ spans: [{ text: "a" }], align: "left" }, { spans: [], align: "left" }], [{ spans: [{ text: "b" }], align: "left" }]],
      },
    ]);
  });

  it("reads signature and cc blocks as lines", () => {
    expect(parseBlocks('<div class="signature"><p>申请人：张三</p><p>2026年11月23日</p></div><div class="cc"><p>抄送：某公司</p></div>')).toEqual([
      { kind: "signature", lines: [[{ text: "申请人：张三" }], [{ text: "2026年11月23日" }]] },
      { kind: "cc", lines: [[{ text: "抄送：某公司" }]] },
    ]);
  });

  it("marks the signature's date line <p class=\"date\"> by its index", () => {
    expect(parseBlocks('<div class="signature"><p>申请人：张三</p><p class="date">2026年11月23日</p></div>')).toEqual([
      { kind: "signature", lines: [[{ text: "申请人：张三" }], [{ text: "2026年11月23日" }]], date: 1 },
    ]);
  });

  it("accepts <br/> and <br /> and an empty paragraph", () => {
    expect(parseBlocks("<p>a<br/>b<br />c</p><p></p>")).toEqual([
      { kind: "paragraph", style: "body", spans: [{ text: "a" }, { text: "\n" }, { text: "b" }, { text: "\n" }, { text: "c" }] },
      { kind: "paragraph", style: "body", spans: [] },
    ]);
  });
});

describe("parseBlocks: entities and user text", () => {
  it("decodes the entities Handlebars writes and numeric references", () => {
    const [block] = parseBlocks("<p>&amp;&lt;&gt;&quot;&#x27;&#39;&#x60;&#x3D;&#20013;&#x6587;&#X41;</p>");
    expect(block).toEqual({ kind: "paragraph", style: "body", spans: [{ text: "&<>\"''`=中文A" }] });
  });

  it("delivers a user string with markup as literal text (escaped by Handlebars)", () => {
    const user = `<b>粗体</b> & "引号" 'x' \`y\` a=b <script>alert(1)</script>`;
    const html = Handlebars.compile("<p>{{text}}</p><h1>{{text}}</h1>")({ text: user });
    const blocks = parseBlocks(html);
    expect(blocks).toEqual([
      { kind: "paragraph", style: "body", spans: [{ text: user }] },
      { kind: "title", text: user },
    ]);
  });

  it("delivers &lt;b&gt; as the text <b>", () => {
    expect(parseBlocks("<p>&lt;b&gt;</p>")).toEqual([{ kind: "paragraph", style: "body", spans: [{ text: "<b>" }] }]);
  });

  it.each([
    ["&nbsp;", /entity "&nbsp;"/],
    ["a & b", /bare "&"/],
    ["&amp", /bare "&"/],
    ["&#0;", /not a character/],
    ["&#xD800;", /not a character/],
    ["&#x110000;", /not a character/],
    ["&constructor;", /entity "&constructor;"/],
    ["&toString;", /entity "&toString;"/],
  ])("rejects the entity in %s", (text, error) => {
    expect(() => parseBlocks(`<p>${text}</p>`)).toThrow(error);
  });
});

describe("parseBlocks: anything outside the subset throws, naming it", () => {
  it.each([
    ["<script>alert(1)</script>", /<script>/],
    ["<p>a<script>x</script></p>", /<script>/],
    ["<p>a<em>b</em></p>", /<em>/],
    ["<span>a</span>", /<span>/],
    ['<p style="color:red">a</p>', /"style"/],
    ['<p onclick="x()">a</p>', /"onclick"/],
    ['<p class="lead">a</p>', /class "lead"/],
    ['<td class="num">1</td>', /top level/],
    ["<p>a", /unclosed <p>/],
    ["<p><strong>a</p>", /unclosed <strong>/],
    ["</p>", /closes nothing/],
    ["<div><p>a</p></div>", /<div> needs class/],
    ['<div class="signature">text</div>', /text directly inside <div>/],
    ['<div class="cc"><p class="right">a</p></div>', /inside <div class="cc">/],
    ['<div class="cc"><p class="date">2026年11月23日</p></div>', /inside <div class="cc">/],
    ['<div class="signature"><p class="date">a</p><p class="date">b</p></div>', /more than one <p class="date">/],
    ['<p class="date">2026年11月23日</p>', /belongs inside <div class="signature">/],
    ["<h1>a<strong>b</strong></h1>", /<strong> is not allowed inside <h1>/],
    ["<h2>a<br>b</h2>", /<br> is not allowed inside <h2>/],
    ["<ol><p>a</p></ol>", /<p> is not allowed inside <ol>/],
    ["<li>a</li>", /top level/],
    ["<table><thead><tr><td>a</td></tr></thead></table>", /<td> is not allowed inside <tr>/],
    ["<table><tr><th>a</th></tr></table>", /<th> is not allowed inside <tr>/],
    ["<table><thead><tr><th>a</th></tr><tr><th>b</th></tr></thead></table>", /exactly one <tr>/],
    ["<!-- note --><p>a</p>", /not a tag of the subset/],
    ["<!doctype html><p>a</p>", /not a tag of the subset/],
    ["<P>a</P>", /not a tag of the subset/],
    ["<p/>", /not a void element/],
    ["loose text<p>a</p>", /text outside a block/],
    ["<p class='right'>a</p>", /double-quoted/],
    ["a < b", /not a tag of the subset/],
  ])("%s", (html, error) => {
    expect(() => parseBlocks(html)).toThrow(error);
  });
});
