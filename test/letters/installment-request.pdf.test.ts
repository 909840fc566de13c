/**
 * The installment letter as a reader gets it: the PDF's own text (pdftotext with an empty fontconfig, so only
 * the embedded fonts count) holds every schedule row, the amounts in figures and 大写, the right citations and
 * no wrong ones, the masked ID — in both scripts.
 */
import { describe, expect, it } from "vitest";
import installmentRequest from "../../src/letters/installment-request";
import { prepareLetter, renderPdf } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { pdfToText, pdfPageCount, qpdfCheck } from "../helpers/pdf-tools";
import type { LetterType } from "../../src/letters/types";

const type = installmentRequest as unknown as LetterType;
const now = new Date("2026-11-23T04:00:00Z");
type Body = Record<string, any>;
const clone = (): Body => structuredClone(installmentRequest.example) as Body;

async function pdfOf(body: Body) {
  const bytes = await renderPdf(prepareLetter(type, body, { now }), nodeFontLoader);
  return { bytes, layout: pdfToText(bytes, { layout: true }), flat: pdfToText(bytes).replace(/\s+/g, "") };
}

/** A schedule row as `pdftotext -layout` prints it: the four cells on one line, in order. */
const row = (...cells: string[]) => new RegExp(cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));

describe("installment-request PDF (zh-Hans)", () => {
  it("holds every row of a 12-month schedule, the total row, and the amounts in figures and 大写", async () => {
    const { bytes, layout, flat } = await pdfOf(clone());
    expect(qpdfCheck(bytes).ok).toBe(true);
    expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(2);
    expect(layout).toMatch(row("首付", "协议达成后", "5,000.00", "45,034.56"));
    const dates = ["2026年12月15日", ...Array.from({ length: 11 }, (_, i) => `2027年${i + 1}月15日`)];
    let remaining = 4_503_456;
    dates.forEach((date, i) => {
      remaining -= 375_288;
      const rest = `${Math.floor(remaining / 100).toLocaleString("en-US")}.${String(remaining % 100).padStart(2, "0")}`;
      expect(layout).toMatch(row(`第${i + 1}期`, date, "3,752.88", rest));
    });
    expect(layout).toMatch(row("合计", "50,034.56"));
    expect(flat).toContain("合计¥50,034.56（人民币伍万零叁拾肆元伍角陆分）");
    expect(flat).toContain("每期¥3,752.88（人民币叁仟柒佰伍拾贰元捌角捌分）");
    expect(flat).toContain("首付款¥5,000.00（人民币伍仟元整）");
    expect(flat).toContain("个性化分期还款申请书");
    expect(flat).toContain("张三");
    expect(flat).toContain("11010519491231002X");
    expect(flat).toContain("《商业银行信用卡业务监督管理办法》第七十条");
    expect(flat).toContain("《中华人民共和国民法典》第五百八十五条");
    expect(flat).toContain("停止计收利息（停息）");
    expect(flat).toContain("本函依据申请人提供的信息以书函模板生成");
  });

  it("shows the rounding difference in the last row", async () => {
    const body = clone();
    body.debt.fees = "530.01";
    const { layout, flat } = await pdfOf(body);
    expect(layout).toMatch(row("第11期", "2027年10月15日", "3,752.88", "3,752.89"));
    expect(layout).toMatch(row("第12期", "2027年11月15日", "3,752.89", "0.00"));
    expect(flat).toContain("第12期¥3,752.89（人民币叁仟柒佰伍拾贰元捌角玖分）");
  });

  it("clamps Jan 31 to Feb 28 in the printed table", async () => {
    const body = clone();
    body.plan.firstPaymentDate = "2027-01-31";
    const { layout } = await pdfOf(body);
    expect(layout).toMatch(row("第1期", "2027年1月31日"));
    expect(layout).toMatch(row("第2期", "2027年2月28日"));
    expect(layout).toMatch(row("第3期", "2027年3月31日"));
  });

  it("has no 第七十条, 第五百八十五条 or 停息 for 借呗 without those requests", async () => {
    const body = clone();
    body.lender = { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" };
    body.account = { product: "借呗" };
    body.plan.freezeInterest = false;
    body.plan.waivePenalty = false;
    const { flat } = await pdfOf(body);
    expect(flat).not.toContain("第七十条");
    expect(flat).not.toContain("第五百八十五条");
    expect(flat).not.toContain("停息");
    expect(flat).toContain("尊敬的重庆蚂蚁消费金融有限公司");
  });

  it("prints the full ID number only when asked", async () => {
    const body = clone();
    body.privacy = { maskIdNumber: false };
    expect((await pdfOf(body)).flat).toContain("11010519491231002X");
  });
});

describe("installment-request PDF (zh-Hant)", () => {
  it("prints Traditional template text, keeps the typed simplified name, and every row", async () => {
    const body = clone();
    body.locale = "zh-Hant";
    const { layout, flat } = await pdfOf(body);
    expect(flat).toContain("個性化分期還款申請書");
    expect(flat).toContain("申請人张三");
    expect(flat).toContain("合計¥50,034.56（人民幣伍萬零參拾肆元伍角陸分）");
    expect(flat).toContain("每期¥3,752.88（人民幣參仟柒佰伍拾貳元捌角捌分）");
    expect(flat).toContain("《商業銀行信用卡業務監督管理辦法》第七十條");
    expect(flat).toContain("11010519491231002X");
    expect(layout).toMatch(row("首付", "協議達成後", "5,000.00", "45,034.56"));
    for (let i = 1; i <= 12; i++) expect(layout).toMatch(row(`第${i}期`, i === 1 ? "2026年12月15日" : `2027年${i - 1}月15日`, "3,752.88"));
  });
});
