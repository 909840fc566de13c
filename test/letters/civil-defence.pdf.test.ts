/**
 * 民事答辩状 as a PDF, read back with pdftotext as a judge's clerk's software would: each defence appears only
 * when chosen, with its own citations and no others; the time bar only when the dates support it; the court's
 * ending (此致 / the court, never 敬礼); the copies; no deadline and no admission anywhere in the document; both
 * scripts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import civilDefence from "../../src/letters/civil-defence";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-30T04:00:00Z");
const type = civilDefence as unknown as LetterType;
type Body = Record<string, any>;
const clone = (): Body => structuredClone(civilDefence.example) as Body;
const squash = (s: string) => s.replace(/[\s\f]/g, "");

async function pdfOf(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader);
  return { bytes, layout: pdfToText(bytes, { layout: true }), text: squash(pdfToText(bytes)) };
}

/** Only `defences`, with the facts each needs and nothing else. */
function only(...defences: string[]): Body {
  const body = clone();
  body.defences = defences;
  delete body.mediation;
  delete body.hardship;
  delete body.statements;
  delete body.evidence;
  if (defences.includes("unnotified-assignment")) body.plaintiff = { name: "示例资产管理有限公司", address: "天津市滨海新区示例路1号", legalRepresentative: "张某" };
  if (defences.includes("limitation")) body.limitation = { lastDueDate: "2022-06-15", instalments: true, lastPaymentDate: "2022-03-15", lastDemandDate: "2023-05-10" };
  if (defences.includes("charges-above-contract")) body.charges = { disclosedAnnualRate: "18.25", loanDate: "2026-09-01" };
  if (defences.includes("hardship-mediation")) body.hardship = structuredClone(civilDefence.example.hardship);
  return body;
}

/** Every citation a civil defence can print, by what it is for; each defence prints its own and no other. */
const CITES = {
  546: "第五百四十六条",
  548: "第五百四十八条",
  48: "第四十八条",
  188: "第一百八十八条",
  189: "第一百八十九条",
  192: "第一百九十二条",
  193: "第一百九十三条",
  195: "第一百九十五条",
  17: "第十七条",
  585: "第五百八十五条",
  64: "第六十四条",
  65: "第六十五条",
  cost: "《个人贷款业务明示综合融资成本规定》",
} as const;
type Cite = keyof typeof CITES;

const EXPECTED: Record<string, { heading: string; cites: Cite[] }> = {
  "unnotified-assignment": { heading: "原告主张的债权转让，未通知答辩人", cites: [546, 48, 548] },
  "amount-not-proven": { heading: "原告主张的金额未经逐期举证", cites: [] },
  limitation: { heading: "原告的诉讼请求已超过诉讼时效期间", cites: [188, 189, 192, 193, 195] },
  "charges-above-contract": { heading: "原告主张的利息和费用超出合同约定的部分", cites: ["cost"] },
  "excessive-penalty": { heading: "原告主张的罚息、违约金过高", cites: [585, 64, 65] },
  "hardship-mediation": { heading: "答辩人确有困难，愿意在贵院主持下调解", cites: [] },
};

/** Never in a civil defence: other laws, caps that do not apply to licensed lenders, the deadline rules. */
const NEVER = ["敬礼", "四倍", "LPR", "24%", "36%", "民间借贷", "第三十一条", "第一百二十八条", "第一百三十条", "答辩期", "十五日", "15日内"];
const ADMISSIONS = ["本人尚欠", "确认欠款", "合计欠款", "尚欠", "答辩人欠", "我欠"];

describe.each(Object.keys(EXPECTED))("the %s defence alone", (defence) => {
  let text = "";
  beforeAll(async () => {
    text = (await pdfOf(only(defence))).text;
  });

  it("appears, numbered 一、, with its basis", () => {
    expect(text).toContain(`一、${EXPECTED[defence].heading}`);
    for (const cite of EXPECTED[defence].cites) expect(text, CITES[cite]).toContain(CITES[cite]);
  });

  it("cites nothing else, and no other defence appears", () => {
    const mine = new Set<Cite>(EXPECTED[defence].cites);
    for (const [key, cite] of Object.entries(CITES)) if (!mine.has(key as unknown as Cite) && !mine.has(Number(key) as Cite)) expect(text, cite).not.toContain(cite);
    for (const [other, { heading }] of Object.entries(EXPECTED)) if (other !== defence) expect(text, heading).not.toContain(heading);
    for (const word of NEVER) expect(text, word).not.toContain(word);
  });

  it("admits nothing in the borrower's voice", () => {
    for (const word of ADMISSIONS) expect(text, word).not.toContain(word);
  });
});

describe("civil-defence PDF: the example (zh-Hans)", () => {
  let text = "";
  let layout = "";
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ text, layout, bytes } = await pdfOf(clone()));
  });

  it("is a valid PDF with the court document's parts in order", () => {
    expect(qpdfCheck(bytes).ok).toBe(true);
    const parts = [
      "民事答辩状",
      "答辩人：李四，女，1949年12月31日出生，汉族，职业：无业，住上海市浦东新区世纪大道100号2号楼1203室。",
      "公民身份号码：11010519491231002X，联系电话：13912345678。",
      "被答辩人：重庆蚂蚁消费金融有限公司。",
      "因被答辩人重庆蚂蚁消费金融有限公司诉答辩人李四金融借款合同纠纷一案（案号：（2026）浙0192民初12345号），答辩人提出答辩意见如下：",
      "一、原告主张的金额未经逐期举证",
      "二、原告主张的罚息、违约金过高",
      "三、答辩人确有困难",
      "综上所述，",
      "此致杭州互联网法院",
      "附：1.本答辩状副本1份；2.还款计划表1份；3.证据材料3项（见证据清单）。",
      "答辩人：李四签名（按手印）：",
      "2026年11月30日",
      "证据清单",
      "还款计划表",
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it("states the plaintiff's claim as the plaintiff's, in figures and 大写", () => {
    expect(text).toContain("主张本金¥28,000.00、利息¥1,260.50、罚息及违约金¥388.20，合计¥29,648.70（人民币贰万玖仟陆佰肆拾捌元柒角整）");
    expect(text).toContain("「借呗」（合同编号：JB20230315001234）");
    for (const word of ADMISSIONS) expect(text, word).not.toContain(word);
  });

  it("prints the proposal with the installment letter's schedule, and says it admits nothing", () => {
    expect(text).toContain("首付¥2,000.00（人民币贰仟元整），于调解协议达成后支付");
    expect(text).toContain("其余¥26,000.00（人民币贰万陆仟元整）分24期按月支付，自2027年1月15日起每月15日支付，至2028年12月15日付清");
    expect(text).toContain("第1期至第23期每期¥1,083.33（人民币壹仟零捌拾叁元叁角叁分），第24期¥1,083.41（人民币壹仟零捌拾叁元肆角壹分）");
    expect(layout).toMatch(/第24期\s+2028年12月15日\s+1,083\.41\s+0\.00/);
    expect(text).toContain("上述方案仅为促成调解而提出，不构成答辩人对原告主张的事实和金额的认可；调解不成的，答辩人仍坚持前述答辩意见。");
  });

  it("prints no deadline, no receipt or hearing date, no 敬礼", () => {
    for (const date of ["2026年12月7日", "2026年12月5日", "2026年11月20日", "2026年12月22日"]) expect(text, date).not.toContain(date);
    for (const word of NEVER) expect(text, word).not.toContain(word);
  });

  it("puts the court on the line after 此致, flush left, and the signature at the right", () => {
    const lines = layout.split("\n");
    const i = lines.findIndex((l) => l.trim() === "此致");
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1].trim()).toBe("杭州互联网法院");
    expect(lines[i + 1].search(/\S/)).toBeLessThan(lines[i].search(/\S/));
    const sign = lines.find((l) => l.includes("签名（按手印）"))!;
    expect(sign.search(/\S/)).toBeGreaterThan(lines[i + 1].search(/\S/) + 20);
  });

  it("carries the court document's footer", () => {
    expect(text).toContain("本文书依据答辩人提供的信息以书函模板生成，供答辩人本人使用，不构成法律意见。");
  });
});

describe("civil-defence PDF: when the time bar may be raised", () => {
  it("states it with the dates given when they support it, restarting from the last demand", async () => {
    const { text } = await pdfOf(only("limitation"));
    expect(text).toContain("最后一期的履行期限于2022年6月15日届满");
    expect(text).toContain("答辩人最后一次还款的日期为2022年3月15日；答辩人最后一次收到催收的日期为2023年5月10日。");
    expect(text).toContain("即使自2023年5月10日（答辩人最后一次收到催收之日）起重新计算，诉讼时效期间亦已于2026年5月10日届满，而原告于2026年11月2日才提起本案诉讼");
    expect(text).toContain("答辩人现依法提出诉讼时效抗辩");
    expect(text).toContain("综上所述，原告的诉讼请求已超过诉讼时效期间，请求贵院依法驳回原告的诉讼请求。");
  });

  it("is not in the document when not chosen, even when the dates would support it", async () => {
    const body = only("amount-not-proven");
    body.limitation = { lastDueDate: "2022-06-15" };
    const { text } = await pdfOf(body);
    expect(text).not.toContain("诉讼时效");
    expect(text).not.toContain("第一百八十八条");
  });

  it("is refused, not printed, when the dates do not support it", () => {
    const body = only("limitation");
    body.limitation.lastPaymentDate = "2024-02-01";
    expect(() => prepareLetter(type, body, { now: NOW })).toThrow();
  });

  it("leaves out 第一百八十九条 for a debt not payable in instalments, and adds 诉讼时效规定第十七条 for an unnotified sale", async () => {
    const single = only("limitation");
    single.limitation.instalments = false;
    const a = (await pdfOf(single)).text;
    expect(a).not.toContain("第一百八十九条");
    expect(a).toContain("原告主张的债权的履行期限于2022年6月15日届满");
    const sold = only("unnotified-assignment", "limitation");
    const b = (await pdfOf(sold)).text;
    expect(b).toContain("最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》第十七条");
    expect(b).toContain("一、原告主张的债权转让，未通知答辩人");
    expect(b).toContain("二、原告的诉讼请求已超过诉讼时效期间");
  });
});

describe("civil-defence PDF: charges and the cost-disclosure rules", () => {
  it("cites the rules by name for a licensed lender's loan made on or after 2026-08-01", async () => {
    const { text } = await pdfOf(only("charges-above-contract"));
    expect(text).toContain("向答辩人明示的年化利率（综合融资成本）为18.25%");
    expect(text).toContain("根据《个人贷款业务明示综合融资成本规定》，持牌机构应当");
    expect(text).not.toMatch(/《个人贷款业务明示综合融资成本规定》第/);
  });

  it("does not cite them for an older loan, a credit card or an unlicensed lender", async () => {
    const older = only("charges-above-contract");
    older.charges.loanDate = "2025-03-01";
    const card = only("charges-above-contract");
    card.lender = { name: "招商银行股份有限公司信用卡中心", kind: "bank-credit-card" };
    const other = only("charges-above-contract");
    other.lender = { name: "某某商贸有限公司", kind: "other" };
    for (const body of [older, card, other]) {
      const { text } = await pdfOf(body);
      expect(text).not.toContain("明示综合融资成本规定");
      expect(text).toContain("超出了双方借款合同的约定");
    }
  });
});

describe("civil-defence PDF: parties and copies", () => {
  it("names every opposing party and counts one copy for each", async () => {
    const body = only("amount-not-proven");
    body.plaintiff = { name: "示例资产管理有限公司", address: "天津市滨海新区示例路1号", legalRepresentative: "张某" };
    body.otherParties = [
      { role: "plaintiff", name: "示例二号资产管理有限公司" },
      { role: "third-party", name: "重庆蚂蚁消费金融有限公司", address: "重庆市示例路1号" },
    ];
    const { text } = await pdfOf(body);
    expect(text).toContain("被答辩人：示例资产管理有限公司，住所地：天津市滨海新区示例路1号。法定代表人：张某。");
    expect(text).toContain("被答辩人：示例二号资产管理有限公司。");
    expect(text).toContain("第三人：重庆蚂蚁消费金融有限公司，住所地：重庆市示例路1号。");
    expect(text).toContain("因被答辩人示例资产管理有限公司、示例二号资产管理有限公司诉答辩人李四");
    expect(text).toContain("附：本答辩状副本3份。");
  });
});

describe("civil-defence PDF: the account", () => {
  it("prints a card number as its last four digits and the contract number in full", async () => {
    const body = only("amount-not-proven");
    body.lender = { name: "招商银行股份有限公司信用卡中心", kind: "bank-credit-card" };
    body.account = { product: "信用卡", accountNumber: "6225 8801 2345 1234", contractNumber: "ZS2022-0001" };
    const { text } = await pdfOf(body);
    expect(text).toContain("原告就「信用卡」（卡号尾号1234，合同编号：ZS2022-0001）项下的款项");
    expect(text).not.toContain("62258801");
  });
});

describe("civil-defence PDF (zh-Hant)", () => {
  it("prints the Traditional document with Traditional citations and the same numbers", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const { text } = await pdfOf(body);
    expect(text).toContain("民事答辯狀");
    expect(text).toContain("答辯人：李四，女，1949年12月31日出生，汉族");
    expect(text).toContain("《中華人民共和國民法典》第五百八十五條");
    expect(text).toContain("最高人民法院《關於適用〈中華人民共和國民法典〉合同編通則若干問題的解釋》第六十四條");
    expect(text).toContain("合計¥29,648.70（人民幣貳萬玖仟陸佰肆拾捌元柒角整）");
    expect(text).toContain("此致杭州互联网法院");
    expect(text).toContain("附：1.本答辯狀副本1份；2.還款計劃表1份；3.證據材料3項（見證據清單）。");
    expect(text).toContain("本文書依據答辯人提供的信息以書函模板生成");
    expect(text).not.toContain("敬禮");
    for (const word of ["尚欠", "確認欠款", "合計欠款"]) expect(text).not.toContain(word);
  });
});
