/**
 * 债务明细及债权凭证查询函: who it is addressed to and how, what it asks for by recipient and lender kind, which
 * citations it prints (and which it must not), that it admits nothing and promises nothing, the facts (claimed
 * amount, reply deadline, warnings, next steps), and the 422s — cross-field ones reported with the schema's.
 */
import { describe, expect, it } from "vitest";
import debtDetailsRequest, { debtDetailsCitations, saleApplies } from "../../src/letters/debt-details-request";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import type { LetterType } from "../../src/letters/types";
import { postJson } from "../helpers/app";

const type = debtDetailsRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(debtDetailsRequest.example) as Body;
const prepare = (body: Body) => prepareLetter(type, body, { now });
/** The letter text with all whitespace removed: phrases may wrap anywhere in a paragraph. */
const flat = (body: Body) => renderText(prepare(body)).replace(/\s+/g, "");
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

/** Words in the borrower's voice that would admit the debt or its amount. */
const ADMISSIONS = /本人尚欠|确认欠款|合计欠款|尚欠|本人欠|欠款合计|本人确认/;
/** Anything that is 同意履行 (诉讼时效规定 第十四条) or mentions the limitation period. */
const PERFORMANCE = /分期|延期|展期|还款计划|还款方案|还款安排|愿意还款|同意还款|承诺还款|将按期|减免|停息|诉讼时效|时效/;

const collector = (extra: Body = {}): Body => ({
  ...clone(),
  claimant: { kind: "collection-agency", name: "深圳市恒信达商务咨询有限公司" },
  sale: undefined,
  ...extra,
});
const toLender = (extra: Body = {}): Body => {
  const body = clone();
  delete body.claimant;
  delete body.sale;
  return { ...body, ...extra };
};

describe("debt-details-request: to a debt buyer (the example)", () => {
  it("addresses the buyer as 贵司, names the original lender and the account, and masks the numbers", () => {
    const text = flat(clone());
    expect(text.startsWith("债务明细及债权凭证查询函")).toBe(true);
    expect(text).toContain("尊敬的浙江汇信资产管理有限公司：");
    expect(text).toContain("本人王五（居民身份证号码：110105********002X）就贵司所主张的重庆蚂蚁消费金融有限公司「借呗」（合同编号：JB20230512008866）项下债权，致函如下。");
    expect(text).toContain("贵司于2026年11月5日通过短信（编号：HX2026110500123）向本人发出通知，称贵司已受让上述债权，并据此向本人主张欠款");
    expect(text).not.toContain("11010519491231002X");
  });

  it("prints the amount claimed as the buyer's claim, in figures and 大写, never as owed", () => {
    const text = flat(clone());
    expect(text).toContain("贵司主张的金额为¥32,118.40（人民币叁万贰仟壹佰壹拾捌元肆角整）");
    expect(text).not.toMatch(ADMISSIONS);
    expect(text).toContain("不构成对贵司所主张的债权或其金额的承认，也不构成还款承诺");
    expect(text).toContain("在收到并核对上述材料之前，本人不向贵司确认任何金额，也不作任何承诺。");
  });

  it("asks for the contract, the ledger, the annualised cost and the notice and proof of the sale, in writing within 15 days", () => {
    const text = flat(clone());
    expect(text).toContain("合同文本：据以主张上述债权的借款合同、借据或借款凭证");
    expect(text).toContain("借款发放的凭证（放款的时间、金额和收款账户）");
    expect(text).toContain("逐期列明应还金额、已还金额和还款日期，以及利息、罚息、违约金、复利和各项费用（如有）的计收金额、计算期间、所适用的利率或费率及其约定依据");
    expect(text).toContain("年化综合融资成本：该笔借款以年化利率表示的综合融资成本");
    expect(text).toContain("债权转让通知及凭证：就该笔债权由重庆蚂蚁消费金融有限公司转让一事通知本人的文件");
    expect(text).toContain("请贵司自收到本函之日起15日内书面答复本人");
    expect(text).not.toContain("委托授权");
  });

  it("says no notice was received only because the borrower said so, then 第五百四十六条 and 第五百四十八条", () => {
    const text = flat(clone());
    expect(text).toContain("本人至今未收到关于该笔债权转让的通知。根据《中华人民共和国民法典》第五百四十六条，债权人转让债权，未通知债务人的，该转让对债务人不发生效力。");
    expect(text).toContain("根据《民法典》第五百四十八条，债务人接到债权转让通知后，债务人对让与人的抗辩，可以向受让人主张。本人对重庆蚂蚁消费金融有限公司享有的抗辩，均保留向受让人主张的权利。");
    const body = clone();
    delete body.sale;
    const without = flat(body);
    expect(without).not.toContain("未收到");
    expect(without).toContain("第五百四十六条"); // the recipient is a buyer: a sale is claimed all the same
  });

  it("promises nothing and never mentions the limitation period", () => {
    expect(flat(clone())).not.toMatch(PERFORMANCE);
  });
});

describe("debt-details-request: to a collection agency", () => {
  it("asks for the mandate; names the sale only as reported (据称) and the buyer the borrower named", () => {
    const text = flat(collector({ sale: { claimed: true, buyer: "浙江汇信资产管理有限公司" } }));
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("本人王五（居民身份证号码：110105********002X）就贵司所催收的重庆蚂蚁消费金融有限公司「借呗」（合同编号：JB20230512008866）项下款项，致函如下。");
    expect(text).toContain("贵司于2026年11月5日通过短信（编号：HX2026110500123）就上述款项向本人催收，贵司主张的金额为¥32,118.40");
    expect(text).toContain("据称，该笔债权已由重庆蚂蚁消费金融有限公司转让给浙江汇信资产管理有限公司。");
    expect(text).toContain("为核实贵司所催收的债权及其转让情况");
    expect(text).toContain("委托授权：贵司接受委托进行催收的授权文件（委托书或委托协议），载明委托人、委托事项、委托权限和期限");
    expect(text).toContain("本人不向贵司确认任何金额");
    expect(text).not.toMatch(ADMISSIONS);
    expect(text).not.toMatch(PERFORMANCE);
  });

  it("without a sale: the mandate is the last item, nothing about transfers is cited", () => {
    const prepared = prepare(collector());
    const text = renderText(prepared).replace(/\s+/g, "");
    expect(text).toContain("统一社会信用代码。");
    expect(text).not.toMatch(/转让|第五百四十六条|第五百四十八条/);
    expect(prepared.letter.facts.citations.map((c) => c.id)).toEqual(["financing-cost-disclosure-2026"]);
  });

  it("addresses a law firm as 贵所", () => {
    expect(flat(collector({ claimant: { kind: "collection-agency", name: "北京某某律师事务所" } }))).toContain("请贵所自收到本函之日起15日内书面答复本人");
  });
});

describe("debt-details-request: to the original lender", () => {
  it("prints the ID number in full (the lender must find the account) and does not threaten to confirm nothing", () => {
    const text = flat(toLender());
    expect(text).toContain("尊敬的重庆蚂蚁消费金融有限公司：");
    expect(text).toContain("本人王五（居民身份证号码：11010519491231002X）就贵司所主张的「借呗」（合同编号：JB20230512008866）项下欠款，致函如下。");
    expect(text).toContain("贵司于2026年11月5日通过短信（编号：HX2026110500123）向本人主张上述欠款，贵司主张的金额为¥32,118.40");
    expect(text).not.toContain("不向贵司确认");
    expect(text).not.toMatch(/委托授权|转让/);
  });

  it("a bank credit card: 贵行, the card agreement and statements, the card number in full; the financing-cost rules are not cited", () => {
    const body = toLender({
      lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" },
      account: { product: "招商银行信用卡", accountNumber: "6225 8801 2345 1234" },
      demand: undefined,
    });
    const text = flat(body);
    expect(text).toContain("本人王五（居民身份证号码：11010519491231002X）就贵行所主张的「招商银行信用卡」（卡号：6225880123451234）项下欠款，致函如下。为核实");
    expect(text).toContain("信用卡领用合约（协议）、信用卡申请表");
    expect(text).toContain("自首次透支之日起至今的全部账单和交易明细");
    expect(text).not.toContain("借款发放的凭证");
    expect(text).not.toContain("个人贷款业务明示综合融资成本规定");
    expect(text).toContain("年化综合融资成本：该账户以年化利率表示的综合融资成本");
    expect(text).not.toContain("主张的金额为");
  });

  it("asks the lender whether it sold the debt when someone says it did", () => {
    const text = flat(toLender({ sale: { claimed: true } }));
    expect(text).toContain("另据称，贵司已将该笔债权转让。");
    expect(text).toContain("债权转让情况：贵司是否已将该笔债权转让；如已转让，请告知受让人的名称和转让日期");
    expect(text).toContain("本人对贵司享有的抗辩，均保留向受让人主张的权利。");
  });

  it("prints nothing about the claim the borrower did not describe", () => {
    const text = flat(toLender({ demand: undefined, account: undefined }));
    expect(text).toContain("本人王五（居民身份证号码：11010519491231002X）就贵司所主张的欠款，致函如下。为核实贵司所主张的债权，");
    expect(text).not.toMatch(/编号：|通过短信|主张的金额为/);
    const buyer = flat({ ...clone(), demand: undefined, account: undefined, sale: undefined });
    expect(buyer).toContain("就贵司所主张的重庆蚂蚁消费金融有限公司的债权，致函如下。贵司向本人发出通知，称贵司已受让上述债权，并据此向本人主张欠款。");
  });
});

describe("debt-details-request: citations", () => {
  const ids = (lenderKind: string, extra: Body = {}) =>
    Object.values(debtDetailsCitations({ lender: { name: "x", kind: lenderKind as any }, ...extra } as any, "Hans")).flatMap((c) => (c ? [c.id] : []));

  it("《个人贷款业务明示综合融资成本规定》 (by name, no article) for licensed lenders of personal loans only", () => {
    for (const kind of ["bank-loan", "consumer-finance", "microloan"]) expect(ids(kind)).toEqual(["financing-cost-disclosure-2026"]);
    for (const kind of ["bank-credit-card", "other"]) expect(ids(kind)).toEqual([]);
    const c = debtDetailsCitations({ lender: { name: "x", kind: "microloan" } } as any, "Hans").financingCost!;
    expect(c.article).toBeUndefined();
    expect(c.cite).toBe("《个人贷款业务明示综合融资成本规定》");
  });

  it("民法典 第五百四十六条、第五百四十八条 only where a sale is claimed", () => {
    expect(ids("other", { claimant: { kind: "debt-buyer", name: "x" } })).toEqual(["civil-code-546", "civil-code-548"]);
    expect(ids("other", { sale: { claimed: true } })).toEqual(["civil-code-546", "civil-code-548"]);
    expect(ids("other", { sale: { buyer: "x" } })).toEqual(["civil-code-546", "civil-code-548"]);
    expect(ids("other", { sale: { claimed: false, noNotice: false } })).toEqual([]);
    expect(saleApplies({ claimant: { kind: "collection-agency", name: "x" }, sale: undefined })).toBe(false);
  });

  it("never the limitation rules, 49(2), or anything else in the letter", () => {
    const text = flat(clone());
    const titles = [...new Set(text.match(/《[^》]+》/g))];
    expect(titles).toEqual(["《个人贷款业务明示综合融资成本规定》", "《中华人民共和国民法典》", "《民法典》"]);
    expect([...new Set(text.match(/第[一二三四五六七八九十百千零]+条/g))]).toEqual(["第五百四十六条", "第五百四十八条"]);
    expect(facts(clone()).citations.map((c) => c.id)).toEqual(["financing-cost-disclosure-2026", "civil-code-546", "civil-code-548"]);
  });
});

describe("debt-details-request: facts", () => {
  it("the claimed amount, the claim date, the 15-day reply", () => {
    const f = facts(clone());
    expect(f.amounts).toEqual({ claimed: { fen: 3_211_840, yuan: "32118.40", figure: "¥32,118.40", daxie: "人民币叁万贰仟壹佰壹拾捌元肆角整" } });
    expect(f.dates).toEqual({ claimDate: "2026-11-05" });
    expect(f.deadlines).toHaveLength(1);
    expect(f.deadlines[0]).toMatchObject({ id: "reply-due", date: "2026-12-08" });
    expect(f.recipient).toEqual({ name: "浙江汇信资产管理有限公司", address: "杭州市西湖区文三路90号8楼" });
  });

  it("warns a buyer's or collector's addressee to confirm nothing (49(2)); not when writing to the lender", () => {
    const codes = (body: Body) => facts(body).warnings.map((w) => w.code);
    expect(codes(clone())).toEqual(["CONFIRM_NOTHING"]);
    expect(facts(clone()).warnings[0].message.zh).toContain("《合同编通则解释》第四十九条第二款");
    expect(codes(collector())).toEqual(["CONFIRM_NOTHING"]);
    expect(codes(toLender())).toEqual([]);
  });

  it("dates over three years old: a neutral warning in the facts, a letter that is word for word the same", () => {
    const old = clone();
    old.debtDates = { overdueSince: "2022-04-01", lastPaymentDate: "2022-03-01", lastDemandDate: "2023-05-10" };
    const f = facts(old);
    const warning = f.warnings.find((w) => w.code === "NO_PROMISES_BY_PHONE")!;
    expect(warning.path).toBe("debtDates.lastDemandDate");
    expect(warning.message.zh).toContain("2023年5月10日");
    expect(warning.message.zh).toContain("不要在电话里答应还款、分期或延期，也不要先还一小笔");
    expect(f.nextSteps.find((s) => s.id === "negotiate")!.text.zh).toContain("12348");
    const recent = clone();
    recent.debtDates = { ...old.debtDates, lastDemandDate: "2024-01-10" };
    expect(facts(recent).warnings.map((w) => w.code)).toEqual(["CONFIRM_NOTHING"]);
    // The dates are never printed, and the letter does not change with them.
    expect(prepare(old).html).toBe(prepare(recent).html);
    expect(flat(old)).not.toMatch(/2022|2023年5月/);
  });

  it("next steps: check the documents, complain if there is no reply, and the instalment request if the borrower decides to negotiate", () => {
    const steps = facts(clone()).nextSteps;
    expect(steps.map((s) => s.id)).toEqual(["sign", "send-by-ems", "keep-copy", "check-documents", "no-reply", "negotiate", "no-paid-agents"]);
    expect(steps.find((s) => s.id === "no-reply")).toMatchObject({ letterType: "complaint" });
    expect(steps.find((s) => s.id === "no-reply")!.text.zh).toContain("国家金融监督管理总局消费者投诉热线12378");
    expect(steps.find((s) => s.id === "negotiate")).toMatchObject({ letterType: "installment-request" });
    const microloan = toLender({ lender: { name: "重庆美团三快小额贷款有限公司", kind: "microloan" } });
    expect(facts(microloan).nextSteps.find((s) => s.id === "no-reply")!.text.zh).toContain("地方金融管理局");
  });
});

describe("debt-details-request: the schema has no request fields", () => {
  it("is no 同意履行 letter: no acknowledgeLimitationRisk, budget or repayment; no amounts owed", () => {
    const keys = Object.keys(debtDetailsRequest.schema.shape);
    for (const key of ["acknowledgeLimitationRisk", "budget", "repayment", "debt"]) expect(keys).not.toContain(key);
    expect(Object.keys(debtDetailsRequest.schema.shape.debtDates.unwrap().shape)).toEqual(["overdueSince", "lastPaymentDate", "lastDemandDate"]);
  });

  it("renders when every date is more than three years old: the limitation guard does not apply", () => {
    const body = clone();
    body.debtDates = { overdueSince: "2021-01-01", lastPaymentDate: "2020-12-01", lastDemandDate: "2021-06-01" };
    expect(() => prepare(body)).not.toThrow();
  });
});

describe("debt-details-request: 422", () => {
  it("reports cross-field errors together with the schema's", () => {
    const body = clone();
    body.borrower = { name: "王五", idNumber: "110105194912310021" };
    body.claimant = { kind: "debt-buyer" };
    body.demand = { date: "2026-12-01", channel: "fax" };
    body.debt = { principal: "30000" };
    body.debtDates = { lastPaymentDate: "2027-01-01" };
    body.acknowledgeLimitationRisk = true;
    const errors = errorsOf(body);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: "borrower.idNumber", code: "INVALID_ID_NUMBER" },
        { path: "demand.channel", code: expect.any(String) },
        { path: "debt", code: "UNKNOWN_FIELD" },
        { path: "debt", code: "NO_AMOUNT_OWED" },
        { path: "acknowledgeLimitationRisk", code: "UNKNOWN_FIELD" },
        { path: "claimant.name", code: "RECIPIENT_NAME_REQUIRED" },
        { path: "demand.date", code: "INVALID_DATE_ORDER" },
        { path: "debtDates.lastPaymentDate", code: "INVALID_DATE_ORDER" },
        { path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" },
      ]),
    );
  });

  it("a recipient named when it is the lender; a buyer other than the recipient", () => {
    const lender = clone();
    lender.claimant = { kind: "lender", name: "某公司", address: "某地" };
    expect(errorsOf(lender)).toEqual([
      { path: "claimant.name", code: "RECIPIENT_IS_LENDER" },
      { path: "claimant.address", code: "RECIPIENT_IS_LENDER" },
    ]);
    const buyer = clone();
    buyer.sale = { buyer: "另一家资产管理有限公司" };
    expect(errorsOf(buyer)).toEqual([{ path: "sale.buyer", code: "BUYER_IS_RECIPIENT" }]);
    buyer.sale = { buyer: "浙江汇信资产管理有限公司" };
    expect(() => prepare(buyer)).not.toThrow();
  });

  it("over HTTP: problem+json with the paths", async () => {
    const body = clone();
    body.claimant = { kind: "collection-agency" };
    const res = await postJson("/v1/letters/debt-details-request", body);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { path: string; code: string; message: { zh: string } }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ path: "claimant.name", code: "RECIPIENT_NAME_REQUIRED" })]);
    expect(problem.errors[0].message.zh).toContain("催收公司的名称");
  });
});
