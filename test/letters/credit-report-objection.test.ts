/**
 * 征信异议申请书: the addressee (贵中心 / the reporting institution), the records table, the reasons and the request
 * with exactly the citations they call for, what the letter must not say (no admission, no 征信修复 promise),
 * the facts (the 20-day deadline, warnings, next steps), and the 422s — cross-field ones with the schema's.
 */
import { describe, expect, it } from "vitest";
import creditReportObjection, { creditObjectionCitations, objectionDeadline } from "../../src/letters/credit-report-objection";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import type { LetterType } from "../../src/letters/types";
import { postJson } from "../helpers/app";

const type = creditReportObjection as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(creditReportObjection.example) as Body;
const prepare = (body: Body) => prepareLetter(type, body, { now });
const text = (body: Body) => renderText(prepare(body));
const flat = (body: Body) => text(body).replace(/\s+/g, "");
const facts = (body: Body) => prepare(body).letter.facts;

function errorsOf(body: unknown) {
  try {
    prepareLetter(type, body, { now });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    expect((error as ShuhanError).status).toBe(422);
    return ((error as ShuhanError).errors ?? []).map(({ path, code }) => ({ path, code }));
  }
  throw new Error("expected a 422");
}

const ADMISSIONS = /本人尚欠|确认欠款|合计欠款|尚欠|本人欠/;
const PROMISES = /修复|洗白|消除|保证|一定会|必将|必须删除/;

/** To the reporting institution: correct a wrong amount or status. */
const toLender = (extra: Body = {}): Body => {
  const body = clone();
  delete body.objectionTo;
  return {
    ...body,
    objectionGrounds: { reasons: ["wrong-amount-or-status"] },
    remedy: { kind: "correct", correction: "2026年3月至5月还款状态应为正常" },
    ...extra,
  };
};

describe("credit-report-objection: to the credit reference centre (the example)", () => {
  it("addresses 贵中心 and identifies the borrower and the report in full", () => {
    const t = flat(clone());
    expect(t.startsWith("征信异议申请书尊敬的中国人民银行征信中心：")).toBe(true);
    expect(t).toContain("申请人赵六（居民身份证号码：11010519491231002X）于2026年11月20日查询本人信用报告（报告编号：2026112300001234567890）");
    expect(t).toContain("现依据《征信业管理条例》第二十五条和《中华人民共和国民法典》第一千零二十九条的规定，向贵中心提出异议申请");
    expect(t).toContain("贵中心提供的本人信用报告显示如下（按报告所载填写）");
  });

  it("lists the record as the report shows it: institution (the lender by default), account, kind, period", () => {
    const rows = text(clone()).split("\n").filter((line) => /^1\t/.test(line));
    expect(rows).toEqual(["1\t重庆蚂蚁消费金融有限公司；JB20240301005566\t逾期记录\t2026年3月至2026年5月\t2026年3月至5月还款状态为「1」「2」「3」，显示连续3个月逾期"]);
  });

  it("states the reasons the borrower chose, with 第十五条 for the missing prior notice", () => {
    const t = flat(clone());
    expect(t).toContain("申请人已于2026年2月28日与重庆蚂蚁消费金融有限公司就相关业务达成协议，上述信息是在协议达成之后报送的。");
    expect(t).toContain("重庆蚂蚁消费金融有限公司在报送上述不良信息之前，申请人未收到其任何告知。根据《征信业管理条例》第十五条，信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人。");
    expect(t).toContain("具体情况如下：2026年2月28日，申请人与该公司客服通话");
    expect(t).not.toContain("并非申请人本人办理");
  });

  it("asks for the flag, the check within 20 days, the statement under 第十六条 and a written answer; promises nothing", () => {
    const t = flat(clone());
    expect(t).toContain("对上述信息作出存在异议的标注；");
    expect(t).toContain("自收到本申请之日起20日内进行核查和处理；");
    expect(t).toContain("依据《征信业管理条例》第十六条关于信息主体可以对不良信息作出说明、征信机构应当予以记载的规定");
    expect(t).toContain("申请人的说明：本人已于2026年2月28日与机构约定还款安排，并按约定按月还款。");
    expect(t).toContain("将核查和处理结果书面答复申请人；经核查认为上述信息无误的，请在答复中说明核查的情况和依据。");
    expect(t).toContain("信用报告中的信息只有经核查确认存在错误、遗漏的，才予以更正或删除；真实、准确的信息不会因为异议而删除。");
    expect(t).not.toContain("予以删除");
    expect(t).not.toMatch(PROMISES);
    expect(t).not.toMatch(ADMISSIONS);
  });

  it("names the next step: 第二十六条, the PBOC branch, 12363, the courts", () => {
    expect(flat(clone())).toContain(
      "申请人将依据《征信业管理条例》第二十六条，向中国人民银行当地分支机构投诉，或拨打中国人民银行金融消费者投诉电话12363，并保留向人民法院起诉的权利。",
    );
  });

  it("addresses another bureau by what it is: a company is 贵司", () => {
    const body = clone();
    body.bureau = { name: "百行征信有限公司" };
    const t = flat(body);
    expect(t).toContain("尊敬的百行征信有限公司：");
    expect(t).toContain("向贵司提出异议申请");
  });
});

describe("credit-report-objection: to the reporting institution", () => {
  it("addresses it by kind (贵司/贵行), says the records are what it reported, prints the correction as typed", () => {
    const t = flat(toLender());
    expect(t).toContain("尊敬的重庆蚂蚁消费金融有限公司：");
    expect(t).toContain("申请人对报告中由贵司报送的下列信息有异议");
    expect(t).toContain("本人信用报告中由贵司报送的信息显示如下");
    expect(t).toContain("上述信息所记载的金额或账户状态与实际情况不符。");
    expect(t).toContain("经核查确认上述信息存在错误、遗漏的，予以更正，申请人认为正确的内容为：2026年3月至5月还款状态应为正常；");
    const bank = toLender({ lender: { name: "中国工商银行股份有限公司北京分行", kind: "bank-loan" } });
    expect(flat(bank)).toContain("恳请贵行：");
  });

  it("deletion: only what is found wrong", () => {
    const t = flat(toLender({ objectionGrounds: { reasons: ["not-my-loan"] }, remedy: { kind: "delete" } }));
    expect(t).toContain("上述信息所涉业务并非申请人本人办理。申请人从未申请、使用该业务，也未授权他人办理，怀疑申请人的身份信息被他人冒用。");
    expect(t).toContain("经核查确认上述信息存在错误的，予以删除；");
  });

  it("records of another institution: the letter does not call them the lender's, and the facts say where they belong", () => {
    const body = toLender({
      disputedRecords: [
        { kind: "overdue", from: "2026-03", to: "2026-05", shows: "连续3个月逾期" },
        { institution: "某某小额贷款有限公司", kind: "inquiry", from: "2026-09", shows: "贷款审批查询" },
      ],
    });
    const t = flat(body);
    expect(t).toContain("申请人对报告中下列信息有异议");
    expect(t).toContain("本人信用报告显示如下（按报告所载填写）");
    expect(t).not.toContain("由贵司报送");
    expect(text(body)).toContain("2\t某某小额贷款有限公司\t查询记录\t2026年9月\t贷款审批查询");
    const warning = facts(body).warnings.find((w) => w.code === "OTHER_INSTITUTION_RECORDS")!;
    expect(warning.path).toBe("disputedRecords.1.institution");
    expect(warning.message.zh).toContain("第2条信息显示的机构（某某小额贷款有限公司）不是收信的重庆蚂蚁消费金融有限公司");
    const toBureau = clone();
    toBureau.disputedRecords = body.disputedRecords;
    expect(facts(toBureau).warnings.map((w) => w.code)).not.toContain("OTHER_INSTITUTION_RECORDS");
  });

  it("already repaid: the date the borrower gave, and nothing more", () => {
    const t = flat(toLender({ objectionGrounds: { reasons: ["already-repaid"], repaidOn: "2026-06-30" } }));
    expect(t).toContain("相关款项申请人已于2026年6月30日还清，上述信息未反映这一情况。");
  });
});

describe("credit-report-objection: citations", () => {
  const ids = (kinds: string[], request: string) =>
    Object.values(creditObjectionCitations({ objectionGrounds: { reasons: kinds }, remedy: { kind: request } } as any, "Hans")).flatMap((c) => (c ? [c.id] : []));

  it("第二十五条, 第一千零二十九条 and 第二十六条 always; 第十五条 only for no-prior-notice; 第十六条 only for add-statement", () => {
    expect(ids(["wrong-amount-or-status"], "correct")).toEqual(["credit-regulation-25", "civil-code-1029", "credit-regulation-26"]);
    expect(ids(["no-prior-notice"], "delete")).toEqual(["credit-regulation-25", "civil-code-1029", "credit-regulation-15", "credit-regulation-26"]);
    expect(ids(["already-repaid"], "add-statement")).toEqual(["credit-regulation-25", "civil-code-1029", "credit-regulation-16", "credit-regulation-26"]);
  });

  it("the letter prints exactly the cited articles, and the facts list them", () => {
    const articles = (t: string) => [...new Set(t.match(/第[一二三四五六七八九十百千零]+条/g))].sort();
    expect(articles(flat(clone()))).toEqual(["第一千零二十九条", "第二十五条", "第二十六条", "第十五条", "第十六条"].sort());
    expect(articles(flat(toLender()))).toEqual(["第一千零二十九条", "第二十五条", "第二十六条"].sort());
    expect([...new Set(flat(toLender()).match(/《[^》]+》/g))]).toEqual(["《征信业管理条例》", "《中华人民共和国民法典》", "《民法典》"]);
    expect(facts(toLender()).citations.map((c) => c.id)).toEqual(["credit-regulation-25", "civil-code-1029", "credit-regulation-26"]);
  });
});

describe("credit-report-objection: facts", () => {
  it("the 20-day deadline from receipt, resting on 第二十五条", () => {
    const f = facts(clone());
    expect(f.deadlines).toEqual([objectionDeadline({ year: 2026, month: 11, day: 23 })]);
    expect(f.deadlines[0]).toMatchObject({ id: "credit-objection-reply", date: "2026-12-13", citation: "credit-regulation-25" });
    expect(f.dates).toEqual({ reportDate: "2026-11-20", agreedOn: "2026-02-28" });
    expect(f.recipient).toEqual({ name: "中国人民银行征信中心" });
    expect(f.amounts).toEqual({});
  });

  it("always cautions against paid 征信修复; warns that true records stay when the debt was repaid", () => {
    expect(facts(clone()).warnings.map((w) => w.code)).toEqual(["PAID_CREDIT_REPAIR_CAUTION"]);
    expect(facts(clone()).warnings[0].message.zh).toContain("征信修复");
    const repaid = facts(toLender({ objectionGrounds: { reasons: ["already-repaid"] } }));
    expect(repaid.warnings.map((w) => w.code)).toEqual(["PAID_CREDIT_REPAIR_CAUTION", "TRUE_RECORDS_STAY"]);
  });

  it("next steps: wait 20 days, check the report again, complain to the PBOC branch; the police for identity theft", () => {
    const steps = facts(clone()).nextSteps;
    expect(steps.map((s) => s.id)).toEqual(["sign", "send-by-ems", "keep-copy", "wait-reply", "check-report-again", "complain-pboc", "no-paid-agents"]);
    expect(steps.find((s) => s.id === "complain-pboc")).toMatchObject({ letterType: "complaint" });
    expect(steps.find((s) => s.id === "complain-pboc")!.text.zh).toMatch(/30日内.*12363/);
    const stolen = facts(toLender({ objectionGrounds: { reasons: ["not-my-loan"] }, remedy: { kind: "delete" } }));
    expect(stolen.nextSteps.map((s) => s.id)).toContain("report-identity-theft");
  });
});

describe("credit-report-objection: 422", () => {
  it("reports every cross-field error with the schema's in one round", () => {
    const body = clone();
    delete body.objectionTo; // to the lender: a statement cannot be recorded there
    body.remedy = { kind: "add-statement", correction: "x" };
    body.objectionGrounds = { reasons: ["not-my-loan", "already-repaid", "other"], agreedOn: "2026-01-01" };
    body.disputedRecords = [
      { kind: "overdue", from: "2026-05", to: "2026-03", shows: "逾期" },
      { kind: "inquiry", from: "2027-01", shows: "查询" },
      { kind: "overdue", from: "2026-13" },
    ];
    body.creditReport = { date: "2026-12-01" };
    const errors = errorsOf(body);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: "disputedRecords.2.from", code: "INVALID_MONTH" },
        { path: "disputedRecords.2.shows", code: expect.any(String) },
        { path: "remedy.kind", code: "STATEMENT_GOES_TO_BUREAU" },
        { path: "remedy.statement", code: "STATEMENT_REQUIRED" },
        { path: "remedy.correction", code: "CORRECTION_NOT_REQUESTED" },
        { path: "objectionGrounds.details", code: "DETAILS_REQUIRED" },
        { path: "objectionGrounds.reasons", code: "CONTRADICTORY_REASONS" },
        { path: "objectionGrounds.agreedOn", code: "REASON_NOT_CHOSEN" },
        { path: "disputedRecords.0.to", code: "INVALID_PERIOD" },
        { path: "disputedRecords.1.from", code: "INVALID_DATE_ORDER" },
        { path: "creditReport.date", code: "INVALID_DATE_ORDER" },
      ]),
    );
    expect(errors).toHaveLength(11);
  });

  it("第十五条 and 第十六条 concern negative information, not inquiry records", () => {
    const body = clone();
    body.disputedRecords = [{ kind: "inquiry", from: "2026-10", shows: "贷款审批查询" }];
    expect(errorsOf(body)).toEqual([
      { path: "objectionGrounds.reasons", code: "NOT_NEGATIVE_INFORMATION" },
      { path: "remedy.kind", code: "NOT_NEGATIVE_INFORMATION" },
    ]);
  });

  it("a statement given without asking for one; a recipient named when it is the lender; nowhere to reply", () => {
    const body = toLender({ remedy: { kind: "correct", statement: "说明" }, bureau: { name: "某中心" } });
    body.borrower = { name: "赵六" };
    expect(errorsOf(body)).toEqual([
      { path: "bureau.name", code: "BUREAU_NOT_RECIPIENT" },
      { path: "remedy.statement", code: "STATEMENT_NOT_REQUESTED" },
      { path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" },
    ]);
  });

  it("over HTTP: problem+json naming the request", async () => {
    const body = clone();
    body.objectionTo = "lender";
    const res = await postJson("/v1/letters/credit-report-objection", body);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string; code: string; message: { zh: string } }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ path: "remedy.kind", code: "STATEMENT_GOES_TO_BUREAU" })]);
    expect(problem.errors[0].message.zh).toContain("第十六条");
  });
});
