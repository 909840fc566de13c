/**
 * 结清证明申请 as the lender's clerk reads it: the PDF text in both scripts — the account, every payment (date,
 * amount, channel, transaction number) and the total in figures and 大写, what it was paid under, the
 * certificate and the credit update; 征信业管理条例 第二十五条 only when the record is still wrong; no promise to pay
 * and no amount "owed" — and the 422s (payments short of the settled amount, a missing agreement date, an
 * objection without its details or checked before paying, dates after the letter), and the facts.
 */
import { describe, expect, it } from "vitest";
import settlementCertificateRequest from "../../src/letters/settlement-certificate-request";
import { prepareLetter, renderText } from "../../src/pipeline";
import type { LetterType } from "../../src/letters/types";
import { ADMISSION_WORDS, citationsIn, errorsOf, pdfText, type Body } from "./authorization-settlement-helpers";

const type = settlementCertificateRequest as unknown as LetterType;
/** The example is dated 2027-01-20; the clock only matters for a body without a date. */
const NOW = new Date("2027-01-20T04:00:00Z");
const clone = (): Body => structuredClone(settlementCertificateRequest.example) as Body;
const flatText = (body: Body) => renderText(prepareLetter(type, body, { now: NOW })).replace(/\s+/g, "");
const facts = (body: Body) => prepareLetter(type, body, { now: NOW }).letter.facts;
const errors = (body: Body) => errorsOf(type, body, NOW);

/** Three payments under a settlement agreement, and a report still showing the account overdue. */
function objectionBody(): Body {
  const body = clone();
  body.payments = [
    { date: "2026-12-28", amount: "20000", channel: "银行转账", reference: "2026122811223344" },
    { date: "2026-12-15", amount: "10000", channel: "贵行App" },
    { date: "2027-01-05", amount: "10000.00" },
  ];
  body.settledUnder = { kind: "settlement-agreement", date: "2026-12-10", reference: "协议编号JS-2026-0088", settledAmount: "40000" };
  body.reportAfterPayment = { stillWrong: true, checkedOn: "2027-01-18", details: "该账户在信用报告中仍显示「逾期」，余额67,437元。" };
  return body;
}

describe("settlement-certificate-request PDF (zh-Hans example)", () => {
  it("names the account, the payment, what it was paid under, and asks for the certificate and the credit update", async () => {
    const text = await pdfText(type, clone(), NOW);
    expect(text).toContain("结清证明申请");
    expect(text).toContain("尊敬的中国工商银行股份有限公司南京分行（个人金融业务部）：");
    expect(text).toContain("王芳（居民身份证号码：320102198506150022）系贵行「个人消费贷款」（合同编号：GSXD2024320100123）的借款人");
    expect(text).toContain("申请人已按照贵行书面确认的结清方案，于2026年12月28日向贵行付款合计¥40,000.00（人民币肆万元整），该账户的欠款已经全部结清");
    expect(text).toContain("根据贵行于2026年12月10日出具的书面确认（贵行个人金融业务部盖章的《结清减免确认函》），该账户的结清金额为¥40,000.00（人民币肆万元整）");
    expect(text).toContain("12026年12月28日40,000.00银行转账2026122811223344");
    expect(text).toContain("付款合计与约定的结清金额一致");
    expect(text).toContain("出具结清证明，载明申请人的姓名、居民身份证号码和上述账户，该账户的欠款已经全部结清，贵行不再向申请人主张任何款项");
    expect(text).toContain("向征信机构报送该账户的结清状态；");
    expect(text).toContain("如贵行曾委托第三方机构催收该笔欠款，告知其该账户已经结清");
    expect(text).toContain("自收到本申请之日起15日内，将结清证明寄至申请人的通讯地址，并书面答复申请人");
    expect(text).toContain("本申请由申请人本人提出，未委托任何代理机构。");
    expect(text).toContain("此致敬礼！");
    expect(text).toContain("2027年1月20日");
    expect(text).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("cites nothing when the record is not said to be wrong, and neither promises to pay nor states an amount owed", async () => {
    const text = await pdfText(type, clone(), NOW);
    expect(citationsIn(text)).toEqual([]);
    expect(text).not.toContain("第二十五条");
    for (const word of ADMISSION_WORDS) expect(text).not.toContain(word);
    expect(text).not.toMatch(/承诺|按期还款|分期|诉讼时效/);
    // The form always sends the box, unticked: still nothing cited, in the letter or its facts.
    const unticked = clone();
    unticked.reportAfterPayment = { stillWrong: false };
    expect(citationsIn(flatText(unticked))).toEqual([]);
    expect(facts(unticked).citations).toEqual([]);
    expect(facts(unticked).deadlines.map((d) => d.id)).toEqual(["reply-due"]);
  });
});

describe("settlement-certificate-request PDF with an objection (zh-Hans and zh-Hant)", () => {
  it("lists the payments in date order with their total, and objects under 第二十五条 with a 20-day answer", async () => {
    const text = await pdfText(type, objectionBody(), NOW);
    expect(text).toContain("申请人已按照与贵行达成的结清协议，于2026年12月15日至2027年1月5日期间向贵行付款合计¥40,000.00（人民币肆万元整）");
    expect(text).toContain("根据申请人与贵行于2026年12月10日达成的结清协议（协议编号JS-2026-0088）");
    expect(text).toContain("（共3笔）");
    const first = text.indexOf("2026年12月15日10,000.00贵行App—");
    const second = text.indexOf("2026年12月28日20,000.00银行转账2026122811223344");
    const third = text.indexOf("2027年1月5日10,000.00——");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(text).toContain("合计40,000.00");
    expect(text).toContain("三、信用记录异议");
    expect(text).toContain("申请人于2027年1月18日查询的个人信用报告中，该账户的信息与实际情况不符");
    expect(text).toContain("该账户在信用报告中仍显示「逾期」，余额67,437元。");
    expect(text).toContain("作出存在异议的标注，自收到本申请之日起20日内核查处理，将结果书面答复申请人，并予以更正");
    expect(citationsIn(text)).toEqual(["《征信业管理条例》第二十五条"]);
    for (const word of ADMISSION_WORDS) expect(text).not.toContain(word);
  });

  it("zh-Hant: Traditional template and 大写, the borrower's words as typed", async () => {
    const body = objectionBody();
    body.locale = "zh-Hant";
    const text = await pdfText(type, body, NOW);
    expect(text).toContain("結清證明申請");
    expect(text).toContain("申請人已按照與貴行達成的結清協議");
    expect(text).toContain("付款合計¥40,000.00（人民幣肆萬元整）");
    expect(text).toContain("向徵信機構報送該賬戶的結清狀態");
    expect(text).toContain("三、信用記錄異議");
    expect(text).toContain("该账户在信用报告中仍显示「逾期」"); // typed in Simplified: printed as typed
    expect(citationsIn(text, "Hant")).toEqual(["《徵信業管理條例》第二十五條"]);
    expect(text).toContain("敬禮！");
  });
});

describe("other variants", () => {
  it("a debt repaid under the original contract: no agreement sentence, no settled amount", () => {
    const body = clone();
    body.settledUnder = { kind: "original-contract" };
    const text = flatText(body);
    expect(text).toContain("申请人已按照借款合同的约定，于2026年12月28日向贵行付款合计¥40,000.00");
    expect(text).not.toMatch(/书面确认|结清协议|结清金额为/);
  });

  it("to a microloan company: 贵司, the credit update only if it reports; the certificate by email when that is all there is", () => {
    const body = clone();
    body.lender = { name: "重庆美团三快小额贷款有限公司", kind: "microloan" };
    body.borrower = { name: "王芳", email: "wangfang@example.com" };
    const text = flatText(body);
    expect(text).toContain("系贵司「个人消费贷款」");
    expect(text).toContain("如贵司向征信机构报送了该账户的信用信息，将其更新为结清状态");
    expect(text).toContain("将结清证明发送至申请人的电子邮箱");
  });
});

describe("the facts", () => {
  it("the example: the total paid, the settled amount, the dates, the reply deadline, no citation, the next letters", () => {
    const f = facts(clone());
    expect(f.amounts.paidTotal).toMatchObject({ fen: 4_000_000, daxie: "人民币肆万元整" });
    expect(f.amounts.settledAmount.fen).toBe(4_000_000);
    expect(f.dates).toEqual({ firstPayment: "2026-12-28", lastPayment: "2026-12-28", settledUnder: "2026-12-10" });
    expect(f.deadlines).toEqual([expect.objectContaining({ id: "reply-due", date: "2027-02-04" })]);
    expect(f.citations).toEqual([]);
    expect(f.warnings).toEqual([]);
    const next = Object.fromEntries(f.nextSteps.map((s) => [s.id, s.letterType]));
    expect(next["credit-report-objection"]).toBe("credit-report-objection");
    expect(next["complaint-if-no-reply"]).toBe("complaint");
    expect(next["collection-after-settlement"]).toBe("collection-objection");
    expect(f.nextSteps.find((s) => s.id === "credit-history")!.text.zh).toContain("5年");
  });

  it("with an objection: the 20-day deadline under 第二十五条, and a warning when the report was checked within a month", () => {
    const f = facts(objectionBody());
    expect(f.citations.map((c) => c.id)).toEqual(["credit-regulation-25"]);
    expect(f.deadlines.map((d) => [d.id, d.date, d.citation])).toEqual([
      ["reply-due", "2027-02-04", undefined],
      ["credit-objection-reply", "2027-02-09", "credit-regulation-25"],
    ]);
    expect(f.warnings.map((w) => w.code)).toEqual(["CREDIT_UPDATE_PENDING"]);
  });

  it("warns when more was paid than agreed", () => {
    const body = clone();
    body.payments[0].amount = "40500";
    expect(facts(body).warnings).toEqual([expect.objectContaining({ code: "PAYMENTS_EXCEED_AGREED", path: "payments" })]);
    expect(facts(body).warnings[0].message.zh).toContain("¥500.00");
  });
});

describe("validation (422 with field paths)", () => {
  it("refuses a certificate request while the payments fall short of the settled amount", () => {
    const body = clone();
    body.payments[0].amount = "39999.99";
    const [error] = errors(body);
    expect(error).toMatchObject({ path: "payments", code: "PAYMENTS_SHORT" });
    expect(error.message.zh).toContain("还差¥0.01");
  });

  it("needs the date of an agreement or confirmation, and no settled amount for the original contract", () => {
    const body = clone();
    delete body.settledUnder.date;
    expect(errors(body)).toEqual([expect.objectContaining({ path: "settledUnder.date", code: "SETTLEMENT_DATE_REQUIRED" })]);
    const original = clone();
    original.settledUnder = { kind: "original-contract", settledAmount: "40000" };
    expect(errors(original)).toEqual([expect.objectContaining({ path: "settledUnder.settledAmount", code: "SETTLED_AMOUNT_NOT_APPLICABLE" })]);
  });

  it("checks the objection: details required, checked after the last payment, and nothing without the box ticked", () => {
    const body = objectionBody();
    delete body.reportAfterPayment.details;
    body.reportAfterPayment.checkedOn = "2027-01-01";
    expect(errors(body).map((e) => `${e.path} ${e.code}`)).toEqual(["reportAfterPayment.details CREDIT_DETAILS_REQUIRED", "reportAfterPayment.checkedOn CHECKED_BEFORE_PAYMENT"]);
    const unticked = objectionBody();
    unticked.reportAfterPayment.stillWrong = false;
    expect(errors(unticked)).toEqual([expect.objectContaining({ path: "reportAfterPayment.stillWrong", code: "CREDIT_OBJECTION_NOT_CHOSEN" })]);
  });

  it("rejects payments of zero and dates after the letter, together with schema errors, in one 422", () => {
    const body = objectionBody();
    body.payments[1].amount = 0;
    body.payments[2].date = "2027-01-21";
    body.settledUnder.date = "2027-02-01";
    body.reportAfterPayment.checkedOn = "2027-01-25";
    body.borrower.phone = "12345";
    const found = errors(body).map((e) => `${e.path} ${e.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "borrower.phone INVALID_PHONE",
        "payments.1.amount PAYMENT_ZERO",
        "payments.2.date INVALID_DATE_ORDER",
        "settledUnder.date INVALID_DATE_ORDER",
        "reportAfterPayment.checkedOn INVALID_DATE_ORDER",
      ]),
    );
  });

  it("needs at least one payment and a way for the certificate to reach the borrower", () => {
    const body = clone();
    body.payments = [];
    body.borrower = { name: "王芳" };
    const found = errors(body).map((e) => `${e.path} ${e.code}`);
    expect(found).toEqual(expect.arrayContaining(["payments REQUIRED", "borrower.address REPLY_CHANNEL_REQUIRED"]));
  });

  it("does not run the limitation-period guard (the debt is paid, nothing is promised)", () => {
    const body = clone();
    body.acknowledgeLimitationRisk = true;
    expect(errors(body)).toEqual([expect.objectContaining({ path: "acknowledgeLimitationRisk" })]); // not a field of this letter
    const old = clone();
    old.date = "2031-06-01";
    expect(() => prepareLetter(type, old, { now: NOW })).not.toThrow();
  });
});
