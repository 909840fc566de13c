/**
 * 管辖权异议申请书: the timing in the facts (the answer period as its deadline and the JURISDICTION_DEADLINE
 * warning, never in the document), the 422s, and the PDF text — the request, the grounds with their one
 * citation only when chosen, the court ending, the copies — in both scripts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import jurisdictionObjection from "../../src/letters/jurisdiction-objection";
import type { LetterType } from "../../src/letters/types";
import { buildLetter, prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { ShuhanError } from "../../src/errors";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-30T04:00:00Z");
const type = jurisdictionObjection as unknown as LetterType;
type Body = Record<string, any>;
const clone = (): Body => structuredClone(jurisdictionObjection.example) as Body;
const squash = (s: string) => s.replace(/[\s\f]/g, "");
const facts = (body: Body) => buildLetter(type, body, { now: NOW }).facts;

async function pdfOf(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader);
  return { bytes, layout: pdfToText(bytes, { layout: true }), text: squash(pdfToText(bytes)) };
}

function errorsOf(body: Body) {
  try {
    prepareLetter(type, body, { now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(ShuhanError);
    expect((error as ShuhanError).status).toBe(422);
    return (error as ShuhanError).errors ?? [];
  }
  throw new Error("expected a 422");
}

describe("jurisdiction-objection facts: it must be filed within the answer period", () => {
  it("carries the answer period's last day as its deadline (第一百三十条) and as the answer deadline", () => {
    const f = facts(clone());
    expect(f.deadlines.map((d) => [d.id, d.date, d.citation])).toEqual([
      ["jurisdiction-objection", "2026-12-07", "civil-procedure-130"],
      ["answer-period", "2026-12-07", "civil-procedure-128"],
    ]);
    expect(f.deadlines[0].rule.zh).toContain("应当在提交答辩状期间提出");
    expect(f.deadlines[0].rule.zh).toContain("视为受诉法院有管辖权");
  });

  it("warns JURISDICTION_DEADLINE: the date, the rule, and that answering without it accepts the court", () => {
    const warning = facts(clone()).warnings.find((w) => w.code === "JURISDICTION_DEADLINE")!;
    expect(warning.path).toBe("case.receivedOn");
    expect(warning.message.zh).toContain("2026年12月7日");
    expect(warning.message.zh).toContain("第一百三十条");
    expect(warning.message.zh).toContain("视为接受杭州互联网法院管辖");
    expect(warning.message.en).toContain("2026-12-07");
  });

  it("warns when the period has passed, that the objection may fail, and for a small-claims case", () => {
    const body = clone();
    body.date = "2026-12-08";
    body.case.smallClaims = true;
    const codes = facts(body).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["JURISDICTION_PERIOD_PASSED", "JURISDICTION_MAY_FAIL", "SMALL_CLAIMS_JURISDICTION", "COURT_DOCUMENT_TEMPLATE"]));
    expect(facts(clone()).warnings.map((w) => w.code)).not.toContain("JURISDICTION_PERIOD_PASSED");
  });

  it("points to the defence, the internet court rules and the free channels", () => {
    const f = facts(clone());
    expect(f.nextSteps.find((s) => s.id === "defence-too")).toMatchObject({ letterType: "civil-defence" });
    expect(f.nextSteps.find((s) => s.id === "internet-court")!.text.zh).toContain("《关于互联网法院审理案件若干问题的规定》第二条");
    const all = f.nextSteps.map((s) => s.text.zh).join("\n");
    for (const word of ["12368", "12348", "律师函", "授权委托书"]) expect(all).toContain(word);
    expect(f.citations.map((c) => c.id)).toEqual(["civil-procedure-interpretation-31"]);
  });
});

describe("jurisdiction-objection 422s", () => {
  it("needs the other grounds in words when 'other' is chosen, and a different court", () => {
    const body = clone();
    body.grounds = ["other"];
    body.transferTo.court = "杭州互联网法院";
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["otherGrounds REQUIRED", "transferTo.court SAME_COURT"]));
  });

  it("checks the court's name, the case number and the particulars in one round", () => {
    const body = clone();
    body.transferTo.court = "浦东";
    body.case.number = "12345";
    body.defendant.birthDate = "1950-01-01";
    const codes = errorsOf(body).map((e) => `${e.path} ${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(["transferTo.court INVALID_COURT_NAME", "case.number INVALID_CASE_NUMBER", "defendant.birthDate DEFENDANT_ID_MISMATCH"]));
  });
});

describe("jurisdiction-objection PDF (zh-Hans example)", () => {
  let text = "";
  let layout = "";
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ text, layout, bytes } = await pdfOf(clone()));
  });

  it("has the parts of the application in order", () => {
    expect(qpdfCheck(bytes).ok).toBe(true);
    const parts = [
      "管辖权异议申请书",
      "申请人（本案被告）：李四，女，1949年12月31日出生，汉族，职业：无业，住上海市浦东新区世纪大道100号2号楼1203室。",
      "公民身份号码：11010519491231002X，联系电话：13912345678。",
      "被申请人（本案原告）：重庆蚂蚁消费金融有限公司。",
      "请求事项",
      "请求贵院依法裁定将（2026）浙0192民初12345号被申请人重庆蚂蚁消费金融有限公司诉申请人李四金融借款合同纠纷一案移送至上海市浦东新区人民法院审理。",
      "事实与理由",
      "一、被申请人据以向贵院起诉的管辖条款，是重庆蚂蚁消费金融有限公司单方提供的格式条款，订立合同时未以合理方式提请申请人注意。该条款载明：「因本合同引起的争议，由合同签订地杭州市西湖区人民法院管辖。」",
      "根据最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第三十一条，经营者使用格式条款与消费者订立管辖协议",
      "二、请求移送至上海市浦东新区人民法院的理由：申请人的住所地位于上海市浦东新区",
      "综上所述，申请人认为贵院对本案没有管辖权，请求贵院依法裁定将本案移送至上海市浦东新区人民法院审理。",
      "此致杭州互联网法院",
      "附：本申请书副本1份。",
      "申请人：李四签名（按手印）：",
      "2026年11月30日",
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it("prints nothing about the deadline, no 敬礼, and no citation but 第三十一条", () => {
    for (const word of ["2026年12月7日", "2026年11月20日", "答辩期", "十五日", "第一百三十条", "第一百二十八条", "敬礼", "互联网法院审理案件若干问题的规定", "民法典"]) expect(text, word).not.toContain(word);
    expect(text.match(/》第[一二三四五六七八九十百千]+条/g)).toEqual(["》第三十一条"]);
  });

  it("puts 此致 and the court on their own lines and the signature at the right", () => {
    const lines = layout.split("\n");
    const i = lines.findIndex((l) => l.trim() === "此致");
    expect(lines[i + 1].trim()).toBe("杭州互联网法院");
    const sign = lines.find((l) => l.includes("签名（按手印）"))!;
    expect(sign.search(/\S/)).toBeGreaterThan(lines[i + 1].search(/\S/) + 20);
    expect(text).toContain("本文书依据申请人提供的信息以书函模板生成，供申请人本人使用，不构成法律意见。");
  });
});

describe("jurisdiction-objection PDF: other grounds, parties, evidence, zh-Hant", () => {
  it("prints another ground as typed and without any citation when the clause ground is not chosen", async () => {
    const body = clone();
    body.grounds = ["other"];
    body.otherGrounds = "本案借款合同约定的履行地为上海市。\n原告在上海设有分支机构并在上海放款。";
    delete body.clause;
    const { text } = await pdfOf(body);
    expect(text).toContain("一、本案借款合同约定的履行地为上海市。原告在上海设有分支机构并在上海放款。");
    expect(text).toContain("二、请求移送至上海市浦东新区人民法院的理由");
    expect(text).not.toContain("第三十一条");
    expect(text).not.toContain("格式条款");
  });

  it("names every opposing party, counts the copies and lists the evidence", async () => {
    const body = clone();
    body.plaintiff = { name: "示例资产管理有限公司", legalRepresentative: "张某" };
    body.otherParties = [{ role: "third-party", name: "重庆蚂蚁消费金融有限公司" }];
    body.evidence = ["借款页面截图，证明管辖条款未加粗、未单独提示"];
    const { text } = await pdfOf(body);
    expect(text).toContain("被申请人（本案原告）：示例资产管理有限公司。法定代表人：张某。");
    expect(text).toContain("第三人：重庆蚂蚁消费金融有限公司。");
    expect(text).toContain("附：1.本申请书副本2份；2.证据材料1项（见证据清单）。");
    expect(text).toContain("证据清单1.借款页面截图，证明管辖条款未加粗、未单独提示");
  });

  it("prints the Traditional application", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const { text } = await pdfOf(body);
    expect(text).toContain("管轄權異議申請書");
    expect(text).toContain("申請人（本案被告）：李四");
    expect(text).toContain("最高人民法院《關於適用〈中華人民共和國民事訴訟法〉的解釋》第三十一條");
    expect(text).toContain("請求事項");
    expect(text).toContain("此致杭州互联网法院");
    expect(text).toContain("本文書依據申請人提供的信息以書函模板生成");
    expect(text).not.toContain("敬禮");
  });
});

describe("the court documents' web forms", () => {
  it.each(["civil-defence", "jurisdiction-objection"])("%s: the first step: every control labelled, unique ids, the lawsuit guidance, small enough for a phone", async (id) => {
    const { testApp } = await import("../helpers/app");
    const res = await testApp.request(`/form/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    // The form is asked one step at a time: the first step is the court and the case.
    expect(ids.length).toBeGreaterThan(5);
    for (const control of ids) expect(html, control).toContain(`<label for="${control}">`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const words of ["12368", "律师函", "15日", "交邮"]) expect(html, words).toContain(words);
    expect(html.length).toBeLessThan(60_000);
  });
});
