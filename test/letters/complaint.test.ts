/**
 * 投诉信: the schema and cross-field checks (422s with field paths: the authority that does not supervise the lender
 * kind names the one that does; the PBOC only after the institution; each topic's facts), the view model (who is
 * addressed how, which rule is cited for which topic, the computed days and deadlines), and the letter's voice: it
 * asks, never promises or threatens, and admits no debt.
 */
import { describe, expect, it } from "vitest";
import complaint from "../../src/letters/complaint";
import { authorityMismatch, authorityYou, fittingAuthorities } from "../../src/letters/complaint-rules";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import { unzipSync } from "fflate";
import { postJson } from "../helpers/app";
import { pdfToText } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = complaint as unknown as LetterType;
const example = complaint.example as Record<string, any>;

/** The example with fields replaced; a field set to undefined is removed. */
function body(overrides: Record<string, unknown> = {}): Record<string, any> {
  const b: Record<string, any> = { ...structuredClone(example), ...overrides };
  for (const key of Object.keys(b)) if (b[key] === undefined) delete b[key];
  return b;
}

/** A complaint about another topic: the collection facts of the example removed. */
function about(topic: string, facts: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return body({ topic, incidents: undefined, collector: undefined, evidence: undefined, ...facts, ...overrides });
}

const CONSUMER_FINANCE = { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" };
const MICROLOAN = { name: "重庆某某小额贷款有限公司", kind: "microloan" };
const NFRA = { kind: "nfra", name: "国家金融监督管理总局重庆监管局" };

function letter(input: unknown) {
  const prepared = prepareLetter(type, input, { now: NOW });
  return { prepared, text: renderText(prepared), vm: prepared.letter.viewModel as Record<string, any>, facts: prepared.letter.facts };
}

function errorsOf(input: unknown): { path: string; code: string; zh: string }[] {
  try {
    prepareLetter(type, input, { now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    const e = error as ShuhanError;
    expect(e.status).toBe(422);
    return (e.errors ?? []).map(({ path, code, message }) => ({ path, code, zh: message.zh })).sort((a, b) => a.path.localeCompare(b.path));
  }
  throw new Error("expected a 422");
}
const codes = (input: unknown) => errorsOf(input).map(({ path, code }) => ({ path, code }));

const ADMISSIONS = /本人尚欠|投诉人尚欠|确认欠款|確認欠款|合计欠款|合計欠款|尚欠/;
/** A complaint asks: no threat of what comes next, no promise of a result. */
const THREATS = /否则|否則|将向|將向|曝光|媒体|媒體|起诉|起訴|诉讼|訴訟|追究/;
const PROMISES = /一定会|必将|必須|必须|保证.{0,6}(结果|解决|成功)|立即停止催收|停催|停诉/;

describe("complaint: the example (to a bank's complaint department, about collection)", () => {
  it("states complainant, institution, request, facts and basis as the measures ask, addressed to 贵行", () => {
    const { text, prepared } = letter(example);
    expect(text.startsWith("投诉信\n")).toBe(true);
    expect(text).toContain("尊敬的招商银行信用卡中心（消费者权益保护部）：");
    expect(text).toContain("本人张三（居民身份证号码：11010519491231002X）在贵行办理「招商银行信用卡」（卡号：6225 8801 2345 1234）业务。现就该业务催收过程中的不当行为，向贵行投诉。");
    expect(text).toContain("依照《银行业保险业消费投诉处理管理办法》，现将投诉人、被投诉机构、投诉请求、事实和理由列明如下。");
    for (const heading of ["一、投诉人", "二、被投诉机构", "三、投诉请求", "四、事实和理由", "五、证据"]) expect(text).toContain(heading);
    expect(text).toContain("卡号：6225 8801 2345 1234");
    expect(text).toContain("催收机构：深圳市恒信达商务咨询有限公司（联系电话：0755-86001234）");
    expect(text).toContain("投诉人：张三");
    expect(text).toContain("本投诉由投诉人本人提出，未委托任何代理机构。");
    expect(prepared.letter.fileName).toBe("投诉信_张三_招商银行信用卡中心");
  });

  it("asks: verification, the stop, and a decision within 15 days", () => {
    const { text } = letter(example);
    expect(text).toContain("恳请贵行：");
    expect(text).toContain("1. 核实本投诉所述情况；");
    expect(text).toContain("2. 停止上述不当催收行为；如贵行委托他人催收，请要求受托机构同样停止；");
    expect(text).toContain("4. 自收到本投诉之日起15日内作出处理决定，并书面告知本人。");
    expect(text).not.toMatch(THREATS);
    expect(text).not.toMatch(PROMISES);
    expect(text).not.toMatch(ADMISSIONS);
    expect(text).toContain("贵行主张的欠款");
  });

  it("reuses the objection's incident table and rules: the card's 第六十八条, 中银协 norms, the consumer-protection measures by name", () => {
    const { text, facts } = letter(example);
    expect(text).toContain("1\t2026年10月12日\t10:20\t电话\t0755-86001234");
    expect(text).toContain("（一）联系与债务无关的第三人（见上表第1项）。");
    expect(text).toContain("（五）夜间（22:00至次日08:00）催收（见上表第2、3项）。");
    expect(text).toContain("《商业银行信用卡业务监督管理办法》第六十八条规定");
    expect(text).toContain("此外，依照《银行保险机构消费者权益保护管理办法》，银行保险机构应当规范催收行为");
    expect(facts.citations.map((c) => c.id)).toEqual([
      "complaint-measures-2020",
      "civil-code-1032",
      "civil-code-1038",
      "pipl-10",
      "credit-card-measures-68",
      "cba-collection-guideline-2026",
      "public-security-penalties-law",
      "civil-code-1033-1",
      "consumer-protection-measures-2023",
    ]);
  });

  it("has the 15-day decision period as reply-due, the incident dates, and the escalation to the NFRA", () => {
    const { facts } = letter(example);
    expect(facts.deadlines).toEqual([expect.objectContaining({ id: "reply-due", date: "2026-12-08", citation: "complaint-measures-2020" })]);
    expect(facts.dates).toEqual({ firstIncident: "2026-10-12", lastIncident: "2026-11-02" });
    const escalate = facts.nextSteps.find((s) => s.id === "escalate")!;
    expect(escalate.letterType).toBe("complaint");
    expect(escalate.text.zh).toContain("国家金融监督管理总局当地派出机构（监管局，热线12378）");
    expect(facts.nextSteps.find((s) => s.id === "legal-aid")!.text.zh).toContain("12348");
    expect(facts.warnings).toEqual([]);
  });
});

describe("complaint: to an authority", () => {
  it("to the NFRA's local office: 贵局, masked numbers, 督促, the earlier complaint and its 15 days", () => {
    const b = body({
      complaintTo: NFRA,
      lender: CONSUMER_FINANCE,
      account: { product: "借呗", contractNumber: "JB20250315001234", accountNumber: "2088123412341234" },
      privacy: undefined,
      priorComplaint: { date: "2026-10-20", via: "app", reference: "TS20261020001" },
    });
    const { text, facts } = letter(b);
    expect(text).toContain("尊敬的国家金融监督管理总局重庆监管局：");
    expect(text).toContain("110105********002X");
    expect(text).not.toContain("11010519491231002X");
    expect(text).toContain("账号：尾号1234");
    expect(text).toContain("机构类型：消费金融公司");
    expect(text).toContain("恳请贵局：");
    expect(text).toContain("1. 依法受理本投诉，核查本投诉所述情况；");
    expect(text).toContain("2. 督促重庆蚂蚁消费金融有限公司停止上述不当催收行为；");
    expect(text).toContain("将处理结果书面告知本人。");
    expect(text).not.toContain("15日内作出处理决定，并书面告知本人");
    expect(text).toContain(
      "本人已于2026年10月20日通过App在线客服就本投诉所述问题向重庆蚂蚁消费金融有限公司投诉（投诉编号：TS20261020001），至今已34日，未收到处理决定。依照《银行业保险业消费投诉处理管理办法》，银行业保险业机构应当在15日内对消费投诉作出处理决定，情况复杂的可以延长。",
    );
    // A consumer-finance company: no 信用卡办法, the internet-lending norms instead.
    expect(facts.citations.map((c) => c.id)).not.toContain("credit-card-measures-68");
    expect(facts.citations.map((c) => c.id)).toContain("nifa-collection-guideline-2024");
    expect(facts.deadlines).toEqual([expect.objectContaining({ id: "institution-decision", date: "2026-11-04", citation: "complaint-measures-2020" })]);
    expect(facts.dates.priorComplaint).toBe("2026-10-20");
    expect(facts.warnings).toEqual([]);
    expect(facts.nextSteps.find((s) => s.id === "follow-up")!.text.zh).toContain("12378");
  });

  it("to the local financial regulator, about a microloan company's silence on a data-rights request", () => {
    const b = about(
      "unanswered-request",
      { unansweredRequest: { kind: "personal-information-request", sentOn: "2026-10-20", via: "ems", trackingNumber: "1234567890123", receivedOn: "2026-10-22" } },
      { complaintTo: { kind: "local-financial-regulator", name: "重庆市地方金融管理局" }, lender: MICROLOAN, account: { product: "某某借" }, complaintRequests: ["answer-request"] },
    );
    const { text, facts } = letter(b);
    expect(text).toContain("尊敬的重庆市地方金融管理局：");
    expect(text).toContain("现就重庆某某小额贷款有限公司对本人《个人信息权利行使申请书》的处理，向贵局投诉。");
    expect(text).toContain("重庆某某小额贷款有限公司为小额贷款公司，由其注册地的地方金融管理部门监管。");
    expect(text).toContain("2. 督促重庆某某小额贷款有限公司对本人于2026年10月20日提出的《个人信息权利行使申请书》作出书面答复；");
    expect(text).toContain(
      "本人已于2026年10月20日通过EMS邮寄向重庆某某小额贷款有限公司提出《个人信息权利行使申请书》（邮件号：1234567890123），对方已于2026年10月22日签收。自签收之日起至今已32日，本人未收到任何答复。",
    );
    expect(text).toContain("依照《中华人民共和国个人信息保护法》第五十条，个人信息处理者拒绝个人行使权利的请求的，应当说明理由。");
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-50"]);
    expect(facts.deadlines).toEqual([expect.objectContaining({ id: "requested-reply", date: "2026-11-06" })]);
    expect(text).not.toContain("银行业保险业");
  });

  it("to the PBOC branch, about a credit record: 贵行, 民法典 第一千零二十九条, 条例 第二十五条 with its 20 days, 第二十六条 with its 30", () => {
    const b = about(
      "credit-report",
      {
        creditRecord: {
          shows: "2026年6月至8月贷款账户显示逾期，逾期金额3,200元",
          reason: "该笔借款已于2026年5月20日全部还清，本人持有结清证明。",
          objection: { sentOn: "2026-10-08" },
        },
      },
      { complaintTo: { kind: "pboc", name: "中国人民银行北京市分行" }, complaintRequests: ["correct-credit-record"] },
    );
    const { text, facts } = letter(b);
    expect(text).toContain("尊敬的中国人民银行北京市分行：");
    expect(text).toContain("恳请贵行：");
    expect(text).toContain("督促招商银行信用卡中心核查其报送的上述征信记录，如确有错误，予以更正；");
    expect(text).toContain("本人的信用报告显示，招商银行信用卡中心报送了下列记录：2026年6月至8月贷款账户显示逾期，逾期金额3,200元。");
    expect(text).toContain("本人已于2026年10月8日就该记录向招商银行信用卡中心提出异议，至今已46日，仍未收到书面答复。");
    expect(facts.citations.map((c) => c.id)).toEqual(["civil-code-1029", "credit-regulation-25", "credit-regulation-26"]);
    expect(facts.deadlines.map((d) => [d.id, d.date])).toEqual([
      ["authority-reply", "2026-12-23"],
      ["credit-objection-reply", "2026-10-28"],
    ]);
    expect(facts.warnings).toEqual([]);
  });

  it("to the internet-finance association: 贵会, 投诉、反映, data misuse without 第六十五条 (an association is no authority)", () => {
    const b = about(
      "data-misuse",
      { dataMisuse: { categories: ["contacts"], thirdParties: ["relatives", "colleagues"] }, statement: "该App在借款时读取了本人的手机通讯录。" },
      { complaintTo: { kind: "nifa" }, lender: MICROLOAN, account: undefined, privacy: undefined, complaintRequests: ["stop-data-misuse"], priorComplaint: { date: "2026-11-01" } },
    );
    const { text, facts } = letter(b);
    expect(text).toContain("尊敬的中国互联网金融协会：");
    expect(text).toContain("本人张三（居民身份证号码：110105********002X），现就重庆某某小额贷款有限公司处理本人个人信息的行为，向贵会投诉、反映。");
    expect(text).toContain("1. 受理本投诉，核查本投诉所述情况；");
    expect(text).toContain("本人认为，重庆某某小额贷款有限公司违法处理了本人的手机通讯录信息，并向本人的亲属、同事透露了本人的个人信息。");
    expect(text).toContain("不针对重庆某某小额贷款有限公司依法委托他人催收本身");
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-10", "civil-code-1038"]);
  });

  it("data misuse to the NFRA cites 第六十五条", () => {
    const b = about(
      "data-misuse",
      { dataMisuse: { categories: ["contacts", "call-log"] } },
      { complaintTo: NFRA, lender: CONSUMER_FINANCE, complaintRequests: ["stop-data-misuse"], priorComplaint: { date: "2026-11-01", outcome: "unsatisfied" } },
    );
    const { text, facts } = letter(b);
    // The earlier complaint is stated first (an authority checks that the institution was asked), with its rule.
    expect(facts.citations.map((c) => c.id)).toEqual(["complaint-measures-2020", "pipl-10", "pipl-65"]);
    expect(text.indexOf("四、事实和理由\n　　本人已于2026年11月1日")).toBeGreaterThan(0);
    expect(text).toContain("依照《个人信息保护法》第六十五条，任何组织、个人有权对违法个人信息处理活动向履行个人信息保护职责的部门进行投诉、举报。");
    expect(text).toContain("本人对其处理结果不满意。");
    expect(text).not.toContain("第一千零三十八条"); // nobody was said to have been told
  });
});

describe("complaint: topics to the institution", () => {
  it("fees and interest at a consumer-finance company: the table, the sum in 大写, the financing-cost rule by name", () => {
    const b = about(
      "fees-interest",
      { disputedCharges: { items: [{ label: "担保费", amount: "1200" }, { label: "会员费", amount: "299.5" }, { label: "服务费" }] } },
      { lender: CONSUMER_FINANCE, account: { product: "借呗" }, complaintRequests: ["explain-charges", "refund-charges"] },
    );
    const { text, facts } = letter(b);
    expect(text).toContain("现就该业务的收费和计息问题，向贵司投诉。");
    expect(text).toContain("贵司收取或主张下列费用，本人对其金额和依据有异议：");
    expect(text).toContain("担保费\t1,200.00");
    expect(text).toContain("服务费\t—");
    expect(text).toContain("上述各项费用共计¥1,499.50（人民币壹仟肆佰玖拾玖元伍角整）。");
    expect(text).toContain("依照《个人贷款业务明示综合融资成本规定》，持牌机构应当以表格等方式向借款人明示个人贷款的年化综合融资成本");
    expect(text).toContain("3. 退还经核查不应收取的费用；");
    expect(facts.amounts.disputedCharges).toEqual(expect.objectContaining({ fen: 149950, figure: "¥1,499.50", daxie: "人民币壹仟肆佰玖拾玖元伍角整" }));
    expect(facts.citations.map((c) => c.id)).toEqual(["complaint-measures-2020", "financing-cost-disclosure-2026"]);
    expect(text).not.toMatch(/LPR|四倍|4倍|24%|36%|民间借贷/);
  });

  it("fees on a credit card cite the 2022 notice; fees of an 'other' creditor cite nothing; no explanation asked, no rule", () => {
    const fees = { disputedCharges: { items: [{ label: "分期手续费", amount: "860" }] } };
    expect(letter(about("fees-interest", fees, { complaintRequests: ["explain-charges"] })).facts.citations.map((c) => c.id)).toEqual([
      "complaint-measures-2020",
      "credit-card-notice-2022",
    ]);
    const other = letter(about("fees-interest", fees, { lender: { name: "某某信息咨询有限公司", kind: "other" }, complaintRequests: ["explain-charges"] }));
    expect(other.facts.citations).toEqual([]);
    expect(other.text).toContain("尊敬的某某信息咨询有限公司：");
    expect(other.text).toContain("向贵方投诉");
    expect(other.text).toContain("上述费用为¥860.00（人民币捌佰陆拾元整）。");
    expect(letter(about("fees-interest", fees, { complaintRequests: ["refund-charges"] })).facts.citations.map((c) => c.id)).toEqual(["complaint-measures-2020"]);
  });

  it("a microloan company's own complaint department: 贵司, no 银行业保险业 measures, a 15-day reply asked all the same", () => {
    const { text, facts } = letter(body({ lender: MICROLOAN, account: { product: "某某借" } }));
    expect(text).toContain("向贵司投诉。现将投诉人");
    expect(text).not.toContain("银行业保险业");
    expect(text).not.toContain("银行保险机构消费者权益保护管理办法");
    expect(text).toContain("自收到本投诉之日起15日内作出处理决定，并书面告知本人。");
    expect(facts.deadlines).toEqual([expect.objectContaining({ id: "reply-due", date: "2026-12-08" })]);
    expect(facts.deadlines[0].citation).toBeUndefined();
    expect(facts.nextSteps.find((s) => s.id === "escalate")!.text.zh).toContain("小额贷款公司注册地的地方金融管理局");
  });

  it("an unanswered credit objection: 条例 第二十五条, the 20 days counted, a warning while they run", () => {
    const b = about("unanswered-request", { unansweredRequest: { kind: "credit-report-objection", sentOn: "2026-11-10" } }, { complaintRequests: ["answer-request"] });
    const { text, facts } = letter(b);
    expect(text).toContain("本人已于2026年11月10日向贵行提出《征信异议申请书》。自寄出之日起至今已13日，本人未收到任何答复。");
    expect(text).toContain("受理异议的机构应当自收到异议之日起20日内进行核查和处理");
    expect(facts.deadlines.map((d) => [d.id, d.date])).toEqual([
      ["reply-due", "2026-12-08"],
      ["credit-objection-reply", "2026-11-30"],
    ]);
    expect(facts.warnings.map((w) => w.code)).toEqual(["PERIOD_NOT_OVER"]);
  });

  it("a credit record without an objection: a warning and the objection letter as the next step", () => {
    const { facts } = letter(about("credit-report", { creditRecord: { shows: "逾期记录", reason: "本人从未办理该笔贷款。" } }, { complaintRequests: ["correct-credit-record"] }));
    expect(facts.warnings.map((w) => w.code)).toEqual(["CREDIT_OBJECTION_FIRST"]);
    expect(facts.nextSteps.find((s) => s.id === "credit-objection")!.letterType).toBe("credit-report-objection");
  });

  it("an 'other' complaint prints the borrower's words and request as typed", () => {
    const b = about("other", { statement: "2026年9月起，App无法还款，客服一直不回复。" }, { complaintRequests: ["other"], otherRequest: "恢复App的还款功能。" });
    const { text } = letter(b);
    expect(text).toContain("现就该业务中的问题，向贵行投诉。");
    expect(text).toContain("具体情况如下：");
    expect(text).toContain("2026年9月起，App无法还款，客服一直不回复。");
    expect(text).toContain("2. 恢复App的还款功能；");
  });
});

describe("complaint: zh-Hant", () => {
  it("derives the Traditional letter and keeps the borrower's words as typed", () => {
    const { text, facts } = letter(body({ locale: "zh-Hant" }));
    expect(text.startsWith("投訴信\n")).toBe(true);
    expect(text).toContain("依照《銀行業保險業消費投訴處理管理辦法》");
    expect(text).toContain("懇請貴行：");
    expect(text).toContain("自收到本投訴之日起15日內作出處理決定");
    expect(text).toContain("对方致电本人母亲");
    expect(text).not.toMatch(ADMISSIONS);
    expect(facts.title).toBe("投訴信");
  });
});

describe("complaint: which authority fits", () => {
  it("routes by lender kind and topic", () => {
    expect(fittingAuthorities({ lenderKind: "consumer-finance", topic: "improper-collection" })).toEqual(["nfra", "nifa"]);
    expect(fittingAuthorities({ lenderKind: "microloan", topic: "fees-interest" })).toEqual(["local-financial-regulator", "nifa"]);
    expect(fittingAuthorities({ lenderKind: "bank-credit-card", topic: "credit-report" })).toEqual(["pboc"]);
    expect(fittingAuthorities({ lenderKind: "bank-loan", topic: "unanswered-request", unansweredKind: "credit-report-objection" })).toEqual(["pboc"]);
    expect(fittingAuthorities({ lenderKind: "bank-credit-card", topic: "other" })).toEqual(["nfra", "pboc"]);
    expect(authorityMismatch("nfra", { lenderKind: "consumer-finance", topic: "data-misuse" })).toBeUndefined();
    expect(authorityMismatch("nfra", { lenderKind: "microloan", topic: "data-misuse" })!.zh).toContain("小额贷款公司注册地的地方金融管理局（local-financial-regulator）");
  });

  it("addresses each authority by the end of its name", () => {
    expect(authorityYou("nfra", "国家金融监督管理总局北京监管局", "Hans")).toBe("贵局");
    expect(authorityYou("nfra", "國家金融監督管理總局北京監管局", "Hant")).toBe("貴局");
    expect(authorityYou("pboc", "中国人民银行北京市分行", "Hans")).toBe("贵行");
    expect(authorityYou("pboc", "中国人民银行上海总部", "Hans")).toBe("贵行");
    expect(authorityYou("local-financial-regulator", "某市人民政府金融工作办公室", "Hans")).toBe("贵办");
    expect(authorityYou("nifa", "中国互联网金融协会", "Hans")).toBe("贵会");
  });
});

describe("complaint: 422", () => {
  it("an authority that does not supervise the lender kind: the message names the one that does", () => {
    const microloanToNfra = codes(body({ complaintTo: NFRA, lender: MICROLOAN, priorComplaint: { date: "2026-10-20" } }));
    expect(microloanToNfra).toEqual([{ path: "complaintTo.kind", code: "AUTHORITY_MISMATCH" }]);
    expect(errorsOf(body({ complaintTo: NFRA, lender: MICROLOAN }))[0].zh).toContain("地方金融管理局（local-financial-regulator）");
    const cfToLocal = errorsOf(body({ complaintTo: { kind: "local-financial-regulator", name: "重庆市地方金融管理局" }, lender: CONSUMER_FINANCE }));
    expect(cfToLocal.map((e) => e.code)).toEqual(["AUTHORITY_MISMATCH"]);
    expect(cfToLocal[0].zh).toContain("国家金融监督管理总局当地派出机构（监管局，热线12378）（nfra）");
    const cardToNifa = errorsOf(body({ complaintTo: { kind: "nifa" } }));
    expect(cardToNifa[0].zh).toContain("（nfra）");
  });

  it("a topic the authority does not take: collection to the PBOC, a credit record to the NFRA", () => {
    const collectionToPboc = errorsOf(body({ complaintTo: { kind: "pboc", name: "中国人民银行北京市分行" }, priorComplaint: { date: "2026-10-20" } }));
    expect(collectionToPboc.map((e) => `${e.path} ${e.code}`)).toEqual(["complaintTo.kind AUTHORITY_MISMATCH"]);
    expect(collectionToPboc[0].zh).toContain("（nfra）");
    const creditToNfra = errorsOf(
      about("credit-report", { creditRecord: { shows: "逾期", reason: "已还清" } }, { complaintTo: NFRA, complaintRequests: ["correct-credit-record"] }),
    );
    expect(creditToNfra.map((e) => e.code)).toEqual(["AUTHORITY_MISMATCH"]);
    expect(creditToNfra[0].zh).toContain("中国人民银行当地分支机构（热线12363）（pboc）");
  });

  it("the PBOC only after the institution was asked", () => {
    const credit = about("credit-report", { creditRecord: { shows: "逾期", reason: "已还清" } }, { complaintTo: { kind: "pboc", name: "中国人民银行北京市分行" }, complaintRequests: ["correct-credit-record"] });
    expect(codes(credit)).toEqual([{ path: "priorComplaint", code: "INSTITUTION_FIRST" }]);
  });

  it("each topic needs its facts, and other topics' facts are refused — together with schema errors", () => {
    expect(codes(body({ incidents: undefined, borrower: { ...example.borrower, phone: "12345" } }))).toEqual([
      { path: "borrower.phone", code: "INVALID_PHONE" },
      { path: "incidents", code: "FACTS_REQUIRED" },
    ]);
    expect(codes(body({ creditRecord: { shows: "逾期", reason: "已还清" } }))).toEqual([{ path: "creditRecord", code: "FACTS_NOT_FOR_TOPIC" }]);
    expect(codes(about("other", {}, { complaintRequests: ["other"], otherRequest: "说明情况" }))).toEqual([{ path: "statement", code: "FACTS_REQUIRED" }]);
  });

  it("requests must fit the topic; 'other' needs its words, and the words need 'other'", () => {
    expect(codes(body({ complaintRequests: ["stop-collection-conduct", "correct-credit-record"] }))).toEqual([{ path: "complaintRequests.1", code: "REQUEST_NOT_FOR_TOPIC" }]);
    expect(codes(body({ complaintRequests: ["other"] }))).toEqual([{ path: "otherRequest", code: "REQUEST_DETAILS_REQUIRED" }]);
    expect(codes(body({ otherRequest: "恢复还款功能" }))).toEqual([{ path: "otherRequest", code: "REQUEST_DETAILS_NOT_USED" }]);
  });

  it("who the recipient is: an authority needs its name, the institution takes none", () => {
    expect(codes(body({ complaintTo: { kind: "nfra" }, lender: CONSUMER_FINANCE }))).toEqual([{ path: "complaintTo.name", code: "RECIPIENT_NAME_REQUIRED" }]);
    expect(codes(body({ complaintTo: { kind: "institution", name: "招商银行" } }))).toEqual([{ path: "complaintTo.name", code: "RECIPIENT_NAME_NOT_USED" }]);
  });

  it("dates: after the letter, received before sent; the incident model's own rules", () => {
    const request = (r: Record<string, unknown>) => about("unanswered-request", { unansweredRequest: { kind: "installment-request", sentOn: "2026-10-20", ...r } }, { complaintRequests: ["answer-request"] });
    expect(codes(request({ receivedOn: "2026-10-19" }))).toEqual([{ path: "unansweredRequest.receivedOn", code: "INVALID_DATE_ORDER" }]);
    expect(codes(request({ sentOn: "2026-11-24" }))).toEqual([{ path: "unansweredRequest.sentOn", code: "INVALID_DATE_ORDER" }]);
    expect(codes(request({ kind: "other" }))).toEqual([{ path: "unansweredRequest.title", code: "TITLE_REQUIRED" }]);
    const incidents = [{ ...example.incidents[0], date: "2026-12-01" }, { ...example.incidents[1], time: "14:00" }];
    expect(codes(body({ incidents }))).toEqual([
      { path: "incidents.0.date", code: "INVALID_DATE_ORDER" },
      { path: "incidents.1.time", code: "NOT_NIGHT_TIME" },
    ]);
    expect(codes(body({ priorComplaint: { date: "2026-11-30" } }))).toEqual([{ path: "priorComplaint.date", code: "INVALID_DATE_ORDER" }]);
  });

  it("a way to reply, and no debt field", () => {
    expect(codes(body({ borrower: { name: "张三" } }))).toEqual([{ path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" }]);
    expect(codes(body({ debt: { principal: "100" } })).map((e) => e.path)).toEqual(["debt"]);
  });

  it("answers 422 problem+json through the API", async () => {
    const res = await postJson("/v1/letters/complaint", body({ complaintTo: NFRA, lender: MICROLOAN, incidents: undefined }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(["complaintTo.kind AUTHORITY_MISMATCH", "incidents FACTS_REQUIRED"]);
  });
});

describe("complaint and personal-information-request in one batch", () => {
  it("each keeps its own field names (complaintTo, processor), so a batch validates each with its own schema", async () => {
    const pi = structuredClone((await import("../../src/letters/personal-information-request")).default.example) as Record<string, any>;
    const { borrower, privacy: _privacy, locale, date, ...piItem } = pi;
    const { borrower: _b, privacy: _p, locale: _l, date: _d, ...complaintItem } = body({
      complaintTo: NFRA,
      lender: CONSUMER_FINANCE,
      account: { product: "借呗" },
      priorComplaint: { date: "2026-10-20" },
    });
    const batch = {
      borrower,
      locale,
      date,
      items: [
        { type: "personal-information-request", ...piItem, processor: { kind: "collection-agency", name: "深圳市恒信达商务咨询有限公司" } },
        { type: "complaint", ...complaintItem },
      ],
    };
    const res = await postJson("/v1/batches", batch);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const texts = Object.values(files).map((pdf) => pdfToText(pdf).replace(/\s/g, ""));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(texts[1]).toContain("尊敬的国家金融监督管理总局重庆监管局：");
  });
});
