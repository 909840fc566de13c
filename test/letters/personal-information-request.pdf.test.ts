/**
 * 个人信息权利行使申请书 as a PDF, read back with pdftotext as the recipient's software reads it: both scripts, the
 * facts a clerk needs to find the borrower's records, each chosen right with its article and no other article,
 * no admission of a debt and no claim that outsourcing collection needed consent.
 */
import { beforeAll, describe, expect, it } from "vitest";
import personalInformationRequest from "../../src/letters/personal-information-request";
import type { LetterType } from "../../src/letters/types";
import { CITATIONS, CITATION_IDS, type CitationId } from "../../src/text/citations";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText } from "../helpers/pdf-tools";

const NOW = new Date("2026-11-23T04:00:00Z");
const type = personalInformationRequest as unknown as LetterType;
const example = personalInformationRequest.example as Record<string, any>;

async function pdfText(body: unknown): Promise<string> {
  return squash(pdfToText(await renderPdf(prepareLetter(type, body, { now: NOW }), nodeFontLoader)));
}

/** pdftotext output without whitespace: lines of a paragraph are broken anywhere. */
const squash = (s: string) => s.replace(/[\s\f]/g, "");

/**
 * Sources of the citation table that the text cites although the letter should not: a source named in the text
 * whose article (or, for a source cited by name, whose name) belongs to none of the expected citations.
 */
function otherCitations(text: string, expected: readonly CitationId[], script: "Hans" | "Hant"): CitationId[] {
  const wanted = expected.map((id) => CITATIONS[id]);
  return CITATION_IDS.filter((id) => {
    if (expected.includes(id)) return false;
    const entry = CITATIONS[id];
    if (![entry.source.full[script], entry.source.short[script]].some((name) => text.includes(squash(name)))) return false;
    if (!entry.article) return !wanted.some((w) => w.source.full.Hans === entry.source.full.Hans);
    // Each article of the entry on its own (第四十四条、第四十五条、第四十七条 → three), unless an expected entry has it too.
    const wantedArticles = new Set(wanted.flatMap((w) => (w.article ? squash(w.article[script]).split("、") : [])));
    return squash(entry.article[script])
      .split("、")
      .some((article) => !wantedArticles.has(article) && text.includes(article));
  });
}

const EXPECTED: CitationId[] = ["pipl-45", "civil-code-1037", "pipl-15", "pipl-47", "pipl-10", "civil-code-1038", "pipl-50", "pipl-65"];
const ADMISSIONS = /本人尚欠|申请人尚欠|申請人尚欠|确认欠款|確認欠款|合计欠款|合計欠款|尚欠/;
const OUTSOURCING_CONSENT = [/单独同意|單獨同意/, /委[托託].{0,20}(须|需|应当|應當|应|應)(经|經|取得|征得|徵得).{0,10}同意/, /未[经經].{0,12}同意.{0,20}(委[托託]|催收[机機][构構]|第三方)/];

describe("personal-information-request PDF (zh-Hans example, to the lender)", () => {
  let text = "";
  beforeAll(async () => {
    text = await pdfText(example);
  });

  it("identifies the borrower and the account in full to the lender itself", () => {
    expect(text).toContain("个人信息权利行使申请书");
    expect(text).toContain("尊敬的重庆蚂蚁消费金融有限公司（个人信息保护负责人）：");
    expect(text).toContain("申请人李四（居民身份证号码：11010519491231002X），在贵司登记的手机号码为13912345678。");
    expect(text).toContain("「借呗」（合同编号：JB20250315001234）");
    expect(text).toContain("申请人：李四");
    expect(text).toContain("2026年11月23日");
    expect(text).toContain("附件：");
    expect(text).toContain("本函依据申请人提供的信息以书函模板生成，供申请人本人使用，不构成法律意见。");
  });

  it("exercises each chosen right with its article", () => {
    for (const needle of [
      "（一）查阅、复制个人信息。",
      "依照《中华人民共和国个人信息保护法》第四十五条",
      "个人信息处理者应当及时提供；《中华人民共和国民法典》第一千零三十七条亦规定",
      "（二）撤回同意。对于贵司基于申请人的同意而处理的申请人的手机通讯录信息、位置信息，申请人现撤回同意",
      "依照《个人信息保护法》第十五条，基于个人同意处理个人信息的，个人有权撤回其同意。",
      "（三）删除个人信息。",
      "依照《个人信息保护法》第四十七条",
      "如法律、行政法规规定的保存期限未届满，请贵司停止除存储和采取必要的安全保护措施之外的处理。",
      "（四）停止向第三人提供、透露个人信息。",
      "依照《个人信息保护法》第十条",
      "《民法典》第一千零三十八条规定，信息处理者不得泄露其收集、存储的个人信息。",
    ])
      expect(text).toContain(needle);
  });

  it("asks for a written reply in 15 days and reasons for a refusal, and names the next step", () => {
    expect(text).toContain("恳请贵司自收到本申请之日起15日内，将处理结果书面答复申请人");
    expect(text).toContain("请依照《个人信息保护法》第五十条书面说明理由。");
    expect(text).toContain("依照《个人信息保护法》第六十五条向履行个人信息保护职责的部门投诉、举报");
  });

  it("cites nothing else", () => {
    expect(otherCitations(text, EXPECTED, "Hans")).toEqual([]);
    expect(text).not.toMatch(/第四十四条|第四十六条|第二十一条|第二十八条|治安管理处罚法|征信|银行业保险业/);
  });

  it("admits no debt and makes no claim that outsourcing collection needed consent", () => {
    expect(text).not.toMatch(ADMISSIONS);
    for (const pattern of OUTSOURCING_CONSENT) expect(text).not.toMatch(pattern);
    expect(text).toContain("不针对贵司依法委托他人催收本身");
    expect(text).toContain("贵司主张的欠款情况");
  });
});

describe("personal-information-request PDF (zh-Hant example)", () => {
  let text = "";
  beforeAll(async () => {
    text = await pdfText({ ...example, locale: "zh-Hant" });
  });

  it("prints the template in Traditional script and the typed words as typed", () => {
    expect(text).toContain("個人信息權利行使申請書");
    expect(text).toContain("申請人李四（居民身份證號碼：11010519491231002X）");
    expect(text).toContain("依照《中華人民共和國個人信息保護法》第四十五條");
    expect(text).toContain("如法律、行政法規規定的保存期限未屆滿");
    expect(text).toContain("懇請貴司自收到本申請之日起15日內");
    expect(text).toContain("2026年10月起，催收人员多次拨打申请人手机通讯录中亲属和同事的电话");
  });

  it("cites the same articles and nothing else; admits nothing", () => {
    expect(otherCitations(text, EXPECTED, "Hant")).toEqual([]);
    expect(text).toContain("《民法典》第一千零三十八條");
    expect(text).not.toMatch(/第四十四條|第二十一條/);
    expect(text).not.toMatch(ADMISSIONS);
    for (const pattern of OUTSOURCING_CONSENT) expect(text).not.toMatch(pattern);
  });
});

describe("personal-information-request PDF (to a collection agency, correction only)", () => {
  let text = "";
  beforeAll(async () => {
    const body = structuredClone(example);
    for (const field of ["access", "deletion", "withdrawConsent", "stopDisclosure", "privacy"]) delete body[field];
    text = await pdfText({
      ...body,
      processor: { kind: "collection-agency", name: "深圳市恒信达商务咨询有限公司" },
      rights: ["correction"],
      correction: { items: [{ item: "联系电话", recorded: "13912340000", correct: "13912345678" }] },
    });
  });

  it("masks the numbers to a third party and names the lender as the creditor", () => {
    expect(text).toContain("尊敬的深圳市恒信达商务咨询有限公司：");
    expect(text).toContain("110105********002X");
    expect(text).not.toContain("11010519491231002X");
    expect(text).toContain("贵司自称受重庆蚂蚁消费金融有限公司委托");
    expect(text).toContain("1.联系电话：现记录为「13912340000」，应为「13912345678」。");
  });

  it("cites only correction's articles and the reply's", () => {
    const expected: CitationId[] = ["pipl-46", "civil-code-1037", "pipl-50", "pipl-65"];
    expect(text).toContain("依照《中华人民共和国个人信息保护法》第四十六条");
    expect(otherCitations(text, expected, "Hans")).toEqual([]);
    expect(text).not.toMatch(/第四十五条|第四十七条|第十五条|第十条|第一千零三十八条/);
    expect(text).not.toMatch(ADMISSIONS);
  });
});
