/**
 * 个性化分期还款申请书: the schedule arithmetic, which citations appear (and which must not), and the letter
 * text in both scripts, through the real pipeline (validate → view model → template → blocks → text).
 */
import { describe, expect, it } from "vitest";
import installmentRequest, { installmentSchedule, installmentCitations } from "../../src/letters/installment-request";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import type { LetterType } from "../../src/letters/types";

const type = installmentRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");

type Body = Record<string, any>;
const clone = (): Body => structuredClone(installmentRequest.example) as Body;
const text = (body: Body) => renderText(prepareLetter(type, body, { now }));
/** The letter text with all whitespace removed: amounts and 大写 may wrap anywhere in a paragraph. */
const flat = (body: Body) => text(body).replace(/\s+/g, "");

function errorsOf(body: Body) {
  try {
    prepareLetter(type, body, { now });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    expect((error as ShuhanError).status).toBe(422);
    return (error as ShuhanError).errors ?? [];
  }
  throw new Error("expected a 422");
}

const d = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};

describe("installmentSchedule", () => {
  it("spreads the remainder after the down payment evenly (¥50,034.56 − ¥5,000 in 12 → 12 × ¥3,752.88)", () => {
    // 45,034.56 / 12 = 3,752.88 exactly, so there is no rounding difference: not 11 × 3,752.87 + 3,752.99.
    const s = installmentSchedule(5_003_456, { months: 12, firstPaymentDate: d("2026-12-15"), downPayment: 500_000 }, "Hans");
    expect(s.instalments).toEqual(Array(12).fill(375_288));
    expect(s.remainder.figure).toBe("¥45,034.56");
    expect(s.rows[0]).toEqual({ period: "首付", date: "协议达成后", amount: "5,000.00", remaining: "45,034.56" });
    expect(s.rows[1]).toEqual({ period: "第1期", date: "2026年12月15日", amount: "3,752.88", remaining: "41,281.68" });
    expect(s.rows[12]).toEqual({ period: "第12期", date: "2027年11月15日", amount: "3,752.88", remaining: "0.00" });
  });

  it("puts the rounding difference in the last instalment (¥45,034.57 in 12 → 11 × ¥3,752.88 + ¥3,752.89)", () => {
    const s = installmentSchedule(5_003_457, { months: 12, firstPaymentDate: d("2026-12-15"), downPayment: 500_000 }, "Hans");
    expect(s.instalments.slice(0, 11)).toEqual(Array(11).fill(375_288));
    expect(s.instalments[11]).toBe(375_289);
    expect(s.rows.at(-1)).toMatchObject({ amount: "3,752.89", remaining: "0.00" });
  });

  it("¥10,000 in 3 → 3,333.33, 3,333.33, 3,333.34", () => {
    expect(installmentSchedule(1_000_000, { months: 3, firstPaymentDate: d("2027-01-01") }, "Hans").instalments).toEqual([333_333, 333_333, 333_334]);
  });

  it("stays exact at 1亿 over 60 months and with four 1亿 lines (4亿)", () => {
    const s = installmentSchedule(10_000_000_000, { months: 60, firstPaymentDate: d("2027-01-15") }, "Hans");
    expect(s.instalments[0]).toBe(166_666_666);
    expect(s.instalments[59]).toBe(166_666_706);
    expect(s.instalments.reduce((a, b) => a + b, 0)).toBe(10_000_000_000);
    expect(s.rows[0].amount).toBe("1,666,666.66");
    expect(s.rows[59]).toMatchObject({ amount: "1,666,667.06", remaining: "0.00" });
    const big = installmentSchedule(40_000_000_000, { months: 7, firstPaymentDate: d("2027-01-15"), downPayment: 10_000_000_000 }, "Hans");
    expect(big.instalments.reduce((a, b) => a + b, 0)).toBe(30_000_000_000);
    expect(big.remainder.daxie).toBe("人民币叁亿元整");
  });

  it("handles tiny amounts: ¥0.12 in 12 is one fen a month", () => {
    const s = installmentSchedule(12, { months: 12, firstPaymentDate: d("2027-01-15") }, "Hans");
    expect(s.instalments).toEqual(Array(12).fill(1));
    expect(s.rows.map((r) => r.remaining).at(-1)).toBe("0.00");
  });

  it("adds up for every month count 2..60 and awkward totals", () => {
    for (const total of [12_345, 5_003_457, 999_999_999, 10_000_000_000])
      for (let months = 2; months <= 60; months++) {
        const down = total % 7 === 0 ? 0 : Math.floor(total / 10);
        const s = installmentSchedule(total, { months, firstPaymentDate: d("2027-03-31"), downPayment: down || undefined }, "Hant");
        expect(s.instalments).toHaveLength(months);
        expect(s.dates).toHaveLength(months);
        expect(down + s.instalments.reduce((a, b) => a + b, 0)).toBe(total);
        const first = s.instalments[0];
        expect(s.instalments.slice(0, -1).every((x) => x === first)).toBe(true);
        expect(s.instalments.at(-1)! - first).toBeGreaterThanOrEqual(0);
        expect(s.instalments.at(-1)! - first).toBeLessThan(months);
        expect(s.rows.at(-1)!.remaining).toBe("0.00");
        expect(s.rows).toHaveLength(months + (down ? 1 : 0));
      }
  });

  it("steps by calendar month from the first date, clamped to month end (Jan 31 → Feb 28/29 → Mar 31)", () => {
    const s = installmentSchedule(600_000, { months: 4, firstPaymentDate: d("2027-01-31") }, "Hans");
    expect(s.rows.map((r) => r.date)).toEqual(["2027年1月31日", "2027年2月28日", "2027年3月31日", "2027年4月30日"]);
    const leap = installmentSchedule(600_000, { months: 2, firstPaymentDate: d("2028-01-31") }, "Hans");
    expect(leap.rows.map((r) => r.date)).toEqual(["2028年1月31日", "2028年2月29日"]);
  });

  it("labels the down payment row in Traditional script", () => {
    const s = installmentSchedule(100_000, { months: 2, firstPaymentDate: d("2027-01-15"), downPayment: 10_000 }, "Hant");
    expect(s.rows[0]).toMatchObject({ period: "首付", date: "協議達成後" });
  });
});

describe("which citations the installment letter uses", () => {
  const plan = { months: 12, firstPaymentDate: d("2027-01-15") };
  it("cites 信用卡办法第七十条 only for bank credit cards", () => {
    expect(installmentCitations({ lender: { name: "x", kind: "bank-credit-card" }, plan, debt: { principal: 1 } }, "Hans").personalisedInstalments?.short).toBe(
      "《信用卡业务监督管理办法》第七十条",
    );
    for (const kind of ["bank-loan", "consumer-finance", "microloan", "other"] as const)
      expect(installmentCitations({ lender: { name: "x", kind }, plan, debt: { principal: 1 } }, "Hans").personalisedInstalments).toBeUndefined();
  });

  it("cites 民法典第五百八十五条 only with waivePenalty, and only when there is a penalty to waive", () => {
    const lender = { name: "x", kind: "bank-loan" as const };
    const debt = { principal: 100_000, penalty: 5_000 };
    expect(installmentCitations({ lender, plan, debt }, "Hans").penaltyReduction).toBeUndefined();
    expect(installmentCitations({ lender, plan: { ...plan, waivePenalty: true }, debt }, "Hans").penaltyReduction?.cite).toBe(
      "《中华人民共和国民法典》第五百八十五条",
    );
    expect(installmentCitations({ lender, plan: { ...plan, waivePenalty: true }, debt: { principal: 100_000 } }, "Hans").penaltyReduction).toBeUndefined();
  });

  it("mentions the complaint-handling measures only for banks and consumer-finance companies", () => {
    const has = (kind: "bank-credit-card" | "bank-loan" | "consumer-finance" | "microloan" | "other") =>
      installmentCitations({ lender: { name: "x", kind }, plan, debt: { principal: 1 } }, "Hans").complaintHandling !== undefined;
    expect([has("bank-credit-card"), has("bank-loan"), has("consumer-finance"), has("microloan"), has("other")]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("the installment letter (text)", () => {
  it("renders the example: title, salutation, debt, plan, every schedule row, closing and signature", () => {
    const out = text(clone());
    expect(out).toContain("个性化分期还款申请书");
    expect(out).toContain("尊敬的招商银行信用卡中心（客户服务部）：");
    // To the bank itself the card number is printed in full: it must find the account (issue 8, point 9).
    expect(out).toContain("「招商银行信用卡」（卡号：6225 8801 2345 1234）的持卡人");
    for (const [period, date, amount, remaining] of [
      ["首付", "协议达成后", "5,000.00", "45,034.56"],
      ["第1期", "2026年12月15日", "3,752.88", "41,281.68"],
      ["第6期", "2027年5月15日", "3,752.88", "22,517.28"],
      ["第12期", "2027年11月15日", "3,752.88", "0.00"],
    ])
      expect(out).toContain(`${period}\t${date}\t${amount}\t${remaining}`);
    expect(out).toMatch(/合计\t+50,034\.56/);
    expect(out).toContain("此致\n敬礼！");
    expect(out).toContain("申请人：张三");
    expect(out).toContain("2026年11月23日");
    expect(out).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("states the total, the down payment and the monthly amount in figures and 大写", () => {
    const out = flat(clone());
    expect(out).toContain("合计¥50,034.56（人民币伍万零叁拾肆元伍角陆分）");
    expect(out).toContain("首付款¥5,000.00（人民币伍仟元整）");
    expect(out).toContain("其余¥45,034.56（人民币肆万伍仟零叁拾肆元伍角陆分）分12期");
    expect(out).toContain("每期¥3,752.88（人民币叁仟柒佰伍拾贰元捌角捌分）");
  });

  it("names a different last instalment when there is a rounding difference", () => {
    const body = clone();
    body.debt.fees = "530.01"; // total 50,034.57
    const out = flat(body);
    expect(out).toContain("第1期至第11期每期¥3,752.88（人民币叁仟柒佰伍拾贰元捌角捌分），第12期¥3,752.89（人民币叁仟柒佰伍拾贰元捌角玖分）");
  });

  it("without a down payment spreads the whole debt and has no 首付 row", () => {
    const body = clone();
    delete body.plan.downPayment;
    const out = text(body);
    expect(out).not.toContain("首付");
    expect(out.replace(/\s+/g, "")).toContain("全部欠款分12期按月偿还");
  });

  it("leaves out zero and absent debt lines but keeps 本金 and 合计", () => {
    const body = clone();
    body.debt = { principal: "20000", interest: 0 };
    body.plan.downPayment = "2000";
    const out = text(body);
    expect(out).toContain("本金\t20,000.00\t人民币贰万元整");
    expect(out).not.toMatch(/^利息\t/m);
    expect(out).not.toContain("罚息、违约金\t");
    expect(out).toContain("合计\t20,000.00\t人民币贰万元整");
  });

  it("cites 第七十条 for a bank credit card", () => {
    expect(flat(clone())).toContain("《商业银行信用卡业务监督管理办法》第七十条");
  });

  it("does NOT cite 第七十条 for 借呗 (consumer finance) or a bank loan, and asks by negotiation instead", () => {
    for (const lender of [
      { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
      { name: "中国工商银行北京分行", kind: "bank-loan" },
    ]) {
      const body = clone();
      body.lender = lender;
      body.account = { product: "借呗" };
      const out = flat(body);
      expect(out).not.toContain("第七十条");
      expect(out).not.toContain("信用卡业务监督管理办法");
      expect(out).not.toContain("个性化分期还款协议");
      expect(out).toContain("协商分期还款安排");
      expect(out).toContain("分期还款安排须经");
      expect(out).toContain("的借款人");
    }
  });

  it("cites 第五百八十五条 only when waivePenalty, as the ground for asking", () => {
    const withWaiver = flat(clone());
    expect(withWaiver).toContain("减免已产生的罚息、违约金¥1,504.56");
    expect(withWaiver).toContain("《中华人民共和国民法典》第五百八十五条");
    expect(withWaiver).toContain("恳请贵行酌情减免");
    const body = clone();
    body.plan.waivePenalty = false;
    const without = flat(body);
    expect(without).not.toContain("第五百八十五条");
    expect(without).not.toContain("减免");
  });

  it("asks for interest to stop (停息) only when freezeInterest", () => {
    expect(flat(clone())).toContain("停止计收利息（停息）");
    const body = clone();
    delete body.plan.freezeInterest;
    expect(flat(body)).not.toContain("停息");
  });

  it("mentions the complaint-handling measures for a bank, not for a microloan company", () => {
    expect(flat(clone())).toContain("参照《银行业保险业消费投诉处理管理办法》关于15日内作出处理决定的期限");
    const body = clone();
    body.lender = { name: "某某小额贷款有限公司", kind: "microloan" };
    const out = flat(body);
    expect(out).not.toContain("消费投诉处理管理办法");
    expect(out).toContain("自收到本申请书之日起15日内，以书面形式答复申请人。");
    expect(out).toContain("贵司");
  });

  it("never cites what legal-notes forbids against a lawful debt", () => {
    for (const kind of ["bank-credit-card", "bank-loan", "consumer-finance", "microloan", "other"]) {
      const body = clone();
      body.lender.kind = kind;
      const out = flat(body);
      expect(out).not.toMatch(/第二百九十三条|催收非法债务|民间借贷|贷款市场报价利率|LPR|24%|36%|停催|停诉|征信修复|修复征信/);
    }
  });

  it("prints the ID number in full to the creditor by default, and masks it with privacy.maskIdNumber true", () => {
    expect(text(clone())).toContain("11010519491231002X");
    const body = clone();
    body.privacy = { maskIdNumber: true };
    expect(text(body)).toContain("110105********002X");
    expect(text(body)).not.toContain("11010519491231002X");
    expect(text(body)).toContain("卡号尾号1234");
    expect(text(body)).not.toContain("6225 8801");
  });

  it("prints the borrower's several paragraphs of details as separate paragraphs, as typed", () => {
    const out = text(clone());
    expect(out).toContain("　　2026年4月，申请人所在公司裁员，申请人失去工作，至今未找到稳定工作。\n　　2026年7月，申请人母亲住院治疗");
  });

  it("notes the month-end rule and clamps Jan 31 → Feb 28 in the table", () => {
    const body = clone();
    body.plan.firstPaymentDate = "2027-01-31";
    const out = text(body);
    expect(out).toContain("第1期\t2027年1月31日");
    expect(out).toContain("第2期\t2027年2月28日");
    expect(out).toContain("第3期\t2027年3月31日");
    expect(out).toContain("第4期\t2027年4月30日");
    expect(out.replace(/\s+/g, "")).toContain("每月31日还款（当月没有该日的，为当月最后一日）");
    body.plan.firstPaymentDate = "2028-01-31";
    expect(text(body)).toContain("第2期\t2028年2月29日");
  });

  it("allows 60 months for a credit card and says it is within 5 years", () => {
    const body = clone();
    body.plan.months = 60;
    const out = text(body);
    expect(out).toContain("第60期\t2031年11月15日");
    expect(out.replace(/\s+/g, "")).toContain("本方案分60期偿还，期限未超过5年");
  });

  it("uses the body's date or today in Asia/Shanghai", () => {
    const body = clone();
    delete body.date;
    expect(text(body)).toContain("2026年11月23日");
  });

  it("has a Chinese file name and PDF metadata", () => {
    const prepared = prepareLetter(type, clone(), { now });
    expect(prepared.letter.fileName).toBe("个性化分期还款申请书_张三_招商银行信用卡中心");
    expect(prepared.letter.meta).toMatchObject({ title: "个性化分期还款申请书", author: "张三" });
  });
});

describe("the installment letter in Traditional script (zh-Hant)", () => {
  it("prints the template in Traditional script and the borrower's own words exactly as typed", () => {
    const body = clone();
    body.locale = "zh-Hant";
    const out = text(body);
    expect(out).toContain("個性化分期還款申請書");
    expect(out).toContain("申請人张三（居民身份證號碼：11010519491231002X）");
    expect(out).toContain("尊敬的招商银行信用卡中心（客户服务部）：");
    expect(out).toContain("2026年4月，申请人所在公司裁员");
    expect(out.replace(/\s+/g, "")).toContain("合計¥50,034.56（人民幣伍萬零參拾肆元伍角陸分）");
    expect(out).toContain("《商業銀行信用卡業務監督管理辦法》第七十條");
    expect(out).toContain("《中華人民共和國民法典》第五百八十五條");
    expect(out).toContain("敬禮！");
    expect(out).toContain("第1期\t2026年12月15日\t3,752.88\t41,281.68");
    expect(prepareLetter(type, body, { now }).letter.fileName).toBe("個性化分期還款申請書_张三_招商银行信用卡中心");
  });

  it("has no Simplified-only character that the borrower did not type", () => {
    const body = clone();
    body.locale = "zh-Hant";
    body.borrower = { name: "陳大文", idNumber: "11010519491231002X", phone: "13812345678", address: "香港九龍" };
    body.lender = { name: "招商銀行信用卡中心", kind: "bank-credit-card", department: "客戶服務部" };
    body.account = { product: "信用卡", accountNumber: "6225880123451234" };
    body.hardship.details = "失去工作。";
    body.attachments = ["身份證影本"];
    body.repayment = { method: "bank-transfer", account: "招商銀行儲蓄卡（尾號5678）" };
    body.budget = { income: [{ label: "工資", amount: "6000" }], expenses: [{ label: "房租", amount: "1500" }] };
    const out = text(body);
    const simplifiedOnly = out.match(/[这个们为说请书还贷银额华国写务协议减违约罚费计余应于与时间对发项实证关认开续单统转让恳礼签联系电话讯邮箱]/gu);
    expect(simplifiedOnly).toBeNull();
  });
});

describe("validation (422 with field paths)", () => {
  it("rejects a down payment that is not less than the total", () => {
    const body = clone();
    body.plan.downPayment = "50034.56";
    expect(errorsOf(body)).toEqual([expect.objectContaining({ path: "plan.downPayment", code: "DOWN_PAYMENT_TOO_LARGE" })]);
    body.plan.downPayment = "60000";
    expect(errorsOf(body)[0].path).toBe("plan.downPayment");
  });

  it("asks for the penalty waiver only with a plan left after it: a down payment below the reduced total, a fen a month", () => {
    // The example: total 50,034.56 of which penalties 1,504.56, so 48,530.00 once waived; the letter then keeps
    // the down payment and spreads the rest over the same months.
    const body = clone();
    body.plan.waivePenalty = true;
    body.plan.downPayment = "48530.00";
    const [error, ...more] = errorsOf(body);
    expect(more).toEqual([]);
    expect(error).toMatchObject({ path: "plan.downPayment", code: "DOWN_PAYMENT_COVERS_REDUCED_TOTAL" });
    expect(error.message.zh).toContain("减免后的欠款合计");
    expect(error.message.zh).toContain("一次性结清减免申请书");
    body.plan.downPayment = "48529.95";
    body.plan.months = 6;
    expect(errorsOf(body)).toEqual([expect.objectContaining({ path: "plan.months", code: "INSTALMENT_TOO_SMALL" })]);
    // Without the waiver the same down payment is fine: 1,504.61 over 6 months.
    body.plan.waivePenalty = false;
    expect(() => prepareLetter(type, body, { now })).not.toThrow();
    // And with it, a down payment one fen under what leaves a fen a month is a letter whose reduced plan adds up.
    body.plan.waivePenalty = true;
    body.plan.downPayment = "48529.94";
    const text = renderText(prepareLetter(type, body, { now }));
    expect(text).toContain("欠款合计相应调整为¥48,530.00");
    expect(text).toContain("其余¥0.06仍分6期、按上表日期偿还，每期¥0.01");
  });

  it("rejects 61 months, naming the 5-year cap", () => {
    const body = clone();
    body.plan.months = 61;
    const [error] = errorsOf(body);
    expect(error).toMatchObject({ path: "plan.months", code: "TOO_MANY_MONTHS" });
    expect(error.message.zh).toContain("5年");
    expect(error.message.en).toContain("5 years");
  });

  it("rejects 1 month and fractional months", () => {
    const body = clone();
    body.plan.months = 1;
    expect(errorsOf(body)[0].path).toBe("plan.months");
    body.plan.months = 6.5;
    expect(errorsOf(body)[0].path).toBe("plan.months");
  });

  it("rejects a date that does not exist (2026-02-30)", () => {
    const body = clone();
    body.plan.firstPaymentDate = "2026-02-30";
    expect(errorsOf(body)).toEqual([expect.objectContaining({ path: "plan.firstPaymentDate", code: "INVALID_DATE" })]);
  });

  it("rejects unknown fields, at their own path", () => {
    const body = clone();
    body.plan.interestRate = 0.24;
    body.extra = true;
    const paths = errorsOf(body).map((e) => e.path);
    expect(paths).toContain("plan.interestRate");
    expect(paths).toContain("extra");
  });

  it("rejects a first payment before the lender could answer (15 days after the letter date)", () => {
    const body = clone();
    for (const date of ["2026-11-22", "2026-11-23", "2026-12-07"]) {
      body.plan.firstPaymentDate = date;
      expect(errorsOf(body)).toEqual([expect.objectContaining({ path: "plan.firstPaymentDate", code: "FIRST_PAYMENT_TOO_EARLY" })]);
      expect(errorsOf(body)[0].message.zh).toContain("2026年12月8日");
    }
    body.plan.firstPaymentDate = "2026-12-08";
    expect(() => prepareLetter(type, body, { now })).not.toThrow();
  });

  it("rejects a debt of zero and instalments smaller than one fen", () => {
    const body = clone();
    body.debt = { principal: 0 };
    delete body.plan.downPayment;
    expect(errorsOf(body)[0]).toMatchObject({ path: "debt.principal", code: "NOTHING_OWED" });
    body.debt = { principal: "0.05" };
    body.plan.months = 6;
    expect(errorsOf(body)[0]).toMatchObject({ path: "plan.months", code: "INSTALMENT_TOO_SMALL" });
  });

  it("accepts the example as it is", () => {
    expect(() => prepareLetter(type, clone(), { now })).not.toThrow();
    expect(() => prepareLetter(type, clone(), { now: new Date("2030-01-01T00:00:00Z") })).not.toThrow();
  });
});
