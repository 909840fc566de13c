/** A borrower who owes ten creditors: the batch the tests send, with what each letter must say. */
export interface Creditor {
  name: string;
  kind: "bank-credit-card" | "bank-loan" | "consumer-finance" | "microloan" | "other";
  product: string;
  principal: string;
  /** The total owed as the letter prints it (principal only here). */
  total: string;
  type: "installment-request" | "deferral-request";
}

const RAW: [string, Creditor["kind"], string][] = [
  ["招商银行信用卡中心", "bank-credit-card", "招商银行信用卡"],
  ["中国工商银行牡丹卡中心", "bank-credit-card", "牡丹信用卡"],
  ["重庆蚂蚁消费金融有限公司", "consumer-finance", "花呗"],
  ["重庆蚂蚁小微小额贷款有限公司", "microloan", "借呗"],
  ["重庆三快小额贷款有限公司", "microloan", "美团月付"],
  ["招联消费金融股份有限公司", "consumer-finance", "好期贷"],
  ["中国建设银行股份有限公司北京分行", "bank-loan", "快贷"],
  ["马上消费金融股份有限公司", "consumer-finance", "安逸花"],
  ["深圳前海微众银行股份有限公司", "bank-loan", "微粒贷"],
  ["重庆京东盛际小额贷款有限公司", "microloan", "京东金条"],
];

export const CREDITORS: Creditor[] = RAW.map(([name, kind, product], i) => {
  const fen = 1_000_000 + i * 123_456 + 7; // distinct amounts: 10,000.07, 11,234.63, …
  const yuan = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
  return {
    name,
    kind,
    product,
    principal: yuan,
    total: `¥${Math.floor(fen / 100).toLocaleString("en-US")}.${String(fen % 100).padStart(2, "0")}`,
    type: i === 4 || i === 8 ? "deferral-request" : "installment-request",
  };
});

/** The title each letter prints: 个性化分期 is the credit-card term (信用卡办法 第七十条); 分期还款申请书 otherwise. */
export function titleOf(c: Pick<Creditor, "type" | "kind">): string {
  if (c.type === "deferral-request") return "延期还款（停息挂账）申请书";
  return c.kind === "bank-credit-card" ? "个性化分期还款申请书" : "分期还款申请书";
}

export const BORROWER = {
  name: "张三",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  address: "北京市朝阳区建国路88号3单元501室",
};

/** The ten-creditor batch: installment requests by default, two items switch to deferral requests. */
export function tenCreditorBatch(): Record<string, any> {
  return {
    type: "installment-request",
    date: "2026-11-23",
    borrower: { ...BORROWER },
    hardship: { reasons: ["unemployment", "illness"], details: "2026年4月，申请人所在公司裁员，申请人失去工作。" },
    attachments: ["解除劳动合同证明复印件", "申请人身份证复印件"],
    items: CREDITORS.map((c, i) => ({
      ...(c.type === "deferral-request" ? { type: c.type, deferral: { months: 6, freezeInterest: true } } : {
        plan: { months: 12 + i, firstPaymentDate: "2026-12-15", freezeInterest: i % 2 === 0 },
      }),
      lender: { name: c.name, kind: c.kind },
      account: { product: c.product },
      debt: { principal: c.principal, overdueSince: "2026-06-10" },
    })),
  };
}
