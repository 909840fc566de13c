/**
 * The benchmark's representative letter: an installment request of about two pages
 * (≈1,600 characters, ≈430 distinct), a credit-card debt with a 24-month schedule.
 */
export const benchLetterType = "installment-request";

const hardship = [
  "本人原在一家外贸公司从事业务工作，月收入约一万二千元。二〇二五年下半年公司订单锐减，先是降薪，随后于十月整体裁员，本人因此失业。失业后本人一直积极求职，参加了多场招聘会，也在网上投递了数十份简历，但因年龄和行业原因，至今只找到一份临时性的兼职，每月收入约三千元，仅够维持基本生活。",
  "与此同时，本人母亲今年春天被确诊患有慢性肾病，需要定期透析，每月自付医疗费用约两千元。家中尚有一名正在读初中的孩子，配偶收入微薄。上述情况叠加，使本人在短期内确实无力按原合同约定足额偿还信用卡欠款，自二〇二六年四月起出现逾期，对此本人深感愧疚。",
  "本人始终愿意承担还款责任，绝无逃避债务之意。为避免债务因罚息、违约金持续累积而进一步扩大，本人恳请贵行充分考虑上述实际困难，与本人协商个性化分期还款方案。本人承诺如实提供收入、医疗等证明材料，配合贵行核实，并将严格按照双方确认的方案按期还款；如本人经济状况好转，将主动提前偿还。",
  "另外，近一段时间以来，本人每天接到多通催收电话，部分电话在晚间十点以后打来，影响家人休息，也使本人无法安心求职。恳请贵行在协商期间规范催收行为，通过书面方式与本人联系，本人会及时回复。",
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
  plan: { months: 24, firstPaymentDate: "2026-12-31", downPayment: "2000.00", freezeInterest: true, waivePenalty: true },
  attachments: ["身份证复印件", "解除劳动合同证明", "母亲病历及医疗费用票据", "近六个月银行流水", "兼职收入证明"],
};
