import { describe, expect, it } from "vitest";
import {
  accountView,
  borrowerIntro,
  buildFileName,
  debtBreakdown,
  debtTotal,
  displayIdNumber,
  footerNote,
  frame,
  identityLines,
  maskAccountNumber,
  paragraphs,
  salutation,
  signatureLines,
  masksNumbers,
  recipientName,
  you,
  relation,
} from "../../src/letters/shared";

const borrower = {
  name: "张三",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  address: "北京市朝阳区某某路1号",
  email: "zhangsan@example.com",
};
const today = { year: 2026, month: 11, day: 23 };

describe("salutation", () => {
  it("names the recipient and its department in full-width brackets, with a full-width colon", () => {
    expect(salutation("招商银行信用卡中心", "客户服务部")).toBe("尊敬的招商银行信用卡中心（客户服务部）：");
    expect(salutation("重庆蚂蚁消费金融有限公司")).toBe("尊敬的重庆蚂蚁消费金融有限公司：");
  });

  it("never stacks brackets: a department with brackets of its own is joined without more", () => {
    expect(salutation("招商银行信用卡中心", "客户服务部（投诉）")).toBe("尊敬的招商银行信用卡中心客户服务部（投诉）：");
    expect(recipientName("某银行", "信用卡中心(催收)")).toBe("某银行信用卡中心(催收)");
    expect(salutation("某银行", "客户服务部（投诉）")).not.toMatch(/（[^）]*（|）[^（]*）/);
  });
});

describe("how the body addresses the lender", () => {
  it("says 贵行 to banks, 贵司 to companies, 贵方 otherwise; 持卡人 only for credit cards", () => {
    expect(you("bank-credit-card", "Hans")).toBe("贵行");
    expect(you("bank-loan", "Hant")).toBe("貴行");
    expect(you("consumer-finance", "Hans")).toBe("贵司");
    expect(you("microloan", "Hant")).toBe("貴司");
    expect(you("other", "Hans")).toBe("贵方");
    expect(relation("bank-credit-card")).toBe("持卡人");
    expect(relation("consumer-finance")).toBe("借款人");
  });
});

describe("borrower identification", () => {
  it("prints the numbers in full to the creditor and masks them to anyone else, unless privacy.maskIdNumber says otherwise", () => {
    expect(masksNumbers(undefined, true)).toBe(false);
    expect(masksNumbers(undefined, false)).toBe(true);
    expect(masksNumbers({ maskIdNumber: true }, true)).toBe(true);
    expect(masksNumbers({ maskIdNumber: false }, false)).toBe(false);
    expect(displayIdNumber(borrower.idNumber, true)).toBe("110105********002X");
    expect(displayIdNumber(borrower.idNumber, false)).toBe("11010519491231002X");
    expect(displayIdNumber(undefined, true)).toBeUndefined();
  });

  it("introduces the borrower with the ID number in the opening sentence, in both scripts", () => {
    expect(borrowerIntro(borrower, true, "Hans")).toBe("张三（居民身份证号码：110105********002X）");
    expect(borrowerIntro(borrower, true, "Hant")).toBe("张三（居民身份證號碼：110105********002X）");
    expect(borrowerIntro(borrower, false, "Hans")).toBe("张三（居民身份证号码：11010519491231002X）");
    expect(borrowerIntro({ name: "李四" }, true, "Hans")).toBe("李四");
  });

  it("lists identification lines, leaving out what was not given", () => {
    expect(identityLines("applicant", borrower, true, "Hans")).toEqual([
      "申请人：张三",
      "居民身份证号码：110105********002X",
      "联系电话：13812345678",
      "通讯地址：北京市朝阳区某某路1号",
      "电子邮箱：zhangsan@example.com",
    ]);
    expect(identityLines("notifier", { name: "李四" }, true, "Hant")).toEqual(["告知人：李四"]);
  });
});

describe("signature block", () => {
  it("has the role, the name, the contact details and the date in Chinese", () => {
    expect(signatureLines("applicant", borrower, today, "Hans")).toEqual([
      "申请人：张三",
      "签名（按手印）：________________",
      "联系电话：13812345678",
      "通讯地址：北京市朝阳区某某路1号",
      "电子邮箱：zhangsan@example.com",
      "2026年11月23日",
    ]);
    expect(signatureLines("notifier", { name: "李四" }, { year: 2027, month: 1, day: 5 }, "Hant")).toEqual([
      "告知人：李四",
      "簽名（按手印）：________________",
      "2027年1月5日",
    ]);
    expect(signatureLines("applicant", { name: "王五", phone: "010-12345678" }, today, "Hant")[2]).toBe("聯繫電話：010-12345678");
  });
});

describe("account", () => {
  it("keeps only the last four characters of a card or account number", () => {
    expect(maskAccountNumber("6225 8801 2345 1234", "Hans")).toBe("尾号1234");
    expect(maskAccountNumber("6225-8801-2345-5678", "Hant")).toBe("尾號5678");
    expect(maskAccountNumber("123", "Hans")).toBe("尾号123");
  });

  it("builds the opening phrase from what was given", () => {
    expect(accountView({ product: "招商银行经典白金卡", accountNumber: "6225880123451234" }, "bank-credit-card", "Hans").phrase).toBe(
      "「招商银行经典白金卡」（卡号尾号1234）",
    );
    expect(accountView({ product: "借呗", contractNumber: "JB-2025-001" }, "consumer-finance", "Hans").phrase).toBe(
      "「借呗」（合同编号：JB-2025-001）",
    );
    expect(accountView({ accountNumber: "6217000012345678", contractNumber: "X1" }, "bank-loan", "Hant").phrase).toBe(
      "（賬號尾號5678，合同編號：X1）",
    );
    expect(accountView(undefined, "other", "Hans").phrase).toBe("");
  });

  it("never prints the full card number when masked (the default), and prints it to the creditor when told", () => {
    const view = accountView({ accountNumber: "6225880123451234" }, "bank-credit-card", "Hans");
    expect(JSON.stringify(view)).not.toContain("622588012345");
    expect(accountView({ accountNumber: "6225880123451234" }, "bank-credit-card", "Hans", false).phrase).toBe("（卡号：6225880123451234）");
  });
});

describe("debt breakdown", () => {
  it("lists principal, interest, penalties and fees with the total, each in figures and 大写", () => {
    const debt = { principal: 4_500_000, interest: 300_000, penalty: 150_456, fees: 53_000 };
    expect(debtTotal(debt)).toBe(5_003_456);
    const b = debtBreakdown(debt, "Hans");
    expect(b.lines.map((l) => [l.label, l.figure, l.daxie])).toEqual([
      ["本金", "¥45,000.00", "人民币肆万伍仟元整"],
      ["利息", "¥3,000.00", "人民币叁仟元整"],
      ["罚息、违约金", "¥1,504.56", "人民币壹仟伍佰零肆元伍角陆分"],
      ["其他费用", "¥530.00", "人民币伍佰叁拾元整"],
    ]);
    expect(b.total).toMatchObject({ label: "合计", figure: "¥50,034.56", plain: "50,034.56", daxie: "人民币伍万零叁拾肆元伍角陆分" });
  });

  it("leaves out zero and absent lines but always shows principal and the total", () => {
    const b = debtBreakdown({ principal: 0, interest: 0, penalty: 12_345 }, "Hant");
    expect(b.lines.map((l) => l.label)).toEqual(["本金", "罰息、違約金"]);
    expect(b.lines[0].daxie).toBe("人民幣零元整");
    expect(b.total).toMatchObject({ label: "合計", figure: "¥123.45", daxie: "人民幣壹佰貳拾參元肆角伍分" });
  });

  it("prints the overdue date in Chinese", () => {
    expect(debtBreakdown({ principal: 100, overdueSince: { year: 2026, month: 5, day: 10 } }, "Hans").overdueSince).toBe("2026年5月10日");
  });

  it("is exact at 1亿 (the API's maximum) per line and in the total", () => {
    const b = debtBreakdown({ principal: 10_000_000_000, interest: 10_000_000_000, penalty: 1, fees: 99 }, "Hans");
    expect(b.total.figure).toBe("¥200,000,001.00");
    expect(b.total.daxie).toBe("人民币贰亿零壹元整");
  });
});

describe("paragraphs", () => {
  it("splits the borrower's words at line breaks and drops empty lines", () => {
    expect(paragraphs("第一段。\n\n  第二段。\r\n第三段。 ")).toEqual(["第一段。", "第二段。", "第三段。"]);
    expect(paragraphs(undefined)).toEqual([]);
  });
});

describe("footer and file name", () => {
  it("has a footer of at most 40 characters in both scripts and roles", () => {
    for (const role of ["applicant", "notifier"] as const)
      for (const script of ["Hans", "Hant"] as const) {
        const note = footerNote(role, script);
        expect([...note].length).toBeLessThanOrEqual(40);
        expect(note).toContain(script === "Hans" ? "不构成法律意见" : "不構成法律意見");
      }
  });

  it("joins the parts with underscores and strips characters file systems reject", () => {
    expect(buildFileName("个性化分期还款申请书", "张三", "招商银行信用卡中心")).toBe("个性化分期还款申请书_张三_招商银行信用卡中心");
    expect(buildFileName("申请书", "a/b\\c:d*e?\"f<g>h|i j", undefined, "..x")).toBe("申请书_abcdefghi j_x");
    // A name is never changed silently: its one ordinary space stays (the name's own checks reject odd spaces).
    expect(buildFileName("申请书", "John Smith")).toBe("申请书_John Smith");
    expect([...buildFileName("申请书", "长".repeat(100))].length).toBe(3 + 1 + 40);
  });
});

describe("frame", () => {
  const input = {
    locale: "zh-Hans" as const,
    borrower,
    lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" as const, department: "客户服务部" },
    account: { product: "信用卡", accountNumber: "6225880123451234" },
    debt: { principal: 1_000_000 },
    attachments: ["身份证复印件"],
  };

  it("computes every shared field, the date defaulting to today; to the creditor the numbers are in full", () => {
    const f = frame(input, { today }, { role: "applicant" });
    expect(f.date).toBe("2026年11月23日");
    expect(f.salutation).toBe("尊敬的招商银行信用卡中心（客户服务部）：");
    expect(f.borrower.idNumber).toBe("11010519491231002X");
    expect(f.account.number).toBe("卡号：6225880123451234");
    expect(f.signature.at(-1)).toBe("2026年11月23日");
    expect(f.role).toBe("申请人");
    expect(f.attachments).toEqual(["身份证复印件"]);
    expect(f.footer).toContain("申请人");
    expect(f.ownRequest).toBe("本申请由申请人本人提出，未委托任何代理机构。");
    const masked = frame({ ...input, privacy: { maskIdNumber: true } }, { today }, { role: "applicant" });
    expect(JSON.stringify(masked)).not.toContain("19491231");
    expect(masked.account.number).toBe("卡号尾号1234");
  });

  it("addresses another recipient when asked (the collection agency)", () => {
    const f = frame({ ...input, locale: "zh-Hant", date: { year: 2026, month: 12, day: 1 } }, { today }, {
      role: "notifier",
      recipient: { name: "某某催收公司" },
    });
    expect(f.salutation).toBe("尊敬的某某催收公司：");
    expect(f.date).toBe("2026年12月1日");
    // To anyone but the creditor the numbers are masked by default.
    expect(f.borrower.idNumber).toBe("110105********002X");
    expect(f.account.number).toBe("卡號尾號1234");
    expect(f.signature[0]).toBe("告知人：张三");
    expect(f.footer).toContain("告知人");
  });
});

describe("checkDatesAgainstLetter", async () => {
  const { checkDatesAgainstLetter } = await import("../../src/letters/checks");
  const { bodyReader } = await import("../../src/validation");
  const check = (body: unknown) =>
    checkDatesAgainstLetter(bodyReader(body), { today }, [
      { path: "plan.firstPaymentDate", relation: "not-before", zh: "不能早于信函日期", en: "not before the letter date" },
    ]);

  it("reports a date on the wrong side of the letter date, with the field path", () => {
    expect(check({ plan: { firstPaymentDate: "2026-11-23" } })).toEqual([]);
    expect(check({ plan: { firstPaymentDate: "2026-11-22" } })).toEqual([
      { path: "plan.firstPaymentDate", code: "INVALID_DATE_ORDER", message: { zh: "不能早于信函日期", en: "not before the letter date" } },
    ]);
  });

  it("reads the letter date from the body when it parses, and skips dates that do not parse", () => {
    expect(check({ date: "2026-12-01", plan: { firstPaymentDate: "2026-11-30" } })).toHaveLength(1);
    expect(check({ date: "not a date", plan: { firstPaymentDate: "2026-11-23" } })).toEqual([]);
    expect(check({ plan: { firstPaymentDate: "2026-02-30" } })).toEqual([]);
  });
});

describe("enum labels (src/text/labels.ts)", async () => {
  const { HARDSHIP_REASON_LABELS, LENDER_KIND_LABELS, labelList, scriptOf } = await import("../../src/text/labels");
  const { HARDSHIP_REASONS, LENDER_KINDS } = await import("../../src/letters/common");

  it("labels every hardship reason and lender kind of the API in both scripts", () => {
    expect(Object.keys(HARDSHIP_REASON_LABELS).sort()).toEqual([...HARDSHIP_REASONS].sort());
    expect(Object.keys(LENDER_KIND_LABELS).sort()).toEqual([...LENDER_KINDS].sort());
    for (const entry of [...Object.values(HARDSHIP_REASON_LABELS), ...Object.values(LENDER_KIND_LABELS)]) {
      expect(entry.Hans.length).toBeGreaterThan(0);
      expect(entry.Hant.length).toBeGreaterThan(0);
    }
  });

  it("joins several reasons with 、 in the order given, once each", () => {
    expect(labelList(HARDSHIP_REASON_LABELS, ["unemployment", "illness", "unemployment"], "Hans")).toBe("失业、本人或家人患病");
    expect(labelList(HARDSHIP_REASON_LABELS, ["business-failure", "income-reduction"], "Hant")).toBe("經營失敗、收入減少");
    expect(scriptOf("zh-Hant")).toBe("Hant");
    expect(scriptOf("zh-Hans")).toBe("Hans");
  });
});
