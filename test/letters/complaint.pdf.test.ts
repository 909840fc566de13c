/**
 * 投诉信 as a PDF, read back with pdftotext as the complaint clerk's software reads it: both scripts, the five
 * elements the complaint measures ask for, the incident table, the right citations and no others, the computed
 * days and amounts, no admission of a debt, and no threat or promise.
 */
import { beforeAll, describe, expect, it } from "vitest";
import complaint from "../../src/letters/complaint";
import type { LetterType } from "../../src/letters/types";
import { CITATIONS, CITATION_IDS, type CitationId } from "../../src/text/citations";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = complaint as unknown as LetterType;
const example = complaint.example as Record<string, any>;

async function pdfText(body: unknown): Promise<string> {
  return squash(pdfToText(await renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader)));
}

const squash = (s: string) => s.replace(/[\s\f]/g, "");

/** Sources of the table the text cites although the letter should not (see the personal-information PDF test). */
function otherCitations(text: string, expected: readonly CitationId[], script: "Hans" | "Hant"): CitationId[] {
  const wanted = expected.map((id) => CITATIONS[id]);
  return CITATION_IDS.filter((id) => {
    if (expected.includes(id)) return false;
    const entry = CITATIONS[id];
    if (![entry.source.full[script], entry.source.short[script]].some((name) => text.includes(squash(name)))) return false;
    if (!entry.article) return !wanted.some((w) => w.source.full.Hans === entry.source.full.Hans);
    // Each article of the entry on its own (第四十四条、第四十五条、第四十七条 → three), unless an expected entry has it too.
    const wantedArticles = new Set(wanted.flatMap((w) => (w.article ? squash(w.article[script]).split("、") : [])));
    return squash(entry.article[script])
      .split("、")
      .some((article) => !wantedArticles.has(article) && text.includes(article));
  });
}

const EXAMPLE_CITATIONS: CitationId[] = [
  "complaint-measures-2020",
  "civil-code-1032",
  "civil-code-1038",
  "pipl-10",
  "credit-card-measures-68",
  "cba-collection-guideline-2026",
  "public-security-penalties-law",
  "civil-code-1033-1",
  "consumer-protection-measures-2023",
];
const ADMISSIONS = /本人尚欠|投诉人尚欠|投訴人尚欠|确认欠款|確認欠款|合计欠款|合計欠款|尚欠/;
const THREATS = /否则|否則|将向|將向|曝光|媒体|媒體|起诉|起訴|诉讼|訴訟|追究/;
/** The incident dates as the table prints them, like the body (issue 8: one style). */
const DATES = ["2026年10月12日", "2026年10月18日", "2026年11月2日"];

describe("complaint PDF (zh-Hans example, to the bank's complaint department)", () => {
  let text = "";
  beforeAll(async () => {
    text = await pdfText(example);
  });

  it("states the complainant, the institution with the numbers a clerk needs, the requests, the facts and the basis", () => {
    expect(text).toContain("投诉信");
    expect(text).toContain("尊敬的招商银行信用卡中心（消费者权益保护部）：");
    expect(text).toContain("依照《银行业保险业消费投诉处理管理办法》，现将投诉人、被投诉机构、投诉请求、事实和理由列明如下。");
    for (const line of ["投诉人：张三", "居民身份证号码：11010519491231002X", "机构名称：招商银行信用卡中心", "卡号：6225880123451234", "催收机构：深圳市恒信达商务咨询有限公司（联系电话：0755-86001234）"])
      expect(text).toContain(line);
    expect(text).toContain("恳请贵行：");
    expect(text).toContain("自收到本投诉之日起15日内作出处理决定，并书面告知本人。");
    expect(text).toContain("本投诉由投诉人本人提出，未委托任何代理机构。");
    expect(text).toContain("签名（按手印）：");
    expect(text).toContain("本函依据投诉人提供的信息以书函模板生成");
  });

  it("has the incident table in order and the rule each conduct breaks", () => {
    let from = 0;
    for (const date of DATES) {
      const at = text.indexOf(date, from);
      expect(at, date).toBeGreaterThan(-1);
      from = at;
    }
    expect(text).toContain("号码/来源");
    expect(text).toContain("（一）联系与债务无关的第三人（见上表第1项）。");
    expect(text).toContain("违反《中华人民共和国民法典》第一千零三十二条、第一千零三十八条和《中华人民共和国个人信息保护法》第十条的规定。");
    expect(text).toContain("《商业银行信用卡业务监督管理办法》第六十八条规定");
    expect(text).toContain("（行业自律规范）");
    expect(text).toContain("依照《银行保险机构消费者权益保护管理办法》，银行保险机构应当规范催收行为");
  });

  it("cites nothing else: no criminal law, no private-lending rule, no article for the measures cited by name", () => {
    expect(otherCitations(text, EXAMPLE_CITATIONS, "Hans")).toEqual([]);
    expect(text).not.toMatch(/第二百九十三条之一|LPR|四倍|4倍|民间借贷|24%|36%/);
    expect(text).not.toMatch(/投诉处理管理办法》第|权益保护管理办法》第/);
    expect(text).not.toMatch(/治安管理处罚法》第/);
  });

  it("asks without admitting a debt, threatening or promising", () => {
    expect(text).not.toMatch(ADMISSIONS);
    expect(text).not.toMatch(THREATS);
    expect(text).not.toMatch(/一定会|必将|停催|停诉/);
    expect(text).toContain("对贵行主张的欠款进行催收");
  });
});

describe("complaint PDF (zh-Hant example)", () => {
  let text = "";
  beforeAll(async () => {
    text = await pdfText({ ...example, locale: "zh-Hant" });
  });

  it("prints the template in Traditional script and the typed words as typed", () => {
    expect(text).toContain("投訴信");
    expect(text).toContain("依照《銀行業保險業消費投訴處理管理辦法》");
    expect(text).toContain("懇請貴行：");
    expect(text).toContain("自收到本投訴之日起15日內作出處理決定");
    expect(text).toContain("对方致电本人母亲");
    for (const date of DATES) expect(text).toContain(date);
  });

  it("cites the same rules and nothing else; admits nothing", () => {
    expect(otherCitations(text, EXAMPLE_CITATIONS, "Hant")).toEqual([]);
    expect(text).toContain("《中華人民共和國民法典》第一千零三十二條、第一千零三十八條");
    expect(text).not.toMatch(ADMISSIONS);
    expect(text).not.toMatch(THREATS);
  });
});

describe("complaint PDF (to the PBOC branch, about a credit record)", () => {
  let text = "";
  beforeAll(async () => {
    const body = structuredClone(example);
    for (const field of ["incidents", "collector", "evidence", "privacy"]) delete body[field];
    text = await pdfText({
      ...body,
      complaintTo: { kind: "pboc", name: "中国人民银行北京市分行" },
      topic: "credit-report",
      creditRecord: { shows: "2026年6月至8月显示逾期", reason: "该笔借款已于2026年5月20日还清。", objection: { sentOn: "2026-10-08" } },
      complaintRequests: ["correct-credit-record"],
    });
  });

  it("addresses the PBOC branch as 贵行, masks the numbers and counts the days since the objection", () => {
    expect(text).toContain("尊敬的中国人民银行北京市分行：");
    expect(text).toContain("110105********002X");
    expect(text).toContain("卡号：尾号1234");
    expect(text).toContain("本人已于2026年10月8日就该记录向招商银行信用卡中心提出异议，至今已46日，仍未收到书面答复。");
  });

  it("cites 民法典 第一千零二十九条 and 征信业管理条例 第二十五条、第二十六条, and nothing else", () => {
    expect(text).toContain("依照《中华人民共和国民法典》第一千零二十九条");
    expect(text).toContain("依照《征信业管理条例》第二十五条");
    expect(text).toContain("依照《征信业管理条例》第二十六条");
    expect(otherCitations(text, ["civil-code-1029", "credit-regulation-25", "credit-regulation-26"], "Hans")).toEqual([]);
    expect(text).not.toMatch(/银行业保险业|第六十八条|行业自律规范/);
  });
});

describe("complaint PDF (fees at a consumer-finance company)", () => {
  it("prints the disputed charges with their sum in figures and 大写, and the financing-cost rule by name", async () => {
    const body = structuredClone(example);
    for (const field of ["incidents", "collector", "evidence"]) delete body[field];
    const text = await pdfText({
      ...body,
      lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
      account: { product: "借呗" },
      topic: "fees-interest",
      disputedCharges: { items: [{ label: "担保费", amount: "1200" }, { label: "会员费", amount: "299.50" }] },
      complaintRequests: ["explain-charges"],
    });
    expect(text).toContain("贵司收取或主张下列费用");
    expect(text).toContain("1,200.00");
    expect(text).toContain("上述各项费用共计¥1,499.50（人民币壹仟肆佰玖拾玖元伍角整）。");
    expect(text).toContain("依照《个人贷款业务明示综合融资成本规定》");
    expect(otherCitations(text, ["complaint-measures-2020", "financing-cost-disclosure-2026"], "Hans")).toEqual([]);
    expect(text).not.toMatch(ADMISSIONS);
  });
});
