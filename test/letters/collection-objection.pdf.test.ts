/**
 * 关于停止不当催收行为的告知函 as a PDF, read back with pdftotext the way a clerk's software would: every incident
 * date, the right citations and none of the wrong ones, the masked ID, both scripts, and a 40-incident letter
 * that runs over several numbered pages with its table header repeated.
 */
import { beforeAll, describe, expect, it } from "vitest";
import collectionObjection from "../../src/letters/collection-objection";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfPageCount, pdfToText } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = collectionObjection as unknown as LetterType;
const example = collectionObjection.example as Record<string, any>;

async function pdfOf(body: unknown): Promise<Uint8Array> {
  return renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader);
}

/** pdftotext output without whitespace: lines of a paragraph or cell are broken anywhere. */
const squash = (s: string) => s.replace(/[\s\f]/g, "");

/** True when each needle occurs after the previous one. */
function inOrder(haystack: string, needles: string[]): boolean {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}

/** The example's incident dates as the table prints them: like the body, 2026年10月12日 (issue 8). */
const DATES = ["2026年10月12日", "2026年10月18日", "2026年10月19日", "2026年11月2日"];
/** "2026-09-01" → "2026年9月1日". */
const chinese = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

describe("collection-objection PDF (zh-Hans example)", () => {
  let text = "";
  beforeAll(async () => {
    text = squash(pdfToText(await pdfOf(example)));
  });

  it("has every incident date, in order", () => {
    for (const date of DATES) expect(text).toContain(date);
    expect(inOrder(text, DATES)).toBe(true);
  });

  it("names the parties, the masked ID and the debt", () => {
    expect(text).toContain("关于停止不当催收行为的告知函");
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("110105********002X");
    expect(text).not.toContain("11010519491231002X");
    expect(text).toContain("¥29,648.70");
    expect(text).toContain("人民币贰万玖仟陆佰肆拾捌元柒角整");
    expect(text).toContain("抄送：重庆蚂蚁消费金融有限公司");
  });

  it("cites the right rules and none of the wrong ones", () => {
    for (const cite of [
      "《中华人民共和国民法典》第一千零三十二条、第一千零三十八条",
      "《中华人民共和国个人信息保护法》第十条",
      "《民法典》第一千零三十三条第（一）项",
      "（行业自律规范）",
      "GB/T45251-2025",
      "《个人信息保护法》第四十四条、第四十五条、第四十七条",
      "《个人信息保护法》第五十条",
    ])
      expect(text).toContain(cite);
    expect(text).toContain("治安管理处罚法》");
    expect(text).not.toMatch(/治安管理处罚法》第/);
    for (const wrong of ["第二百九十三条之一", "第六十八条", "第六十九条", "4倍", "四倍", "LPR", "民间借贷"]) expect(text).not.toContain(wrong);
  });

  it("names the complaint channels and the 15-day reply", () => {
    expect(text).toContain("12378");
    expect(text).toContain("互联网金融举报信息平台");
    expect(text).toContain("12321");
    expect(text).toContain("报警电话110");
    expect(text).toContain("15日内书面回复");
  });
});

describe("collection-objection PDF (zh-Hant example)", () => {
  let text = "";
  beforeAll(async () => {
    text = squash(pdfToText(await pdfOf({ ...example, locale: "zh-Hant" })));
  });

  it("prints the template in Traditional script and the typed names as typed", () => {
    expect(text).toContain("關於停止不當催收行為的告知函");
    expect(text).toContain("催收經過");
    expect(text).toContain("《中華人民共和國民法典》第一千零三十二條、第一千零三十八條");
    expect(text).toContain("（行業自律規範）");
    expect(text).toContain("居民身份證號碼：110105********002X");
    expect(text).toContain("就重庆蚂蚁消费金融有限公司主張的「借呗」");
    expect(text).toContain("对方致电本人所在公司前台");
    expect(text).not.toMatch(/第二百九十三條之一|第六十八條|治安管理處罰法》第|LPR/);
  });

  it("has every incident date", () => {
    for (const date of DATES) expect(text).toContain(date);
  });
});

describe("collection-objection PDF: 40 incidents", () => {
  const conducts = [["night-contact"], ["excessive-frequency"], ["contacted-third-parties", "disclosure"], ["insults"]];
  // 40 distinct days from 2026-09-01, typed in reverse so the letter has to sort them
  const dates = Array.from({ length: 40 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 8, 1 + i));
    return d.toISOString().slice(0, 10);
  });
  const incidents = dates
    .map((date, i) => ({
      date,
      time: i % 4 === 0 ? "23:15" : "14:05",
      channel: i % 3 === 0 ? "sms" : "phone",
      from: `1701234${String(5600 + i)}`,
      conducts: i % 4 === 0 ? conducts[0] : conducts[1 + (i % 3)],
      description: `第${i + 1}次记录：对方来电催收，态度恶劣，本人已录音。`,
    }))
    .reverse();
  let raw = "";
  let pages: string[] = [];
  let n = 0;
  beforeAll(async () => {
    const pdf = await pdfOf({ ...example, incidents });
    raw = pdfToText(pdf);
    pages = raw.split("\f").filter((page) => page.trim().length > 0);
    n = pdfPageCount(pdf);
  });

  it("spans several pages, each numbered 第 i 页 共 N 页", () => {
    expect(n).toBeGreaterThanOrEqual(4);
    expect(pages).toHaveLength(n);
    pages.forEach((page, i) => expect(squash(page)).toContain(`第${i + 1}页共${n}页`));
  });

  it("has all 40 dates, sorted", () => {
    const text = squash(raw);
    for (const date of dates.map(chinese)) expect(text).toContain(date);
    expect(inOrder(text, dates.map(chinese))).toBe(true);
  });

  it("repeats the table header on the pages the table continues on", () => {
    const withRows = pages.filter((page) => dates.some((d) => squash(page).includes(chinese(d))));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(squash(page)).toContain("号码/来源");
  });
});
