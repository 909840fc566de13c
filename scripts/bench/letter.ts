/**
 * The benchmark's representative letter: an installment request of about two pages
 * (≈1,600 characters, ≈430 distinct), a credit-card debt with a 6-month schedule.
 */
export const benchLetterType = "installment-request";

const hardship = [
  "本人原在一家外贸公司从事业务工作，二〇二五年十月公司整体裁员，本人因此失业，目前只找到一份临时性的兼职，每月收入约三千元。同时，本人母亲今年春天确诊慢性肾病，需要定期透析，每月自付医疗费用约两千元。",
  "本人始终愿意承担还款责任，绝无逃避债务之意，恳请贵行考虑上述实际困难，与本人协商个性化分期还款方案。本人将如实提供收入、医疗等证明材料，并严格按照双方确认的方案按期还款。",
].join("\n");

export const benchLetterBody = {
  locale: "zh-Hans",
  date: "2026-11-23",
  borrower: {
    name: "王建国",
    idNumber: "11010519491231002X",
    phone: "13812345678",
    address: "北京市朝阳区建国路88号院3号楼2单元1201室",
    email: "wangjg@example.com",
  },
  lender: { name: "招商银行股份有限公司信用卡中心", kind: "bank-credit-card", department: "客户服务部", address: "上海市浦东新区陆家嘴环路1088号" },
  account: { product: "招商银行经典白金信用卡", accountNumber: "6225880212345678" },
  debt: { principal: "48650.00", interest: "3210.45", penalty: "1968.30", fees: "620.00", overdueSince: "2026-04-05" },
  hardship: { reasons: ["unemployment", "illness", "income-reduction"], details: hardship },
  plan: { months: 6, firstPaymentDate: "2026-12-31", downPayment: "2000.00", freezeInterest: true, waivePenalty: true },
  attachments: ["解除劳动合同证明", "母亲病历及医疗费用票据", "近六个月银行流水"],
};
