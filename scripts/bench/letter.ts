/**
 * The benchmark's representative letter: a two-page deferral request (延期还款（停息挂账）申请书) to a
 * credit-card centre: 2 pages, about 1,500 characters drawn of about 380 distinct (the issue asks for a
 * 2-page letter of about 1,600 characters, 430 distinct; more text than this makes a third page here).
 */
export const benchLetterType = "deferral-request";

const hardship = [
  "本人原在一家外贸公司从事业务工作，月收入约一万二千元。二〇二五年十月公司整体裁员，本人因此失业，目前只找到一份临时性的兼职，每月收入约三千元，仅够维持基本生活。",
  "同时，本人母亲今年春天确诊慢性肾病，需要定期透析，每月自付医疗费用约两千元；家中尚有一名正在读初中的孩子。上述情况叠加，使本人在短期内确实无力按原约定足额还款。",
].join("\n");

export const benchLetterBody = {
  locale: "zh-Hans",
  date: "2026-11-23",
  borrower: {
    name: "王建国",
    idNumber: "11010519491231002X",
    phone: "13812345678",
    address: "北京市朝阳区建国路88号院3号楼2单元1201室",
  },
  lender: { name: "招商银行股份有限公司信用卡中心", kind: "bank-credit-card", department: "客户服务部" },
  account: { product: "招商银行经典白金信用卡", accountNumber: "6225880212345678" },
  debt: { principal: "48650.00", interest: "3210.45", penalty: "1968.30", fees: "620.00", overdueSince: "2026-04-05" },
  hardship: { reasons: ["unemployment", "illness", "income-reduction"], details: hardship },
  deferral: { months: 6, freezeInterest: true, waivePenalty: true, paymentDuringDeferral: "800.00" },
  attachments: ["解除劳动合同证明", "母亲病历及医疗费用票据", "近六个月银行流水"],
};
