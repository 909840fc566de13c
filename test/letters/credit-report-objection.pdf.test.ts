/** The credit-report objection as a credit-centre clerk gets it: the PDF's own text, in both scripts. */
import { describe, expect, it } from "vitest";
import creditReportObjection from "../../src/letters/credit-report-objection";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";
import type { LetterType } from "../../src/letters/types";

const type = creditReportObjection as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(creditReportObjection.example) as Body;

async function flatPdfText(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now }), nodeFontLoader);
  expect(qpdfCheck(bytes).ok).toBe(true);
  return pdfToText(bytes).replace(/\s+/g, "");
}

const ADMISSIONS = /本人尚欠|確認欠款|确认欠款|合计欠款|合計欠款|尚欠|本人欠/;
const PROMISES = /修复|修復|洗白|保证删除|保證刪除|一定/;
const titles = (text: string) => [...new Set(text.match(/《[^》]+》/g))];
const articles = (text: string) => [...new Set(text.match(/第[一二三四五六七八九十百千零]+[条條]/g))].sort();

describe("credit-report-objection PDF", () => {
  it("zh-Hans, to the credit centre: 贵中心, the ID and report number in full, the record, 第二十五条/第一千零二十九条/第十五条/第十六条/第二十六条 and no others", async () => {
    const flat = await flatPdfText(clone());
    expect(flat).toContain("征信异议申请书");
    expect(flat).toContain("尊敬的中国人民银行征信中心：");
    expect(flat).toContain("11010519491231002X");
    expect(flat).toContain("报告编号：2026112300001234567890");
    expect(flat).toContain("JB20240301005566");
    expect(flat).toContain("2026年3月至2026年5月");
    expect(flat).toContain("逾期记录");
    expect(flat).toContain("向贵中心提出异议申请");
    expect(flat).toContain("20日内进行核查和处理");
    expect(flat).toContain("申请人的说明：本人已于2026年2月28日与机构约定还款安排，并按约定按月还款。");
    expect(flat).toContain("真实、准确的信息不会因为异议而删除");
    expect(flat).toContain("中国人民银行当地分支机构");
    expect(flat).toContain("12363");
    expect(titles(flat)).toEqual(["《征信业管理条例》", "《中华人民共和国民法典》", "《民法典》"]);
    expect(articles(flat)).toEqual(["第一千零二十九条", "第二十五条", "第二十六条", "第十五条", "第十六条"].sort());
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PROMISES);
    expect(flat).toContain("签名（按手印）");
    expect(flat).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("zh-Hans, to the lender, correcting a wrong status: neither 第十五条 nor 第十六条", async () => {
    const body = clone();
    delete body.objectionTo;
    body.objectionGrounds = { reasons: ["wrong-amount-or-status"] };
    body.remedy = { kind: "correct" };
    const flat = await flatPdfText(body);
    expect(flat).toContain("尊敬的重庆蚂蚁消费金融有限公司：");
    expect(flat).toContain("由贵司报送的");
    expect(articles(flat)).toEqual(["第一千零二十九条", "第二十五条", "第二十六条"].sort());
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PROMISES);
  });

  it("zh-Hant: Traditional template text and citations, 貴中心, the typed words as typed", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const flat = await flatPdfText(body);
    expect(flat).toContain("徵信異議申請書");
    expect(flat).toContain("尊敬的中國人民銀行徵信中心：");
    expect(flat).toContain("向貴中心提出異議申請");
    expect(flat).toContain("《徵信業管理條例》第二十五條");
    expect(flat).toContain("《中華人民共和國民法典》第一千零二十九條");
    expect(flat).toContain("《徵信業管理條例》第十六條");
    expect(articles(flat)).toEqual(["第一千零二十九條", "第二十五條", "第二十六條", "第十五條", "第十六條"].sort());
    expect(flat).toContain("中國人民銀行當地分支機構");
    expect(flat).toContain("2026年3月至5月还款状态为「1」「2」「3」"); // as typed
    expect(flat).toContain("簽名（按手印）");
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PROMISES);
  });
});
