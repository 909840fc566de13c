/** The deferral letter as a reader gets it: the PDF's own text, in both scripts. */
import { describe, expect, it } from "vitest";
import deferralRequest from "../../src/letters/deferral-request";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, qpdfCheck } from "../helpers/pdf-tools";
import type { LetterType } from "../../src/letters/types";

const type = deferralRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(deferralRequest.example) as Body;

async function flatPdfText(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now }), nodeFontLoader);
  expect(qpdfCheck(bytes).ok).toBe(true);
  return pdfToText(bytes).replace(/\s+/g, "");
}

describe("deferral-request PDF", () => {
  it("zh-Hans: the debt, the deferral, the payment meanwhile in figures and 大写, the right citations", async () => {
    const flat = await flatPdfText(clone());
    expect(flat).toContain("延期还款（停息挂账）申请书");
    expect(flat).toContain("李娜");
    expect(flat).toContain("440106199003151223");
    expect(flat).toContain("合计¥29,646.55（人民币贰万玖仟陆佰肆拾陆元伍角伍分）");
    expect(flat).toContain("每月仍可偿还¥500.00（人民币伍佰元整）");
    expect(flat).toContain("申请人自2027年5月23日起恢复还款");
    expect(flat).toContain("《中华人民共和国民法典》第六百七十八条");
    expect(flat).toContain("《民法典》第五百八十五条");
    expect(flat).toContain("（停息挂账）");
    expect(flat).not.toContain("第七十条");
    expect(flat).not.toMatch(/第二百九十三条|贷款市场报价利率/);
  });

  it("zh-Hans for a bank credit card: offers a 个性化分期 under 第七十条 after the deferral", async () => {
    const body = clone();
    body.lender = { name: "招商银行信用卡中心", kind: "bank-credit-card" };
    body.deferral.waivePenalty = false;
    const flat = await flatPdfText(body);
    expect(flat).toContain("《商业银行信用卡业务监督管理办法》第七十条");
    expect(flat).not.toContain("第五百八十五条");
  });

  it("zh-Hant: Traditional template text, the typed name as typed", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    body.privacy = { maskIdNumber: false };
    const flat = await flatPdfText(body);
    expect(flat).toContain("延期還款（停息掛賬）申請書");
    expect(flat).toContain("申請人李娜");
    expect(flat).toContain("440106199003151223");
    expect(flat).toContain("每月仍可償還¥500.00（人民幣伍佰元整）");
    expect(flat).toContain("《中華人民共和國民法典》第六百七十八條");
    expect(flat).toContain("申请人经营的餐饮店");
  });
});
