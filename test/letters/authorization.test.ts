/**
 * 授权委托书 as an institution's clerk (negotiation) and a court clerk (litigation) read it: the PDF text in both
 * scripts — the parties, the matters, exactly the powers chosen and what the agent may not do, the term, both
 * signatures, its citations and no others, no admission of a debt — and the 422s: an agent the law does not
 * allow in a lawsuit (the message says who may act), general against special powers, the term, the purpose
 * against the sections given, each kind's required facts; and the facts' warnings (PAID_AGENT_CAUTION on every
 * one, stronger for a stranger or a company negotiating).
 */
import { describe, expect, it } from "vitest";
import authorization from "../../src/letters/authorization";
import { AGENT_KINDS, LITIGATION_AGENT_KINDS } from "../../src/letters/authorization-rules";
import { prepareLetter, renderText } from "../../src/pipeline";
import type { LetterType } from "../../src/letters/types";
import { ADMISSION_WORDS, NOW, citationsIn, errorsOf, pdfText, type Body } from "./authorization-settlement-helpers";

const type = authorization as unknown as LetterType;
const clone = (): Body => structuredClone(authorization.example) as Body;
const flatText = (body: Body) => renderText(prepareLetter(type, body, { now: NOW })).replace(/\s+/g, "");
const facts = (body: Body) => prepareLetter(type, body, { now: NOW }).letter.facts;
const errors = (body: Body) => errorsOf(type, body);
const codes = (body: Body) => errors(body).map((e) => `${e.path} ${e.code}`);

/** A defendant's lawyer with special authority to settle and appeal. */
function litigationBody(): Body {
  return {
    date: "2026-11-23",
    borrower: { name: "张三", idNumber: "11010519491231002X", phone: "13812345678", address: "北京市朝阳区建国路88号3单元501室" },
    lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" },
    account: { product: "借呗", contractNumber: "JB20250315001234" },
    purpose: "litigation",
    agent: { name: "王律", kind: "lawyer", organisation: "北京市某某律师事务所", licenceNumber: "11101201810123456", phone: "13700001111" },
    litigation: {
      court: "杭州互联网法院",
      caseNumber: "（2026）浙0192民初12345号",
      cause: "金融借款合同纠纷",
      role: "defendant",
      authority: "special",
      specialPowers: ["appeal", "settle"],
    },
    term: { to: "2027-12-31" },
    attachments: ["律师事务所函", "律师执业证复印件"],
  };
}

/** A close relative in a lawsuit, with general authority. */
function relativeInCourt(): Body {
  const body = litigationBody();
  body.agent = { name: "李梅", kind: "close-relative", relation: "配偶", idNumber: "110108198811024523", phone: "13911112222" };
  body.litigation.authority = "general";
  delete body.litigation.specialPowers;
  return body;
}

describe("authorization PDF: negotiation and complaints (the example, zh-Hans)", () => {
  it("names the principal and the agent one fact a line, and the accounts (masked: several lenders receive it)", async () => {
    const text = await pdfText(type, clone());
    expect(text).toContain("授权委托书");
    expect(text).toContain("委托人：张三居民身份证号码：11010519491231002X联系电话：13812345678通讯地址：北京市朝阳区建国路88号3单元501室");
    expect(text).toContain("受托人：李梅，系委托人的配偶居民身份证号码：110108198811024523联系电话：13911112222");
    expect(text).toContain("就委托人在下列机构的账户（借款、信用卡）相关事宜，作为委托人的代理人");
    expect(text).toContain("1招商银行信用卡中心招商银行信用卡尾号1234—");
    expect(text).toContain("2重庆蚂蚁消费金融有限公司借呗—JB20250315001234");
    expect(text).not.toContain("62258801");
    expect(text).not.toContain("女，"); // sex and birth date only in a lawsuit
  });

  it("lists exactly the powers chosen, and what the agent may not do — a repayment promise included", async () => {
    const text = await pdfText(type, clone());
    expect(text).toContain("1.代为与上述机构及其委托的催收机构沟通联系，了解账户情况；");
    expect(text).toContain("2.代为查询、索取和接收借款合同、账单明细、还款记录等书面材料；");
    expect(text).toContain("3.代为向上述机构及有关监管部门提出投诉，提交投诉材料，接收处理意见。");
    expect(text).not.toContain("协商还款方案");
    expect(text).toContain("受托人无权：1.代委托人收取、保管或转交任何款项；委托人的还款由委托人本人直接支付至上述机构的官方还款渠道；");
    expect(text).toContain("索取、接收或使用委托人的手机验证码、密码、银行卡、手机卡或身份证件原件");
    expect(text).toContain("以委托人的名义借款，或者申请贷款、信用卡");
    expect(text).toContain("4.代委托人作出还款承诺或者签署还款协议；");
    expect(text).toContain("5.将本委托转委托他人。");
    expect(text).not.toMatch(/全权代理|全权/);
  });

  it("states the term, is signed by the principal with a line for the agent, and admits no debt", async () => {
    const text = await pdfText(type, clone());
    expect(text).toContain("三、委托期限自2026年11月23日起至2027年5月31日止。委托人可以随时书面撤销本授权。");
    expect(text).toContain("本授权由委托人本人作出，未通过任何收费代理机构。");
    expect(text).toContain("此致敬礼！");
    expect(text).toContain("委托人：张三签名（按手印）：________________");
    expect(text).toContain("委托人：张三签名（按手印）：________________受托人：李梅签名（接受委托）：________________2026年11月23日");
    expect(text).toContain("本函依据委托人提供的信息以书函模板生成，供委托人本人使用");
    for (const word of ADMISSION_WORDS) expect(text).not.toContain(word);
    expect(text).not.toContain("欠款事宜");
  });

  it("cites 投诉处理办法 第十四条 for the power to complain to a bank or consumer-finance company, and nothing else", async () => {
    const text = await pdfText(type, clone());
    expect(citationsIn(text)).toEqual(["《银行业保险业消费投诉处理管理办法》第十四条"]);
    expect(text).toContain("投诉人可以委托他人代为投诉，受托人应当提交投诉人签署的授权委托书等材料。");
  });

  it("zh-Hant: the template in Traditional script, the names as typed", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const text = await pdfText(type, body);
    expect(text).toContain("授權委託書");
    expect(text).toContain("委託人：张三居民身份證號碼：11010519491231002X");
    expect(text).toContain("受託人：李梅，係委託人的配偶");
    expect(text).toContain("代為與上述機構及其委託的催收機構溝通聯繫，了解賬戶情況");
    expect(text).toContain("代委託人作出還款承諾或者簽署還款協議");
    expect(citationsIn(text, "Hant")).toEqual(["《銀行業保險業消費投訴處理管理辦法》第十四條"]);
    expect(text).toContain("敬禮！");
    for (const word of ["尚欠", "確認欠款", "合計欠款"]) expect(text).not.toContain(word);
  });
});

describe("authorization PDF: a lawsuit (zh-Hans and zh-Hant)", () => {
  it("states the case, the agent's standing under 第六十一条、第六十二条, and exactly the special powers given", async () => {
    const text = await pdfText(type, litigationBody());
    expect(text).toContain("委托人：张三，女，1949年12月31日出生居民身份证号码：11010519491231002X");
    expect(text).toContain("受托人：王律，北京市某某律师事务所律师执业证号：11101201810123456联系电话：13700001111");
    expect(text).toContain("现委托上列受托人在委托人与重庆蚂蚁消费金融有限公司金融借款合同纠纷一案中，作为委托人的诉讼代理人。");
    expect(text).toContain("本案由杭州互联网法院审理，案号为（2026）浙0192民初12345号，委托人系本案被告，涉及委托人在重庆蚂蚁消费金融有限公司的「借呗」（合同编号：JB20250315001234）。");
    expect(text).toContain("受托人系律师，依照《中华人民共和国民事诉讼法》第六十一条、第六十二条的规定，可以被委托为诉讼代理人。");
    expect(text).toContain("受托人的代理权限为特别授权：代为参加诉讼，提交证据、进行质证，参加庭审、进行辩论，代为签收诉讼文书；并特别授权受托人：1.进行和解；2.提起上诉。");
    expect(text).toContain("委托人未授权受托人代为承认诉讼请求、代为放弃诉讼请求、代为变更诉讼请求、提起反诉。");
    expect(text).toContain("1.代委托人收取、保管或转交任何款项；");
    expect(text).toContain("此致杭州互联网法院");
    expect(text).not.toContain("敬礼");
    expect(text).toContain("本授权由委托人本人作出。");
    expect(text).not.toContain("未通过任何收费代理机构");
    expect(citationsIn(text)).toEqual(["《中华人民共和国民事诉讼法》第六十一条、第六十二条"]);
    for (const word of ADMISSION_WORDS) expect(text).not.toContain(word);
  });

  it("general authority: says so and what it excludes; a close relative's standing and particulars", async () => {
    const text = await pdfText(type, relativeInCourt());
    expect(text).toContain("受托人：李梅，女，1988年11月2日出生，系委托人的配偶居民身份证号码：110108198811024523");
    expect(text).toContain("受托人系委托人的近亲属（配偶），依照《中华人民共和国民事诉讼法》第六十一条、第六十二条的规定");
    expect(text).toContain(
      "受托人的代理权限为一般授权：代为参加诉讼，提交证据、进行质证，参加庭审、进行辩论，代为签收诉讼文书。受托人无权代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉。",
    );
    expect(text).not.toContain("特别授权受托人");
    expect(text).toContain("本授权由委托人本人作出，未通过任何收费代理机构。");
  });

  it("zh-Hant", async () => {
    const body = litigationBody();
    body.locale = "zh-Hant";
    const text = await pdfText(type, body);
    expect(text).toContain("委託人：张三，女，1949年12月31日出生");
    expect(text).toContain("受託人係律師，依照《中華人民共和國民事訴訟法》第六十一條、第六十二條的規定，可以被委託為訴訟代理人。");
    expect(text).toContain("受託人的代理權限為特別授權");
    expect(text).toContain("1.進行和解；2.提起上訴。");
    expect(text).toContain("此致杭州互联网法院"); // the court's name as typed
    expect(citationsIn(text, "Hant")).toEqual(["《中華人民共和國民事訴訟法》第六十一條、第六十二條"]);
  });
});

describe("negotiation variants", () => {
  it("the power to negotiate and sign a repayment plan: printed, the exclusion dropped, and the facts warn", () => {
    const body = clone();
    body.negotiation.powers = ["negotiate-plan", "communicate"];
    const text = flatText(body);
    expect(text).toContain("1.代为与上述机构及其委托的催收机构沟通联系，了解账户情况；2.代为与上述机构协商还款方案（分期、延期或减免），并代为签署还款协议。");
    expect(text).not.toContain("代委托人作出还款承诺");
    expect(text).not.toContain("第十四条"); // no power to complain
    const warning = facts(body).warnings.find((w) => w.code === "REPAYMENT_PLAN_POWER")!;
    expect(warning.path).toBe("negotiation.powers");
    expect(warning.message.zh).toContain("同意履行");
    expect(warning.message.zh).toContain("诉讼时效重新计算");
  });

  it("complaints about a microloan company only: no 第十四条 (the measures govern banks and consumer-finance companies)", () => {
    const body = clone();
    body.lender = { name: "重庆美团三快小额贷款有限公司", kind: "microloan" };
    body.account = { product: "美团月付", accountNumber: "MT-8899-1234" };
    delete body.negotiation.otherLenders;
    const text = flatText(body);
    expect(citationsIn(text)).toEqual([]);
    expect(text).toContain("重庆美团三快小额贷款有限公司美团月付MT-8899-1234"); // one lender: the account in full
    body.privacy = { maskIdNumber: true };
    const masked = flatText(body);
    expect(masked).toContain("尾号1234");
    expect(masked).toContain("110105********002X");
  });

  it("a lawyer or a company: the own-request sentence does not claim no paid agency is involved", () => {
    const body = clone();
    body.agent = { name: "某某商务咨询有限公司", kind: "company", phone: "0755-86001234" };
    expect(flatText(body)).toContain("本授权由委托人本人作出。");
    expect(flatText(body)).not.toContain("未通过任何收费代理机构");
  });
});

describe("the facts and their warnings", () => {
  it("PAID_AGENT_CAUTION on every authorisation, in stronger words for a stranger or a company negotiating", () => {
    const relative = facts(clone()).warnings.find((w) => w.code === "PAID_AGENT_CAUTION")!;
    expect(relative.path).toBe("agent.kind");
    expect(relative.message.zh).toContain("不要付钱给「代理协商」");
    expect(relative.message.zh).not.toContain("你要委托的是");
    for (const kind of ["other", "company"]) {
      const body = clone();
      body.agent = { name: "赵六", kind, ...(kind === "other" ? { idNumber: "440305199205140033", relation: "朋友" } : {}) };
      const strong = facts(body).warnings.find((w) => w.code === "PAID_AGENT_CAUTION")!;
      expect(strong.message.zh).toContain("你要委托的是");
      expect(strong.message.zh).toContain("请不要签这份授权");
      expect(strong.message.en).toContain("do not sign");
    }
    expect(facts(litigationBody()).warnings.map((w) => w.code)).toEqual(["PAID_AGENT_CAUTION", "SPECIAL_POWERS_CAUTION"]);
    expect(facts(relativeInCourt()).warnings.map((w) => w.code)).toEqual(["PAID_AGENT_CAUTION"]);
  });

  it("warns about a negotiation mandate of more than a year", () => {
    const body = clone();
    body.term = { from: "2026-12-01", to: "2027-12-02" };
    expect(facts(body).warnings.map((w) => w.code)).toContain("LONG_TERM");
    body.term.to = "2027-12-01";
    expect(facts(body).warnings.map((w) => w.code)).not.toContain("LONG_TERM");
  });

  it("the recipient, the term, its end as a deadline, the citations and the next steps", () => {
    const f = facts(clone());
    expect(f.recipient).toEqual({ name: "招商银行信用卡中心、重庆蚂蚁消费金融有限公司" });
    const single = clone();
    delete single.negotiation.otherLenders;
    expect(facts(single).recipient).toEqual({ name: "招商银行信用卡中心", department: "客户服务部" });
    expect(flatText(single)).toContain("1招商银行信用卡中心招商银行信用卡6225880123451234—"); // one institution: in full
    expect(f.dates).toEqual({ termFrom: "2026-11-23", termTo: "2027-05-31" });
    expect(f.deadlines).toEqual([expect.objectContaining({ id: "authorization-ends", date: "2027-05-31" })]);
    expect(f.citations.map((c) => [c.id, c.status])).toEqual([["complaint-measures-2020-14", "secondary"]]);
    expect(f.nextSteps.map((s) => s.id)).toEqual(["sign", "agent-presents", "revoke", "pay-directly", "no-paid-agents"]);
    const court = facts(litigationBody());
    expect(court.recipient).toEqual({ name: "杭州互联网法院" });
    expect(court.citations.map((c) => c.id)).toEqual(["civil-procedure-61-62"]);
    expect(court.nextSteps.find((s) => s.id === "submit-to-court")!.text.zh).toContain("律师事务所函");
    expect(prepareLetter(type, clone(), { now: NOW }).letter.fileName).toBe("授权委托书_张三_李梅");
  });
});

describe("validation (422 with field paths)", () => {
  it("refuses an agent the law does not allow in a lawsuit, saying who may act", () => {
    for (const kind of ["other", "company"]) {
      const body = litigationBody();
      body.agent = { name: "赵六", kind, idNumber: "440305199205140033" };
      const [error, ...rest] = errors(body);
      expect(rest).toEqual([]);
      expect(error).toMatchObject({ path: "agent.kind", code: "AGENT_NOT_ALLOWED" });
      for (const who of ["律师", "基层法律服务工作者", "近亲属", "工作人员", "社区", "单位", "社会团体推荐的公民", "第六十一条"]) expect(error.message.zh).toContain(who);
      expect(error.message.en).toContain("lawyer");
    }
  });

  it("accepts every kind the law allows, each with what it must state", () => {
    const extras: Record<string, Body> = {
      lawyer: { organisation: "北京市某某律师事务所" },
      "legal-service-worker": { organisation: "朝阳区某某法律服务所" },
      "close-relative": { relation: "儿子", idNumber: "440305199205140033" },
      employee: { relation: "店员", idNumber: "440305199205140033" },
      "community-recommended": { organisation: "建国路社区居民委员会", idNumber: "440305199205140033" },
      "employer-recommended": { organisation: "北京某某科技有限公司", idNumber: "440305199205140033" },
      "social-group-recommended": { organisation: "北京市消费者协会", idNumber: "440305199205140033" },
    };
    expect(Object.keys(extras).sort()).toEqual([...LITIGATION_AGENT_KINDS].sort());
    for (const kind of AGENT_KINDS.filter((k) => LITIGATION_AGENT_KINDS.includes(k))) {
      const body = litigationBody();
      body.litigation.specialPowers = ["appeal"];
      body.agent = { name: "赵六", kind, ...extras[kind] };
      expect(() => prepareLetter(type, body, { now: NOW }), kind).not.toThrow();
    }
    const recommended = litigationBody();
    recommended.agent = { name: "赵六", kind: "community-recommended", ...extras["community-recommended"] };
    expect(flatText(recommended)).toContain("系委托人所在社区（建国路社区居民委员会）推荐的公民");
    expect(flatText(recommended)).toContain("受托人系委托人所在社区推荐的公民，依照");
  });

  it("asks each kind for what it must state, and a lawsuit for the agent's ID number", () => {
    const body = litigationBody();
    body.agent = { name: "李梅", kind: "close-relative" };
    expect(codes(body)).toEqual(["agent.idNumber AGENT_ID_REQUIRED", "agent.relation AGENT_RELATION_REQUIRED"]);
    body.agent = { name: "王律", kind: "lawyer" };
    expect(codes(body)).toEqual(["agent.organisation AGENT_ORGANISATION_REQUIRED"]);
    body.agent = { name: "张三", kind: "close-relative", relation: "本人", idNumber: "11010519491231002X" };
    expect(codes(body)).toEqual(["agent.idNumber AGENT_IS_PRINCIPAL"]);
  });

  it("needs the principal's ID number, and a person agent's, in negotiation too (not a lawyer's or a company's)", () => {
    const body = clone();
    delete body.borrower.idNumber;
    delete body.agent.idNumber;
    expect(codes(body)).toEqual(["borrower.idNumber PRINCIPAL_ID_REQUIRED", "agent.idNumber AGENT_ID_REQUIRED"]);
    body.borrower.idNumber = "11010519491231002X";
    body.agent = { name: "某某律师", kind: "lawyer", organisation: "北京市某某律师事务所" };
    expect(() => prepareLetter(type, body, { now: NOW })).not.toThrow();
    body.agent = { name: "某某商务咨询有限公司", kind: "company" };
    expect(() => prepareLetter(type, body, { now: NOW })).not.toThrow();
  });

  it("general against special authority, and a counterclaim only for a defendant", () => {
    const special = litigationBody();
    special.litigation.specialPowers = [];
    expect(codes(special)).toEqual(["litigation.specialPowers SPECIAL_POWERS_REQUIRED"]);
    delete special.litigation.specialPowers;
    expect(codes(special)).toEqual(["litigation.specialPowers SPECIAL_POWERS_REQUIRED"]);
    const general = litigationBody();
    general.litigation.authority = "general";
    expect(codes(general)).toEqual(["litigation.specialPowers SPECIAL_POWERS_WITH_GENERAL"]);
    const plaintiff = litigationBody();
    plaintiff.litigation.role = "plaintiff";
    plaintiff.litigation.specialPowers = ["counterclaim", "appeal"];
    expect(codes(plaintiff)).toEqual(["litigation.specialPowers COUNTERCLAIM_NOT_DEFENDANT"]);
  });

  it("the term: not before the letter date, and ending after it starts", () => {
    const body = clone();
    body.term = { to: "2026-11-23" };
    expect(codes(body)).toEqual(["term.to TERM_END_NOT_AFTER_START"]);
    body.term = { from: "2026-11-01", to: "2027-01-01" };
    expect(codes(body)).toEqual(["term.from TERM_STARTS_BEFORE_LETTER"]);
    body.term = { from: "2027-02-01", to: "2027-01-01" };
    expect(codes(body)).toEqual(["term.to TERM_END_NOT_AFTER_START"]);
  });

  it("the purpose against the sections given", () => {
    const missing = clone();
    delete missing.negotiation;
    expect(codes(missing)).toEqual(["negotiation.powers REQUIRED"]);
    const both = clone();
    both.litigation = litigationBody().litigation;
    expect(codes(both)).toEqual(["litigation NOT_FOR_THIS_PURPOSE"]);
    const court = litigationBody();
    delete court.litigation;
    court.negotiation = clone().negotiation;
    expect(codes(court)).toEqual([
      "litigation.court REQUIRED",
      "litigation.role REQUIRED",
      "litigation.authority REQUIRED",
      "negotiation NOT_FOR_THIS_PURPOSE",
    ]);
  });

  it("reports cross-field errors in the same 422 as schema errors", () => {
    const body = litigationBody();
    body.agent = { name: "赵六", kind: "company" };
    body.litigation.authority = "general";
    body.term = { to: "not a date" };
    body.borrower.idNumber = "110105194912310021";
    const found = codes(body);
    expect(found).toEqual(
      expect.arrayContaining([
        "borrower.idNumber INVALID_ID_NUMBER",
        "term.to INVALID_DATE",
        "agent.kind AGENT_NOT_ALLOWED",
        "litigation.specialPowers SPECIAL_POWERS_WITH_GENERAL",
      ]),
    );
  });

  it("accepts the example and the lawsuit", () => {
    expect(() => prepareLetter(type, clone(), { now: NOW })).not.toThrow();
    expect(() => prepareLetter(type, litigationBody(), { now: NOW })).not.toThrow();
  });
});
