/**
 * 个人信息权利行使申请书: the schema and cross-field checks (422s with field paths, together with schema errors),
 * the view model (each right cited with its article only when chosen, who is addressed how, what is masked), and
 * the letter's text as the recipient reads it.
 */
import { describe, expect, it } from "vitest";
import personalInformationRequest from "../../src/letters/personal-information-request";
import type { LetterType } from "../../src/letters/types";
import { prepareLetter, renderText } from "../../src/pipeline";
import { ShuhanError } from "../../src/errors";
import { postJson } from "../helpers/app";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = personalInformationRequest as unknown as LetterType;
const example = personalInformationRequest.example as Record<string, any>;

function body(overrides: Record<string, unknown> = {}): Record<string, any> {
  return { ...structuredClone(example), ...overrides };
}

/** A body exercising only the given rights (their details from the example). */
function only(rights: string[], extra: Record<string, unknown> = {}): Record<string, any> {
  const b = body({ rights, ...extra });
  const fields: Record<string, string> = {
    "access-copy": "access",
    correction: "correction",
    deletion: "deletion",
    "withdraw-consent": "withdrawConsent",
    "stop-disclosure": "stopDisclosure",
  };
  for (const [right, field] of Object.entries(fields)) if (!rights.includes(right) && !(field in extra)) delete b[field];
  return b;
}

function letter(input: unknown) {
  const prepared = prepareLetter(type, input, { now: NOW });
  return { prepared, text: renderText(prepared), vm: prepared.letter.viewModel as Record<string, any>, facts: prepared.letter.facts };
}

function errorsOf(input: unknown): { path: string; code: string }[] {
  try {
    prepareLetter(type, input, { now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    const e = error as ShuhanError;
    expect(e.status).toBe(422);
    return (e.errors ?? []).map(({ path, code }) => ({ path, code })).sort((a, b) => a.path.localeCompare(b.path));
  }
  throw new Error("expected a 422");
}

const ADMISSIONS = /本人尚欠|申请人尚欠|確認欠款|确认欠款|合计欠款|合計欠款|尚欠/;
/** Claims that outsourcing collection needed the borrower's consent (legal-notes.md: it did not). */
const OUTSOURCING_CONSENT = [/单独同意|單獨同意/, /委托.{0,20}(须|需|应当|應當|應)(经|經|取得|征得|徵得).{0,10}同意/, /未经.{0,12}同意.{0,20}(委托|催收机构|第三方)/, /未經.{0,12}同意.{0,20}(委託|催收機構|第三方)/];

describe("personal-information-request: the example", () => {
  it("is a letter to the lender that the lender's clerk can match to the account", () => {
    const { text, prepared, facts } = letter(example);
    expect(text.startsWith("个人信息权利行使申请书\n")).toBe(true);
    expect(text).toContain("尊敬的重庆蚂蚁消费金融有限公司（个人信息保护负责人）：");
    // To the creditor itself (privacy.maskIdNumber false): the ID in full, the registered phone, the contract.
    expect(text).toContain("申请人李四（居民身份证号码：11010519491231002X），在贵司登记的手机号码为13912345678。");
    expect(text).toContain("贵司在办理「借呗」（合同编号：JB20250315001234）业务的过程中，收集、处理了申请人的个人信息。");
    expect(text).toContain("申请人：李四");
    expect(text).toContain("本申请由申请人本人提出，未委托任何代理机构。");
    expect(text).toContain("本函依据申请人提供的信息以书函模板生成");
    expect(prepared.letter.fileName).toBe("个人信息权利行使申请书_李四_重庆蚂蚁消费金融有限公司");
    expect(facts.deadlines).toEqual([expect.objectContaining({ id: "reply-due", date: "2026-12-08" })]);
    expect(facts.dates).toEqual({ disclosureSince: "2026-10-12" });
  });

  it("numbers the rights in the order the letter takes them: consent is withdrawn before deletion rests on it", () => {
    const { text } = letter(example);
    const order = ["（一）查阅、复制个人信息。", "（二）撤回同意。", "（三）删除个人信息。", "（四）停止向第三人提供、透露个人信息。"].map((h) => text.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("理由是：申请人已在上述第（二）项中撤回同意；申请人认为相关处理违反法律、行政法规的规定或者违反约定。");
  });

  it("asks for a reply in 15 days, reasons for a refusal, and names the next step", () => {
    const { text } = letter(example);
    expect(text).toContain("恳请贵司自收到本申请之日起15日内，将处理结果书面答复申请人，其中查阅、复制的请求，请及时提供副本。");
    expect(text).toContain("个人信息处理者应当及时提供");
    expect(text).toContain("如贵司拒绝申请人的全部或者部分请求，请依照《个人信息保护法》第五十条书面说明理由。");
    expect(text).toContain("申请人可以依照《个人信息保护法》第六十五条向履行个人信息保护职责的部门投诉、举报，也可以依照《个人信息保护法》第五十条向人民法院提起诉讼。");
    expect(text).toContain("答复请寄至申请人的通讯地址（上海市浦东新区世纪大道100号2号楼1203室）。");
  });

  it("says where a legal retention period runs, only storage may continue", () => {
    const { text, facts } = letter(example);
    expect(text).toContain("如法律、行政法规规定的保存期限未届满，请贵司停止除存储和采取必要的安全保护措施之外的处理。");
    expect(facts.warnings.map((w) => w.code)).toEqual(["RETENTION_PERIOD"]);
  });

  it("admits no debt and never says that outsourcing collection needed consent", () => {
    const { text } = letter(example);
    expect(text).not.toMatch(ADMISSIONS);
    for (const pattern of OUTSOURCING_CONSENT) expect(text).not.toMatch(pattern);
    expect(text).toContain("贵司主张的欠款情况");
    expect(text).toContain("不针对贵司依法委托他人催收本身");
    expect(text).not.toMatch(/第二十一条/);
  });

  it("lists the citations it prints, in order, and nothing else", () => {
    expect(letter(example).facts.citations.map((c) => c.id)).toEqual([
      "pipl-45",
      "civil-code-1037",
      "pipl-15",
      "pipl-47",
      "pipl-10",
      "civil-code-1038",
      "pipl-50",
      "pipl-65",
    ]);
  });
});

describe("personal-information-request: each right cites its own article, only when chosen", () => {
  it("correction alone: 第四十六条 and 民法典 第一千零三十七条, the correction list, no other right's article", () => {
    const b = only(["correction"], {
      correction: { items: [{ item: "通讯地址", recorded: "上海市浦东新区世纪大道100号", correct: "上海市浦东新区世纪大道100号2号楼1203室" }, { item: "工作单位", correct: "无" }] },
    });
    const { text, facts } = letter(b);
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-46", "civil-code-1037", "pipl-50", "pipl-65"]);
    expect(text).toContain("（一）更正、补充个人信息。");
    expect(text).toContain("1. 通讯地址：现记录为「上海市浦东新区世纪大道100号」，应为「上海市浦东新区世纪大道100号2号楼1203室」；");
    expect(text).toContain("2. 工作单位：应为「无」。");
    expect(text).toContain("依照《中华人民共和国个人信息保护法》第四十六条");
    expect(text).toContain("《中华人民共和国民法典》第一千零三十七条亦规定，自然人发现信息有错误的");
    expect(text).not.toMatch(/第四十五条|第四十七条|第十五条|第十条|第一千零三十八条/);
    expect(text).not.toContain("其中查阅、复制的请求");
  });

  it("deletion on a purpose achieved: 第四十七条 without 民法典 (its deletion clause is for unlawful processing)", () => {
    const b = only(["deletion"], { deletion: { grounds: ["purpose-achieved"], categories: ["contacts", "other"], otherCategory: "紧急联系人信息" } });
    const { text, facts } = letter(b);
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-47", "pipl-50", "pipl-65"]);
    expect(text).toContain("申请人请求贵司删除其处理的申请人的手机通讯录信息、紧急联系人信息，理由是：相关个人信息的处理目的已实现。");
    expect(text).not.toContain("民法典");
  });

  it("withdrawal of consent to the contact list: 第十五条, and no more calls to the contacts", () => {
    const { text, facts } = letter(only(["withdraw-consent"], { withdrawConsent: { categories: ["contacts"] } }));
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-15", "pipl-50", "pipl-65"]);
    expect(text).toContain("对于贵司基于申请人的同意而处理的申请人的手机通讯录信息，申请人现撤回同意");
    expect(text).toContain("不再据此联系申请人通讯录中的任何人");
    expect(facts.warnings).toEqual([]);
  });

  it("no further disclosure, nothing yet disclosed: 第十条 only, no 民法典 第一千零三十八条 and no account of events", () => {
    const { text, facts } = letter(only(["stop-disclosure"], { stopDisclosure: undefined }));
    expect(facts.citations.map((c) => c.id)).toEqual(["pipl-10", "pipl-50", "pipl-65"]);
    expect(text).toContain("（一）停止向第三人提供、透露个人信息。申请人请求贵司不再向申请人的亲属、朋友、同事、工作单位及手机通讯录中的其他联系人等与债务无关的第三人提供、透露申请人的个人信息和贵司主张的欠款情况；");
    expect(text).toContain("依照《中华人民共和国个人信息保护法》第十条");
    expect(text).not.toContain("据申请人了解");
    expect(text).not.toContain("第一千零三十八条");
  });

  it("computes the citation names in print order: the full name once, the short name after", () => {
    const vm = letter(example).vm;
    expect(vm.access.pipl).toBe("《中华人民共和国个人信息保护法》第四十五条");
    expect(vm.access.civil).toBe("《中华人民共和国民法典》第一千零三十七条");
    expect(vm.deletion.civil).toBe("《民法典》第一千零三十七条");
    expect(vm.disclosure.civil).toBe("《民法典》第一千零三十八条");
  });
});

describe("personal-information-request: the recipient", () => {
  const agency = { kind: "collection-agency", name: "深圳市恒信达商务咨询有限公司", address: "深圳市南山区科技园1号" };

  it("to a collection agency: 贵司, masked numbers, the lender named as creditor, and no objection to the entrustment itself", () => {
    const { text, facts } = letter(body({ processor: agency, privacy: undefined }));
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("110105********002X");
    expect(text).not.toContain("11010519491231002X");
    expect(text).toContain("贵司自称受重庆蚂蚁消费金融有限公司委托，就其「借呗」（合同编号：JB20250315001234）项下主张的欠款向申请人催收，并在此过程中处理了申请人的个人信息。");
    expect(text).toContain("据申请人了解，贵司的催收人员自2026年10月12日起联系了申请人的亲属、同事");
    expect(text).toContain("不针对重庆蚂蚁消费金融有限公司依法委托他人催收本身");
    expect(facts.citations.map((c) => c.id)).toContain("civil-code-1038");
    expect(facts.recipient).toEqual({ name: "深圳市恒信达商务咨询有限公司", address: "深圳市南山区科技园1号" });
    expect(facts.warnings).toEqual([]); // the retention warning is about the lender's own records
    for (const pattern of OUTSOURCING_CONSENT) expect(text).not.toMatch(pattern);
  });

  it("to an app operator: the app named, a disclosure not laid at it (no 民法典 第一千零三十八条)", () => {
    const { text, facts } = letter(body({ processor: { kind: "app-operator", name: "上海某某网络科技有限公司", appName: "某某借" } }));
    expect(text).toContain("申请人使用贵司运营的「某某借」App办理重庆蚂蚁消费金融有限公司「借呗」");
    expect(text).toContain("据申请人了解，有催收人员自2026年10月12日起");
    expect(facts.citations.map((c) => c.id)).not.toContain("civil-code-1038");
  });

  it("to a bank: 贵行", () => {
    const { text } = letter(body({ lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" }, account: { product: "信用卡", accountNumber: "6225880123451234" } }));
    expect(text).toContain("贵行在办理「信用卡」（卡号：6225880123451234）业务的过程中");
    expect(text).toContain("不针对贵行依法委托他人催收本身");
  });
});

describe("personal-information-request: zh-Hant", () => {
  it("derives the Traditional letter; what was typed is printed as typed", () => {
    const { text, facts } = letter(body({ locale: "zh-Hant" }));
    expect(text.startsWith("個人信息權利行使申請書\n")).toBe(true);
    expect(text).toContain("依照《中華人民共和國個人信息保護法》第四十五條");
    expect(text).toContain("手機通訊錄信息");
    expect(text).toContain("如法律、行政法規規定的保存期限未屆滿");
    expect(text).toContain("2026年10月起，催收人员多次拨打"); // the borrower's words, untouched
    expect(text).not.toMatch(ADMISSIONS);
    expect(facts.title).toBe("個人信息權利行使申請書");
    expect(facts.warnings.map((w) => w.code)).toContain("MIXED_SCRIPT");
  });
});

describe("personal-information-request: 422", () => {
  it("needs at least one right", () => {
    expect(errorsOf(only([]))).toEqual([{ path: "rights", code: "REQUIRED" }]);
  });

  it("a chosen right without its details, and details without their right, together with schema errors", () => {
    const b = only(["correction", "access-copy"], { deletion: example.deletion, borrower: { ...example.borrower, idNumber: "110105194912310021" } });
    expect(errorsOf(b)).toEqual([
      { path: "borrower.idNumber", code: "INVALID_ID_NUMBER" },
      { path: "correction", code: "RIGHT_DETAILS_REQUIRED" },
      { path: "deletion", code: "RIGHT_NOT_CHOSEN" },
      { path: "deletion.grounds", code: "CONSENT_NOT_WITHDRAWN" },
    ]);
  });

  it("deletion on unlawful processing needs the facts; 'other' needs its words", () => {
    expect(
      errorsOf(body({ deletion: { grounds: ["unlawful-processing"], categories: ["contacts"] }, withdrawConsent: { categories: ["other"] } })),
    ).toEqual([
      { path: "deletion.details", code: "DETAILS_REQUIRED" },
      { path: "withdrawConsent.otherCategory", code: "OTHER_DETAILS_REQUIRED" },
    ]);
  });

  it("an agency or app operator must be named; the app name belongs to an app operator", () => {
    expect(errorsOf(body({ processor: { kind: "collection-agency" } }))).toEqual([{ path: "processor.name", code: "RECIPIENT_NAME_REQUIRED" }]);
    expect(errorsOf(body({ processor: { kind: "lender", appName: "某某借" } }))).toEqual([{ path: "processor.appName", code: "APP_NAME_NOT_USED" }]);
  });

  it("dates against the letter, a way to reply, and no debt at all", () => {
    expect(errorsOf(body({ stopDisclosure: { ...example.stopDisclosure, since: "2026-12-01" } }))).toEqual([{ path: "stopDisclosure.since", code: "INVALID_DATE_ORDER" }]);
    expect(errorsOf(body({ borrower: { name: "李四" } }))).toEqual([{ path: "borrower.address", code: "REPLY_CHANNEL_REQUIRED" }]);
    expect(errorsOf(body({ debt: { principal: "100" } })).map((e) => e.path)).toEqual(["debt"]);
  });

  it("answers 422 problem+json through the API", async () => {
    const res = await postJson("/v1/letters/personal-information-request", only(["deletion"], { deletion: { grounds: ["consent-withdrawn"], categories: [] } }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(problem.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(["deletion.categories REQUIRED", "deletion.grounds CONSENT_NOT_WITHDRAWN"]);
  });
});
