/**
 * 延期还款（停息挂账）申请书: resume date, requests only where the flags say so, the 第六百七十八条 phrasing for
 * debts that are and are not overdue, citations by lender kind, both scripts, and validation.
 */
import { describe, expect, it } from "vitest";
import deferralRequest, { deferralCitations } from "../../src/letters/deferral-request";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import type { LetterType } from "../../src/letters/types";

const type = deferralRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");

type Body = Record<string, any>;
const clone = (): Body => structuredClone(deferralRequest.example) as Body;
const text = (body: Body) => renderText(prepareLetter(type, body, { now }));
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

describe("the deferral letter (text)", () => {
  it("renders the example: 借呗 with 重庆蚂蚁消费金融有限公司, debt, hardship, deferral, closing, signature", () => {
    const out = text(clone());
    expect(out).toContain("延期还款（停息挂账）申请书");
    expect(out).toContain("尊敬的重庆蚂蚁消费金融有限公司（客户服务中心）：");
    expect(out).toContain("贵司「借呗」（合同编号：JB20250318000123）的借款人");
    expect(out).toContain("本金\t28,000.00\t人民币贰万捌仟元整");
    expect(out).toContain("合计\t29,646.55\t人民币贰万玖仟陆佰肆拾陆元伍角伍分");
    expect(out).toContain("此致\n敬礼！");
    expect(out).toContain("申请人：李娜");
    expect(out).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("computes the resume date as letter date + months when none is given, and says so", () => {
    const out = flat(clone());
    expect(out).toContain("还款期限延长6个月，即自本申请书落款之日起至2027年5月23日止");
    expect(out).toContain("申请人自2027年5月23日起恢复还款");
  });

  it("clamps the computed resume date to the month's end (Aug 31 + 6 months → Feb 28)", () => {
    const body = clone();
    body.date = "2026-08-31";
    body.debt.overdueSince = "2026-07-18";
    expect(flat(body)).toContain("至2027年2月28日止");
  });

  it("uses a given resume date as it is", () => {
    const body = clone();
    body.deferral.resumeDate = "2027-06-01";
    const out = flat(body);
    expect(out).toContain("还款期限延长6个月，延期期间暂缓按原约定还款，申请人自2027年6月1日起恢复还款");
    expect(out).not.toContain("落款之日起");
  });

  it("states the monthly payment during the deferral in figures and 大写", () => {
    const out = flat(clone());
    expect(out).toContain("每月仍可偿还¥500.00（人民币伍佰元整），6个月合计¥3,000.00（人民币叁仟元整）");
    const body = clone();
    delete body.deferral.paymentDuringDeferral;
    expect(flat(body)).not.toContain("每月仍可偿还");
  });

  it("asks for 停息挂账 only when freezeInterest, and titles the letter accordingly", () => {
    expect(flat(clone())).toContain("停止计收利息，欠款金额暂停增加（停息挂账）");
    const body = clone();
    body.deferral.freezeInterest = false;
    const out = text(body);
    expect(out.split("\n")[0]).toBe("延期还款申请书");
    expect(out).not.toContain("停息");
    expect(out).not.toContain("挂账");
    expect(prepareLetter(type, body, { now }).letter.fileName).toBe("延期还款申请书_李娜_重庆蚂蚁消费金融有限公司");
  });

  it("cites 第五百八十五条 only when waivePenalty (short name: the code was named in full before)", () => {
    const out = flat(clone());
    expect(out).toContain("减免已产生的罚息、违约金¥386.20");
    expect(out).toContain("根据《民法典》第五百八十五条");
    expect(out.indexOf("《中华人民共和国民法典》第六百七十八条")).toBeLessThan(out.indexOf("《民法典》第五百八十五条"));
    const body = clone();
    body.deferral.waivePenalty = false;
    const without = flat(body);
    expect(without).not.toContain("第五百八十五条");
    expect(without).not.toContain("减免");
  });

  it("for an overdue debt asks the lender to agree by reference to 第六百七十八条, claiming no entitlement", () => {
    const out = flat(clone());
    expect(out).toContain("根据《中华人民共和国民法典》第六百七十八条，借款人可以在还款期限届满前向贷款人申请展期；贷款人同意的，可以展期。");
    expect(out).toContain("申请人的欠款自2026年9月18日起已经逾期，原还款期限已届满");
    expect(out).toContain("延期还款须经贵司同意，仍恳请贵司参照上述规定");
    expect(out).not.toContain("在还款期限届满前提出本申请");
  });

  it("without overdueSince says nothing the borrower did not state: no claim that the term has not ended", () => {
    const body = clone();
    delete body.debt.overdueSince;
    const out = flat(body);
    expect(out).not.toContain("在还款期限届满前提出本申请");
    expect(out).not.toContain("还款期限已届满");
    expect(out).toContain("是否同意延期由贵司决定");
    expect(out).not.toContain("逾期");
  });

  it("offers a 个性化分期 under 第七十条 after the deferral only for bank credit cards", () => {
    const card = clone();
    card.lender = { name: "招商银行信用卡中心", kind: "bank-credit-card" };
    card.account = { product: "信用卡", accountNumber: "6225880123451234" };
    const out = flat(card);
    expect(out).toContain("愿意依据《商业银行信用卡业务监督管理办法》第七十条的规定，与贵行协商个性化分期还款协议");
    // To the creditor itself the card number is printed in full: the bank must find the account.
    expect(out).toContain("卡号：6225880123451234");
    expect(out).toContain("不再向贵行申请新的信用卡");
    expect(out).toContain("贵行及贵行委托的催收机构在延期期间停止对申请人的催收");
    expect(out).toContain("贵行可以终止延期还款协议");
    for (const lender of [
      { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
      { name: "中国建设银行", kind: "bank-loan" },
      { name: "某某小额贷款有限公司", kind: "microloan" },
    ]) {
      const body = clone();
      body.lender = lender;
      const other = flat(body);
      expect(other).not.toContain("第七十条");
      expect(other).not.toContain("个性化分期");
    }
  });

  it("never cites what legal-notes forbids against a lawful debt", () => {
    for (const kind of ["bank-credit-card", "bank-loan", "consumer-finance", "microloan", "other"]) {
      const body = clone();
      body.lender.kind = kind;
      expect(flat(body)).not.toMatch(/第二百九十三条|催收非法债务|民间借贷|贷款市场报价利率|LPR|24%|36%|停催|停诉|征信修复|修复征信/);
    }
  });

  it("prints the ID number in full to the creditor by default, and masks it with privacy.maskIdNumber true", () => {
    expect(text(clone())).toContain("440106199003151223");
    const body = clone();
    body.privacy = { maskIdNumber: true };
    expect(text(body)).toContain("440106********1223");
    expect(text(body)).not.toContain("440106199003151223");
  });

  it("lists the citations it uses", () => {
    const c = deferralCitations({ lender: { name: "x", kind: "consumer-finance" }, deferral: { months: 3 }, debt: { principal: 100 } }, "Hans");
    expect(c.extension.cite).toBe("《中华人民共和国民法典》第六百七十八条");
    expect(c.penaltyReduction).toBeUndefined();
    expect(c.personalisedInstalments).toBeUndefined();
    expect(c.complaintHandling?.cite).toBe("《银行业保险业消费投诉处理管理办法》");
  });
});

describe("the deferral letter in Traditional script (zh-Hant)", () => {
  it("prints the template in Traditional script and the borrower's own words exactly as typed", () => {
    const body = clone();
    body.locale = "zh-Hant";
    const out = text(body);
    expect(out.split("\n")[0]).toBe("延期還款（停息掛賬）申請書");
    expect(out).toContain("申請人李娜（居民身份證號碼：440106199003151223）");
    expect(out).toContain("尊敬的重庆蚂蚁消费金融有限公司（客户服务中心）：");
    expect(out).toContain("申请人经营的餐饮店因客流持续减少");
    const f = out.replace(/\s+/g, "");
    expect(f).toContain("每月仍可償還¥500.00（人民幣伍佰元整）");
    expect(f).toContain("《中華人民共和國民法典》第六百七十八條");
    expect(f).toContain("《民法典》第五百八十五條");
    expect(out).toContain("敬禮！");
  });
});

describe("validation (422 with field paths)", () => {
  it("rejects 25 months and 0 months", () => {
    const body = clone();
    body.deferral.months = 25;
    expect(errorsOf(body)[0]).toMatchObject({ path: "deferral.months", code: "TOO_BIG" });
    body.deferral.months = 0;
    expect(errorsOf(body)[0]).toMatchObject({ path: "deferral.months", code: "TOO_SMALL" });
  });

  it("rejects a resume date that does not exist or is not after the letter date", () => {
    const body = clone();
    body.deferral.resumeDate = "2026-02-30";
    expect(errorsOf(body)[0]).toMatchObject({ path: "deferral.resumeDate", code: "INVALID_DATE" });
    body.deferral.resumeDate = "2026-11-23";
    expect(errorsOf(body)[0]).toMatchObject({ path: "deferral.resumeDate", code: "INVALID_DATE_ORDER" });
  });

  it("rejects an overdue date after the letter date", () => {
    const body = clone();
    body.debt.overdueSince = "2026-12-01";
    expect(errorsOf(body)[0]).toMatchObject({ path: "debt.overdueSince", code: "INVALID_DATE_ORDER" });
  });

  it("rejects payments during the deferral that would repay the whole debt", () => {
    const body = clone();
    body.deferral.paymentDuringDeferral = "5000";
    expect(errorsOf(body)[0]).toMatchObject({ path: "deferral.paymentDuringDeferral", code: "PAYMENT_COVERS_DEBT" });
  });

  it("rejects unknown fields at their own path", () => {
    const body = clone();
    body.deferral.stopCollection = true;
    expect(errorsOf(body).map((e) => e.path)).toEqual(["deferral.stopCollection"]);
  });

  it("accepts the example as it is", () => {
    expect(() => prepareLetter(type, clone(), { now })).not.toThrow();
    expect(() => prepareLetter(type, clone(), { now: new Date("2030-01-01T00:00:00Z") })).not.toThrow();
  });
});
