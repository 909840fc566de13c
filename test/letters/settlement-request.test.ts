/**
 * 一次性结清减免申请书 as its recipient reads it: the PDF text (pdftotext, embedded fonts only) in both scripts —
 * the debt, the lump sum, the waiver and the share in figures and 大写, the written confirmation before paying,
 * the certificate and credit update afterwards, its citations and no others — and the 422s (the lump sum
 * against the total, the payment date against the letter date, the limitation-period guard, cross-field errors
 * in the same round as schema errors), and the facts.
 */
import { describe, expect, it } from "vitest";
import settlementRequest, { settlementCitations } from "../../src/letters/settlement-request";
import { percentage } from "../../src/letters/settlement-rules";
import { prepareLetter, renderText } from "../../src/pipeline";
import type { LetterType } from "../../src/letters/types";
import { postJson } from "../helpers/app";
import { NOW, citationsIn, errorsOf, pdfText, type Body } from "./authorization-settlement-helpers";

const type = settlementRequest as unknown as LetterType;
const clone = (): Body => structuredClone(settlementRequest.example) as Body;
const flatText = (body: Body) => renderText(prepareLetter(type, body, { now: NOW })).replace(/\s+/g, "");
const facts = (body: Body) => prepareLetter(type, body, { now: NOW }).letter.facts;

describe("percentage", () => {
  it("prints exact shares without 约 and rounds others half up to two decimals", () => {
    expect(percentage(5_000_000, 10_000_000, "Hans")).toEqual({ basisPoints: 5000, exact: true, text: "50%" });
    expect(percentage(4_000_000, 6_743_726, "Hans").text).toBe("约59.31%");
    expect(percentage(1, 3, "Hant").text).toBe("約33.33%");
    expect(percentage(2, 3, "Hans").text).toBe("约66.67%");
    expect(percentage(1_250, 10_000, "Hans").text).toBe("12.5%");
    expect(percentage(305, 10_000, "Hans").text).toBe("3.05%");
  });

  it("never shows a part above zero as 0% or a part below the whole as 100%", () => {
    expect(percentage(1, 10_000_000_000, "Hans").text).toBe("约0.01%");
    expect(percentage(9_999_999_999, 10_000_000_000, "Hans").text).toBe("约99.99%");
  });
});

describe("settlement-request PDF (zh-Hans example, a bank loan)", () => {
  it("states the debt, the lump sum, the waiver and the share in figures and 大写, and every fact to find the account", async () => {
    const text = await pdfText(type, clone());
    expect(text).toContain("一次性结清减免申请书");
    expect(text).toContain("尊敬的中国工商银行股份有限公司南京分行（个人金融业务部）：");
    expect(text).toContain("王芳（居民身份证号码：320102198506150022）");
    expect(text).toContain("「个人消费贷款」（合同编号：GSXD2024320100123）的借款人");
    expect(text).toContain("合计¥67,437.26（人民币陆万柒仟肆佰叁拾柒元贰角陆分）");
    expect(text).toContain("一次性支付¥40,000.00（人民币肆万元整），占上述欠款合计的约59.31%");
    expect(text).toContain("其余欠款¥27,437.26（人民币贰万柒仟肆佰叁拾柒元贰角陆分）恳请贵行予以减免");
    expect(text).toContain("于2026年12月31日前付清上述款项");
    expect(text).toContain("上述款项系申请人向亲友筹措。");
    expect(text).toContain("申请人将以银行转账方式一次性支付上述款项，付款账户：中国工商银行储蓄卡（尾号3306）。");
  });

  it("asks for written confirmation before paying, then the certificate and the credit update", async () => {
    const text = await pdfText(type, clone());
    expect(text).toContain("申请人在收到贵行的书面确认后，于2026年12月31日前付清");
    expect(text).toContain(
      "在申请人付款之前，以书面形式（加盖公章的函件，或通过贵行官方渠道发出的书面确认）向申请人确认：结清金额为¥40,000.00；付款期限和贵行的收款账户或还款渠道；申请人按期付清后，其余欠款¥27,437.26予以减免，贵行不再向申请人追收",
    );
    expect(text).toContain("申请人只向贵行书面确认中写明的收款账户或还款渠道付款。");
    expect(text).toContain("出具结清证明，载明该账户已经结清、贵行不再向申请人主张任何款项");
    expect(text).toContain("申请人付清后，向征信机构报送该账户的结清状态；");
    expect(text).toContain("自收到本申请书之日起15日内，以书面形式答复申请人（参照《银行业保险业消费投诉处理管理办法》关于15日内作出处理决定的期限）");
    expect(text).toContain("是否同意减免由贵行决定");
    expect(text).toContain("本申请由申请人本人提出，未委托任何代理机构。");
    expect(text).toContain("此致敬礼！");
    expect(text).toContain("申请人：王芳签名（按手印）：");
    expect(text).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("cites 第五百八十五条 for the penalty-first waiver and the complaint measures by name, and nothing else", async () => {
    const text = await pdfText(type, clone());
    expect(citationsIn(text)).toEqual(["《银行业保险业消费投诉处理管理办法》", "《中华人民共和国民法典》第五百八十五条"]);
    expect(text).toContain("优先减免已产生的罚息、违约金¥2,316.90");
    expect(text).not.toMatch(/第七十条|信用卡业务监督管理办法|第二百九十三条|民间借贷|停催|停诉|征信修复|修复征信/);
  });
});

describe("settlement-request PDF (zh-Hant)", () => {
  it("prints the template in Traditional script, the amounts in Traditional 大写, the borrower's words as typed", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const text = await pdfText(type, body);
    expect(text).toContain("一次性結清減免申請書");
    expect(text).toContain("申請人王芳（居民身份證號碼：320102198506150022）係貴行");
    expect(text).toContain("合計¥67,437.26（人民幣陸萬柒仟肆佰參拾柒元貳角陸分）");
    expect(text).toContain("一次性支付¥40,000.00（人民幣肆萬元整），占上述欠款合計的約59.31%");
    expect(text).toContain("其餘欠款¥27,437.26（人民幣貳萬柒仟肆佰參拾柒元貳角陸分）懇請貴行予以減免");
    expect(text).toContain("向徵信機構報送該賬戶的結清狀態");
    expect(text).toContain("2026年2月，申请人确诊乳腺癌"); // the borrower's words, as typed
    expect(citationsIn(text, "Hant")).toEqual(["《銀行業保險業消費投訴處理管理辦法》", "《中華人民共和國民法典》第五百八十五條"]);
    expect(text).toContain("敬禮！");
  });
});

describe("which citations and clauses appear", () => {
  it("never cites 信用卡办法 第七十条, not even for a bank credit card", async () => {
    const body = clone();
    body.lender = { name: "招商银行信用卡中心", kind: "bank-credit-card" };
    body.account = { product: "招商银行信用卡", accountNumber: "6225 8801 2345 1234" };
    const text = await pdfText(type, body);
    expect(text).not.toMatch(/第七十条|信用卡业务监督管理办法|个性化分期/);
    expect(text).toContain("「招商银行信用卡」（卡号：6225 8801 2345 1234）的持卡人".replace(/\s+/g, ""));
    expect(settlementCitations({ lender: body.lender, settlement: { amount: 1, paymentDate: { year: 2027, month: 1, day: 1 }, waivePenalty: true }, debt: { principal: 100, penalty: 5 } }, "Hans")).not.toHaveProperty(
      "personalisedInstalments",
    );
  });

  it("cites 第五百八十五条 only with waivePenalty AND penalties to waive", () => {
    const without = clone();
    without.settlement.waivePenalty = false;
    expect(flatText(without)).not.toContain("第五百八十五条");
    expect(flatText(without)).not.toContain("优先减免");
    const noPenalty = clone();
    delete noPenalty.debt.penalty;
    expect(flatText(noPenalty)).not.toContain("第五百八十五条");
    expect(facts(noPenalty).citations.map((c) => c.id)).toEqual(["complaint-measures-2020"]);
  });

  it("to a microloan company: 贵司, no complaint measures, the credit update only if it reports", async () => {
    const body = clone();
    body.lender = { name: "重庆美团三快小额贷款有限公司", kind: "microloan" };
    body.account = { product: "美团月付" };
    body.settlement.waivePenalty = false;
    const text = await pdfText(type, body);
    expect(text).toContain("系贵司「美团月付」的借款人");
    expect(text).toContain("如贵司向征信机构报送了该账户的信用信息，将其更新为结清状态");
    expect(text).toContain("自收到本申请书之日起15日内，以书面形式答复申请人。");
    expect(citationsIn(text)).toEqual([]);
  });

  it("prints an exact share without 约, an auto-debit sentence, and no funds sentence for a new loan", () => {
    const body = clone();
    body.debt = { principal: "80000" };
    body.settlement = { amount: "40000", paymentDate: "2027-01-15", fundsSource: "new-loan" };
    body.repayment = { method: "auto-debit", account: "工商银行储蓄卡（尾号3306）" };
    const text = flatText(body);
    expect(text).toContain("占上述欠款合计的50%；");
    expect(text).toContain("其余欠款¥40,000.00（人民币肆万元整）");
    expect(text).toContain("申请人将授权贵行一次性扣收上述款项，扣款账户：工商银行储蓄卡（尾号3306）。");
    expect(text).not.toMatch(/上述款项系|上述款项为|其他机构/);
    expect(facts(body).warnings.map((w) => w.code)).toEqual(["LUMP_SUM_SOURCE"]);
  });

  it("attaches the budget statement and lists it among the attachments", () => {
    const body = clone();
    body.budget = { income: [{ label: "基本生活费", amount: "2000" }], expenses: [{ label: "医药费", amount: "1500" }, { label: "房租", amount: "1200" }] };
    const text = flatText(body);
    expect(text).toContain("申请人每月的收入和必要支出见信后所附的申请人每月收支情况说明。");
    expect(text).toContain("4.申请人每月收支情况说明");
    expect(text).toContain("收不抵支¥700.00");
    expect(facts(body).amounts.disposableIncome.fen).toBe(0);
  });
});

describe("the facts (?format=json)", () => {
  it("lists the amounts, the dates, the reply deadline, the citations and the next steps", async () => {
    const res = await postJson("/v1/letters/settlement-request?format=json", clone());
    expect(res.status).toBe(200);
    const f = (await res.json()) as Record<string, any>;
    expect(f.type).toBe("settlement-request");
    expect(f.amounts.total).toMatchObject({ fen: 6_743_726, figure: "¥67,437.26" });
    expect(f.amounts.lumpSum).toMatchObject({ fen: 4_000_000, daxie: "人民币肆万元整" });
    expect(f.amounts.waived).toMatchObject({ fen: 2_743_726, daxie: "人民币贰万柒仟肆佰叁拾柒元贰角陆分" });
    expect(f.amounts.penalty.fen).toBe(231_690);
    expect(f.dates).toEqual({ paymentDate: "2026-12-31", earliestPaymentDate: "2026-12-08" });
    expect(f.deadlines).toEqual([expect.objectContaining({ id: "reply-due", date: "2026-12-08", citation: "complaint-measures-2020" })]);
    expect(f.citations.map((c: { id: string }) => c.id)).toEqual(["civil-code-585", "complaint-measures-2020"]);
    const steps = f.nextSteps.map((s: { id: string }) => s.id);
    expect(steps.indexOf("wait-for-written-confirmation")).toBeLessThan(steps.indexOf("pay-confirmed-amount"));
    expect(steps.indexOf("pay-confirmed-amount")).toBeLessThan(steps.indexOf("request-settlement-certificate"));
    expect(f.nextSteps.find((s: { id: string }) => s.id === "request-settlement-certificate").letterType).toBe("settlement-certificate-request");
    expect(f.nextSteps.find((s: { id: string }) => s.id === "pay-confirmed-amount").text.zh).toContain("绝不付到个人账户");
    expect(steps.at(-1)).toBe("no-paid-agents");
    expect(f.warnings).toEqual([]);
  });
});

describe("validation (422 with field paths)", () => {
  it("rejects a lump sum that is not less than the total, naming the total", () => {
    for (const amount of ["67437.26", "70000"]) {
      const body = clone();
      body.settlement.amount = amount;
      const [error, ...rest] = errorsOf(type, body);
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ path: "settlement.amount", code: "LUMP_SUM_NOT_LESS_THAN_TOTAL" });
      expect(error.message.zh).toContain("¥67,437.26");
    }
    const body = clone();
    body.settlement.amount = "67437.25";
    expect(() => prepareLetter(type, body, { now: NOW })).not.toThrow();
  });

  it("rejects a lump sum of zero, and a debt of zero", () => {
    const body = clone();
    body.settlement.amount = 0;
    expect(errorsOf(type, body)).toEqual([expect.objectContaining({ path: "settlement.amount", code: "LUMP_SUM_ZERO" })]);
    body.debt = { principal: 0 };
    body.settlement.amount = "100";
    expect(errorsOf(type, body)).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "debt.principal", code: "NOTHING_OWED" })]),
    );
  });

  it("rejects a payment date before the lender could answer (15 days after the letter)", () => {
    const body = clone();
    for (const date of ["2026-11-23", "2026-12-07"]) {
      body.settlement.paymentDate = date;
      const [error] = errorsOf(type, body);
      expect(error).toMatchObject({ path: "settlement.paymentDate", code: "PAYMENT_DATE_TOO_EARLY" });
      expect(error.message.zh).toContain("2026年12月8日");
    }
    body.settlement.paymentDate = "2026-12-08";
    expect(() => prepareLetter(type, body, { now: NOW })).not.toThrow();
  });

  it("reports cross-field errors in the same 422 as schema errors", () => {
    const body = clone();
    body.borrower.idNumber = "320102198506150023"; // wrong check digit
    body.settlement.amount = "90000";
    body.settlement.paymentDate = "2026-11-30";
    body.settlement.extra = 1;
    const paths = errorsOf(type, body).map((e) => `${e.path} ${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "borrower.idNumber INVALID_ID_NUMBER",
        "settlement.amount LUMP_SUM_NOT_LESS_THAN_TOTAL",
        "settlement.paymentDate PAYMENT_DATE_TOO_EARLY",
        expect.stringMatching(/^settlement\.extra /),
      ]),
    );
  });

  it("runs the limitation-period guard: every date more than three years old is refused unless acknowledged", () => {
    const body = clone();
    body.debt.overdueSince = "2022-03-20";
    body.debt.lastPaymentDate = "2022-03-01";
    body.debt.lastDemandDate = "2023-05-10";
    const [error] = errorsOf(type, body);
    expect(error).toMatchObject({ path: "acknowledgeLimitationRisk", code: "LIMITATION_RISK" });
    expect(error.message.zh).toContain("债务明细及债权凭证查询函");
    expect(error.message.en).toContain("debt-details-request");
    body.acknowledgeLimitationRisk = true;
    expect(facts(body).warnings.map((w) => w.code)).toEqual(["LIMITATION_RISK"]);
    // One recent demand restarts the period: nothing to guard.
    const recent = clone();
    recent.debt.overdueSince = "2022-03-20";
    recent.debt.lastDemandDate = "2026-10-01";
    expect(() => prepareLetter(type, recent, { now: NOW })).not.toThrow();
  });

  it("needs a way for the written reply to reach the borrower", () => {
    const body = clone();
    body.borrower = { name: "王芳" };
    expect(errorsOf(type, body)).toEqual([expect.objectContaining({ path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" })]);
  });

  it("rejects debt dates after the letter date", () => {
    const body = clone();
    body.debt.lastPaymentDate = "2026-12-01";
    expect(errorsOf(type, body)).toEqual([expect.objectContaining({ path: "debt.lastPaymentDate", code: "INVALID_DATE_ORDER" })]);
  });

  it("accepts the example", () => {
    expect(() => prepareLetter(type, clone(), { now: NOW })).not.toThrow();
    expect(prepareLetter(type, clone(), { now: NOW }).letter.fileName).toBe("一次性结清减免申请书_王芳_中国工商银行股份有限公司南京分行");
  });
});

describe("the LIMITATION_RISK warning of every request letter (limitationWarningForDebt)", () => {
  it("is given once the borrower acknowledges the risk — installment, deferral and settlement alike", async () => {
    const { findLetterType } = await import("../../src/letters");
    for (const id of ["installment-request", "deferral-request", "settlement-request"]) {
      const letter = findLetterType(id)!;
      const body = structuredClone(letter.example) as Body;
      body.debt = { ...body.debt, overdueSince: "2022-03-20", lastPaymentDate: "2022-03-01", lastDemandDate: "2023-05-10" };
      body.acknowledgeLimitationRisk = true;
      const warning = prepareLetter(letter, body, { now: NOW }).letter.facts.warnings.find((w) => w.code === "LIMITATION_RISK");
      expect(warning, id).toMatchObject({ path: "acknowledgeLimitationRisk" });
      expect(warning!.message.zh, id).toContain("2023年5月10日");
    }
  });
});
