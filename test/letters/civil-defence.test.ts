/**
 * 民事答辩状: the time-bar computation, the parties' particulars from the ID number, the 422s (reported together
 * with the schema's), the facts (answer period, warnings, next steps, citations) and the document's text through
 * the real pipeline, in both scripts.
 */
import { describe, expect, it } from "vitest";
import civilDefence, { annexList, civilDefenceSchema, formatRate, rateSchema } from "../../src/letters/civil-defence";
import { assessLimitation } from "../../src/letters/court-limitation";
import { ageOn, copiesCount, idNumberParticulars } from "../../src/letters/court-documents";
import { buildLetter, prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import { formatIsoDate, parseDate, type CalendarDate } from "../../src/text/dates";
import type { LetterType } from "../../src/letters/types";

const type = civilDefence as unknown as LetterType;
const now = new Date("2026-11-30T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(civilDefence.example) as Body;
const text = (body: Body) => renderText(prepareLetter(type, body, { now }));
const flat = (body: Body) => text(body).replace(/\s+/g, "");
const facts = (body: Body) => buildLetter(type, body, { now }).facts;
const d = (s: string): CalendarDate => parseDate(s)!;

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

/** A body that raises only the time bar, on dates that support it (last demand 2023-05-10, filed 2026-11-02). */
export function limitationBody(): Body {
  const body = clone();
  body.defences = ["limitation"];
  delete body.mediation;
  delete body.hardship;
  delete body.statements;
  body.limitation = { lastDueDate: "2022-06-15", instalments: true, lastPaymentDate: "2022-03-15", lastDemandDate: "2023-05-10" };
  return body;
}

describe("assessLimitation (民法典第一百八十八条、第一百八十九条、第一百九十五条、第一百九十二条)", () => {
  const base = { lastDueDate: d("2022-06-15"), filedOn: d("2026-11-02") };

  it("supports the defence when three years from the last due date ran before the filing", () => {
    const outcome = assessLimitation({ ...base, events: [] });
    expect(outcome).toMatchObject({ supported: true, startKind: "due" });
    if (outcome.supported) expect(formatIsoDate(outcome.expiry)).toBe("2025-06-15");
  });

  it("restarts the three years on a demand or payment within them, and still supports it when they ran too", () => {
    const outcome = assessLimitation({
      ...base,
      events: [
        { kind: "payment", path: "limitation.lastPaymentDate", date: d("2022-03-15") },
        { kind: "demand", path: "limitation.lastDemandDate", date: d("2023-05-10") },
      ],
    });
    expect(outcome).toMatchObject({ supported: true, startKind: "demand" });
    if (outcome.supported) expect(formatIsoDate(outcome.expiry)).toBe("2026-05-10");
  });

  it("refuses when a date is within three years of the filing, naming that date", () => {
    const outcome = assessLimitation({ ...base, events: [{ kind: "demand", path: "limitation.lastDemandDate", date: d("2024-01-10") }] });
    expect(outcome).toMatchObject({ supported: false, reason: "within-period", path: "limitation.lastDemandDate" });
    if (!outcome.supported) expect(formatIsoDate(outcome.expiry)).toBe("2027-01-10");
    const due = assessLimitation({ lastDueDate: d("2024-06-15"), filedOn: d("2026-11-02"), events: [] });
    expect(due).toMatchObject({ supported: false, reason: "within-period", path: "limitation.lastDueDate" });
  });

  it("refuses when the borrower paid or agreed to pay after the period had run (第一百九十二条; 诉讼时效规定第十九条)", () => {
    const outcome = assessLimitation({
      lastDueDate: d("2021-06-15"),
      filedOn: d("2026-11-02"),
      events: [{ kind: "acknowledgement", path: "limitation.acknowledgedOn", date: d("2025-12-01") }],
    });
    expect(outcome).toMatchObject({ supported: false, reason: "waived", path: "limitation.acknowledgedOn" });
    // A payment after the suit, the period having run, gives the defence up as well.
    expect(
      assessLimitation({ lastDueDate: d("2021-06-15"), filedOn: d("2026-11-02"), events: [{ kind: "payment", path: "limitation.lastPaymentDate", date: d("2026-11-20") }] }),
    ).toMatchObject({ supported: false, reason: "waived" });
  });

  it("ignores a demand after the period had run: it cannot revive it", () => {
    const outcome = assessLimitation({ lastDueDate: d("2021-06-15"), filedOn: d("2026-11-02"), events: [{ kind: "demand", path: "limitation.lastDemandDate", date: d("2025-01-10") }] });
    expect(outcome).toMatchObject({ supported: true, startKind: "due" });
    if (outcome.supported) expect(outcome.afterExpiry.map((e) => e.kind)).toEqual(["demand"]);
  });

  it("counts to the corresponding day: filed on the last day of the three years is in time, the day after is not", () => {
    expect(assessLimitation({ lastDueDate: d("2023-11-02"), filedOn: d("2026-11-02"), events: [] }).supported).toBe(false);
    expect(assessLimitation({ lastDueDate: d("2023-11-02"), filedOn: d("2026-11-03"), events: [] }).supported).toBe(true);
    // 2020-02-29 + 3 years → 2023-02-28.
    expect(assessLimitation({ lastDueDate: d("2020-02-29"), filedOn: d("2023-02-28"), events: [] }).supported).toBe(false);
    expect(assessLimitation({ lastDueDate: d("2020-02-29"), filedOn: d("2023-03-01"), events: [] }).supported).toBe(true);
  });
});

describe("the defendant's particulars (民事诉讼法第一百二十八条; GB 11643)", () => {
  it("reads the birth date and sex from the ID number", () => {
    expect(idNumberParticulars("11010519491231002X")).toEqual({ birthDate: { year: 1949, month: 12, day: 31 }, sex: "female" });
    expect(idNumberParticulars("110105199001011237").sex).toBe("male");
    expect(ageOn(d("1949-12-31"), d("2026-11-30"))).toBe(76);
    expect(ageOn(d("1949-12-31"), d("2026-12-31"))).toBe(77);
  });

  it("prints sex and date of birth from the ID number when they are not given", () => {
    expect(flat(clone())).toContain("答辩人：李四，女，1949年12月31日出生，汉族，职业：无业，住上海市浦东新区世纪大道100号2号楼1203室。");
    expect(flat(clone())).toContain("公民身份号码：11010519491231002X，联系电话：13912345678。");
  });

  it("answers 422 when the sex or date of birth given disagree with the ID number", () => {
    const body = clone();
    body.defendant.sex = "male";
    body.defendant.birthDate = "1950-01-01";
    const errors = errorsOf(body);
    expect(errors).toContainEqual(expect.objectContaining({ path: "defendant.sex", code: "DEFENDANT_ID_MISMATCH" }));
    expect(errors).toContainEqual(expect.objectContaining({ path: "defendant.birthDate", code: "DEFENDANT_ID_MISMATCH" }));
    expect(errors.find((e) => e.path === "defendant.birthDate")!.message.zh).toContain("1949年12月31日");
  });

  it("accepts them when they agree", () => {
    const body = clone();
    body.defendant.sex = "female";
    body.defendant.birthDate = "1949-12-31";
    expect(flat(body)).toContain("李四，女，1949年12月31日出生");
  });

  it("requires sex, date of birth and a contact without an ID number", () => {
    const body = clone();
    delete body.borrower.idNumber;
    delete body.borrower.phone;
    delete body.borrower.address;
    const paths = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(paths).toEqual(expect.arrayContaining(["defendant.sex REQUIRED", "defendant.birthDate REQUIRED", "borrower.phone CONTACT_REQUIRED", "borrower.address REQUIRED"]));
    body.borrower.address = "上海市浦东新区世纪大道100号2号楼1203室";
    body.defendant.sex = "female";
    body.defendant.birthDate = "1985-03-02";
    body.borrower.email = "lisi@example.com";
    expect(flat(body)).toContain("李四，女，1985年3月2日出生，汉族");
    expect(flat(body)).toContain("电子邮箱：lisi@example.com。");
  });
});

describe("civil-defence 422s", () => {
  it("refuses a time-bar defence the dates do not support, naming the date within three years", () => {
    const body = limitationBody();
    body.limitation.lastDemandDate = "2024-01-10";
    const [error] = errorsOf(body);
    expect(error).toMatchObject({ path: "limitation.lastDemandDate", code: "LIMITATION_NOT_SUPPORTED" });
    expect(error.message.zh).toContain("最后一次收到催收（2024年1月10日）");
    expect(error.message.zh).toContain("2027年1月10日");
    expect(error.message.en).toContain("2024-01-10");
  });

  it("refuses a time-bar defence after a payment or promise once the period had run", () => {
    const body = limitationBody();
    body.limitation = { lastDueDate: "2021-06-15", acknowledgedOn: "2025-12-01" };
    const [error] = errorsOf(body);
    expect(error).toMatchObject({ path: "limitation.acknowledgedOn", code: "LIMITATION_NOT_SUPPORTED" });
    expect(error.message.zh).toContain("第一百九十二条");
  });

  it("needs the last due date and the filing date for the time bar", () => {
    const body = limitationBody();
    delete body.limitation.lastDueDate;
    delete body.case.filedOn;
    const paths = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(paths).toEqual(expect.arrayContaining(["limitation.lastDueDate REQUIRED", "case.filedOn REQUIRED"]));
  });

  it("refuses a repayment proposal alongside the time bar (同意履行 gives the defence up)", () => {
    const body = limitationBody();
    body.defences = ["limitation", "hardship-mediation"];
    body.hardship = { reasons: ["unemployment"] };
    body.mediation = { total: "10000", months: 10, firstPaymentDate: "2027-01-15" };
    expect(errorsOf(body)).toContainEqual(expect.objectContaining({ path: "mediation", code: "PROPOSAL_DEFEATS_LIMITATION" }));
  });

  it("refuses the assignment defence when the plaintiff is the lender, or a transfer notice was received", () => {
    const body = clone();
    body.defences = ["unnotified-assignment"];
    body.limitation = { transferNoticeDate: "2026-03-01" };
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["lender.name NOT_AN_ASSIGNMENT", "defences ASSIGNMENT_NOTICE_RECEIVED"]));
  });

  it("refuses a penalty defence when the plaintiff claims no penalty, and a proposal above the claim", () => {
    const body = clone();
    body.claim.penalty = "0";
    body.mediation.total = "40000";
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["claim.penalty NO_PENALTY_CLAIMED", "mediation.total PROPOSAL_ABOVE_CLAIM"]));
  });

  it("needs the hardship for hardship-mediation", () => {
    const body = clone();
    delete body.hardship;
    expect(errorsOf(body)).toContainEqual(expect.objectContaining({ path: "hardship.reasons", code: "REQUIRED" }));
  });

  it("reports cross-field errors together with the schema's", () => {
    const body = limitationBody();
    body.case.number = "2026浙0192民初12345";
    body.case.court = "杭州互联网";
    body.defendant.sex = "male";
    body.limitation.lastDemandDate = "2024-01-10";
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "case.number INVALID_CASE_NUMBER",
        "case.court INVALID_COURT_NAME",
        "defendant.sex DEFENDANT_ID_MISMATCH",
        "limitation.lastDemandDate LIMITATION_NOT_SUPPORTED",
      ]),
    );
  });

  it("checks the order of the case's dates", () => {
    const body = clone();
    body.case.receivedOn = "2026-12-01";
    body.case.filedOn = "2026-12-02";
    body.case.hearingDate = "2026-11-25";
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["case.receivedOn INVALID_DATE_ORDER", "case.filedOn INVALID_DATE_ORDER", "case.hearingDate INVALID_DATE_ORDER"]));
  });

  it("keeps the case number as typed, with ASCII brackets too", () => {
    const body = clone();
    body.case.number = "(2026)浙0192民初12345号";
    expect(text(body)).toContain("(2026)浙0192民初12345号");
    expect(civilDefenceSchema.shape.case.safeParse({ ...body.case, number: "浙0192民初12345号" }).success).toBe(false);
  });

  it("reads rates as percent with at most two decimals", () => {
    expect(rateSchema.parse("18.25")).toBe(1825);
    expect(rateSchema.parse("18.25%")).toBe(1825);
    expect(rateSchema.parse(7.2)).toBe(720);
    expect(rateSchema.safeParse("0").success).toBe(false);
    expect(rateSchema.safeParse("101").success).toBe(false);
    expect(rateSchema.safeParse("18.255").success).toBe(false);
    expect([formatRate(1825), formatRate(1800), formatRate(720)]).toEqual(["18.25%", "18%", "7.2%"]);
  });
});

describe("civil-defence facts", () => {
  it("carries the answer period: received 2026-11-20, 12月5日 a Saturday → 2026-12-07, with the rule and no article for the counting", () => {
    const f = facts(clone());
    const deadline = f.deadlines.find((x) => x.id === "answer-period")!;
    expect(deadline.date).toBe("2026-12-07");
    expect(deadline.citation).toBe("civil-procedure-128");
    expect(deadline.rule.zh).toContain("第一百二十八条");
    expect(deadline.rule.zh).toContain("收到当日不计入");
    expect(deadline.rule.zh).toContain("期满前交邮");
    expect(deadline.rule.zh).not.toMatch(/第八十五条|第八十二条/);
    expect(deadline.explanation.zh).toContain("第15日是2026年12月5日");
    expect(deadline.explanation.zh).toContain("2026年12月7日（星期一）");
    expect(f.dates).toMatchObject({ complaintReceived: "2026-11-20", answerPeriodNominalEnd: "2026-12-05", answerPeriodEnd: "2026-12-07", hearing: "2026-12-22" });
  });

  it("says when the holiday calendar of the last day's year is not verified", () => {
    const body = clone();
    body.date = "2026-12-25";
    body.case.receivedOn = "2026-12-20";
    body.mediation.firstPaymentDate = "2027-02-15";
    const f = facts(body);
    expect(f.deadlines[0].date).toBe("2027-01-04");
    expect(f.deadlines[0].explanation.zh).toContain("还没有核实2027年的国务院放假安排");
    expect(f.warnings.map((w) => w.code)).toContain("HOLIDAY_CALENDAR_UNVERIFIED");
    expect(facts(clone()).warnings.map((w) => w.code)).not.toContain("HOLIDAY_CALENDAR_UNVERIFIED");
  });

  it("lists the citations the document prints, and only those", () => {
    expect(facts(clone()).citations.map((c) => c.id)).toEqual(["civil-code-585", "contract-interpretation-64", "contract-interpretation-65"]);
    expect(facts(limitationBody()).citations.map((c) => c.id)).toEqual(["civil-code-188", "civil-code-189", "civil-code-192", "civil-code-193", "civil-code-195"]);
  });

  it("guides the borrower: 12368 and 律师函, 12348, small claims, the authorisation and the jurisdiction objection, attendance", () => {
    const f = facts(clone());
    const all = f.nextSteps.map((s) => s.text.zh).join("\n");
    expect(all).toContain("12368");
    expect(all).toContain("律师函");
    expect(all).toContain("执业证号");
    expect(all).toContain("12348");
    expect(all).toContain("一审终审");
    expect(all).toContain("第一百六十五条");
    expect(all).toContain("出庭");
    expect(all).not.toMatch(/不要出庭|不必出庭|无需答辩|不用答辩/);
    expect(f.nextSteps.find((s) => s.id === "representative")).toMatchObject({ letterType: "authorization" });
    expect(f.nextSteps.find((s) => s.id === "jurisdiction-objection")).toMatchObject({ letterType: "jurisdiction-objection" });
    expect(f.nextSteps.find((s) => s.id === "internet-court")!.text.zh).toContain("第二条");
    expect(f.nextSteps.at(-1)!.id).toBe("no-paid-agents");
    expect(f.warnings.map((w) => w.code)).toContain("COURT_DOCUMENT_TEMPLATE");
  });

  it("warns when the dates support a time bar the borrower did not raise (the court will not apply it itself)", () => {
    const body = clone();
    body.limitation = { lastDueDate: "2022-06-15" };
    const warning = facts(body).warnings.find((w) => w.code === "LIMITATION_NOT_RAISED")!;
    expect(warning.message.zh).toContain("第一百九十三条");
    expect(warning.message.zh).toContain("2025年6月15日");
    expect(facts(limitationBody()).warnings.map((w) => w.code)).toContain("LIMITATION_AS_STATED");
  });

  it("warns about input for defences not chosen, and after the answer period", () => {
    const body = clone();
    body.defences = ["amount-not-proven"];
    body.date = "2026-12-10";
    const codes = facts(body).warnings.map((w) => w.code);
    expect(codes).toContain("UNUSED_INPUT");
    expect(codes).toContain("ANSWER_PERIOD_PASSED");
  });

  it("carries the claim and the proposal's amounts and schedule", () => {
    const f = facts(clone());
    expect(f.amounts.claimTotal.figure).toBe("¥29,648.70");
    expect(f.amounts.proposalTotal.daxie).toBe("人民币贰万捌仟元整");
    expect(f.amounts.lastInstalment.figure).toBe("¥1,083.41");
    expect(f.schedule).toHaveLength(25);
    expect(f.schedule!.at(-1)!.remaining.fen).toBe(0);
  });
});

describe("copies and annexes", () => {
  it("counts one copy for each opposing party", () => {
    expect(copiesCount(undefined)).toBe(1);
    expect(copiesCount([{ role: "plaintiff", name: "甲" }, { role: "third-party", name: "乙" }])).toBe(3);
    expect(annexList(1, 0, false, "Hans")).toEqual([]);
    expect(annexList(2, 3, true, "Hans")).toEqual(["本答辩状副本2份；", "还款计划表1份；", "证据材料3项（见证据清单）。"]);
  });
});

describe("civil-defence text", () => {
  it("orders the defences the way a judge reads them, whatever order they were ticked in", () => {
    const body = clone();
    body.plaintiff = { name: "示例资产管理有限公司" };
    body.defences = ["hardship-mediation", "excessive-penalty", "amount-not-proven", "unnotified-assignment", "charges-above-contract"];
    const out = flat(body);
    const headings = ["一、原告主张的债权转让，未通知答辩人", "二、原告主张的金额未经逐期举证", "三、原告主张的利息和费用超出合同约定", "四、原告主张的罚息、违约金过高", "五、答辩人确有困难"];
    let from = 0;
    for (const heading of headings) {
      const at = out.indexOf(heading, from);
      expect(at, heading).toBeGreaterThan(from - 1);
      from = at;
    }
  });

  it("writes the zh-Hant document from the same template, keeping typed text as typed", () => {
    const body = clone();
    body.locale = "zh-Hant";
    const out = flat(body);
    expect(out).toContain("民事答辯狀");
    expect(out).toContain("答辯人：李四");
    expect(out).toContain("被答辯人：重庆蚂蚁消费金融有限公司");
    expect(out).toContain("《中華人民共和國民法典》第五百八十五條");
    expect(out).toContain("此致杭州互联网法院");
    expect(out).toContain("本文書依據答辯人提供的信息");
  });
});
