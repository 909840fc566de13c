/** The debt-details request as its recipient gets it: the PDF's own text, in both scripts. */
import { describe, expect, it } from "vitest";
import debtDetailsRequest from "../../src/letters/debt-details-request";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";
import type { LetterType } from "../../src/letters/types";

const type = debtDetailsRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(debtDetailsRequest.example) as Body;

async function flatPdfText(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now }), nodeFontLoader);
  expect(qpdfCheck(bytes).ok).toBe(true);
  return pdfToText(bytes).replace(/\s+/g, "");
}

/** Admission words in the borrower's voice, in both scripts. */
const ADMISSIONS = /本人尚欠|確認欠款|确认欠款|合计欠款|合計欠款|尚欠|本人欠/;
/** 同意履行 and the limitation period, in both scripts. */
const PERFORMANCE = /分期|延期|展期|还款计划|還款計劃|还款方案|還款方案|同意还款|同意還款|承诺还款|承諾還款|减免|減免|时效|時效/;
const titles = (text: string) => [...new Set(text.match(/《[^》]+》/g))];
const articles = (text: string) => [...new Set(text.match(/第[一二三四五六七八九十百千零]+[条條]/g))];

describe("debt-details-request PDF", () => {
  it("zh-Hans, to a debt buyer: the claim as the buyer's, the documents, 第五百四十六条/第五百四十八条 and nothing else", async () => {
    const flat = await flatPdfText(clone());
    expect(flat).toContain("债务明细及债权凭证查询函");
    expect(flat).toContain("尊敬的浙江汇信资产管理有限公司：");
    expect(flat).toContain("110105********002X");
    expect(flat).toContain("重庆蚂蚁消费金融有限公司「借呗」（合同编号：JB20230512008866）");
    expect(flat).toContain("编号：HX2026110500123");
    expect(flat).toContain("贵司主张的金额为¥32,118.40（人民币叁万贰仟壹佰壹拾捌元肆角整）");
    expect(flat).toContain("账务明细");
    expect(flat).toContain("年化综合融资成本");
    expect(flat).toContain("债权转让通知及凭证");
    expect(flat).toContain("15日内书面答复");
    expect(flat).toContain("本人不向贵司确认任何金额");
    expect(titles(flat)).toEqual(["《个人贷款业务明示综合融资成本规定》", "《中华人民共和国民法典》", "《民法典》"]);
    expect(articles(flat)).toEqual(["第五百四十六条", "第五百四十八条"]);
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PERFORMANCE);
    expect(flat).toContain("签名（按手印）");
    expect(flat).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("zh-Hans, to a collector with dates over three years old: the mandate, still no word of the limitation period", async () => {
    const body = clone();
    body.claimant = { kind: "collection-agency", name: "深圳市恒信达商务咨询有限公司" };
    delete body.sale;
    body.debtDates = { overdueSince: "2021-04-01", lastPaymentDate: "2021-03-01", lastDemandDate: "2022-01-01" };
    const flat = await flatPdfText(body);
    expect(flat).toContain("委托授权");
    expect(flat).toContain("贵司所催收的债权");
    expect(titles(flat)).toEqual(["《个人贷款业务明示综合融资成本规定》"]);
    expect(articles(flat)).toEqual([]);
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PERFORMANCE);
    expect(flat).not.toMatch(/2021|2022年/);
  });

  it("zh-Hant: Traditional template text, the citations in Traditional, the typed words as typed", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const flat = await flatPdfText(body);
    expect(flat).toContain("債務明細及債權憑證查詢函");
    expect(flat).toContain("尊敬的浙江汇信资产管理有限公司："); // the name as typed
    expect(flat).toContain("貴司主張的金額為¥32,118.40（人民幣參萬貳仟壹佰壹拾捌元肆角整）");
    expect(flat).toContain("《中華人民共和國民法典》第五百四十六條");
    expect(flat).toContain("《民法典》第五百四十八條");
    expect(flat).toContain("《個人貸款業務明示綜合融資成本規定》");
    expect(articles(flat)).toEqual(["第五百四十六條", "第五百四十八條"]);
    expect(flat).toContain("本人不向貴司確認任何金額");
    expect(flat).toContain("簽名（按手印）");
    expect(flat).not.toMatch(ADMISSIONS);
    expect(flat).not.toMatch(PERFORMANCE);
  });

  it("zh-Hant, to the lender (a bank credit card): 貴行, the ID and card number in full", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    delete body.claimant;
    delete body.sale;
    body.lender = { name: "招商銀行信用卡中心", kind: "bank-credit-card", department: "客戶服務部" };
    body.account = { product: "信用卡", accountNumber: "6225880123451234" };
    const flat = await flatPdfText(body);
    expect(flat).toContain("尊敬的招商銀行信用卡中心（客戶服務部）：");
    expect(flat).toContain("11010519491231002X");
    expect(flat).toContain("就貴行所主張的「信用卡」（卡號：6225880123451234）項下欠款");
    expect(flat).toContain("信用卡領用合約");
    expect(titles(flat)).toEqual([]);
    expect(flat).not.toMatch(ADMISSIONS);
  });
});
