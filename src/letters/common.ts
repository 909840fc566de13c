/**
 * Fields every letter type shares (design.md, "Common fields of every type"): locale, date, borrower,
 * lender, account, debt, attachments, privacy. Unknown fields are rejected (strict objects), which also
 * rejects prototype-polluting keys such as "__proto__" and "constructor".
 */
import { z } from "zod";
import { bilingual } from "../errors";
import { moneySchema } from "../text/money";
import { dateSchema } from "../text/dates";
import { idNumberSchema } from "../text/id-number";
import { phoneSchema } from "../text/phone";
import { LOCALES } from "./types";
import { nameText, paragraphsText, text } from "./text-fields";
import { budgetSchema } from "./budget";

export { text, nameText, paragraphsText } from "./text-fields";

export const LENDER_KINDS = ["bank-credit-card", "bank-loan", "consumer-finance", "microloan", "other"] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

export const borrowerSchema = z.strictObject({
  name: nameText(40).describe("借款人姓名 / borrower's name"),
  idNumber: idNumberSchema.optional().describe("居民身份证号码（18位） / PRC resident ID number (18 characters)"),
  phone: phoneSchema.optional().describe("联系电话 / phone"),
  address: text(120).optional().describe("通讯地址 / postal address"),
  email: z.email(bilingual("INVALID_EMAIL", "电子邮箱格式不正确", "invalid email address")).max(120).optional(),
});

export const lenderSchema = z.strictObject({
  name: nameText(80).describe("债权机构名称 / creditor institution"),
  kind: z.enum(LENDER_KINDS).default("other").describe("机构类型：决定信函可援引的规定 / institution kind: decides which rules apply"),
  department: text(80).optional().describe("收件部门 / department"),
  address: text(120).optional().describe("机构地址 / address"),
});

export const accountSchema = z.strictObject({
  product: text(40).optional().describe("产品，如 花呗、借呗、信用卡 / product"),
  accountNumber: text(40).optional().describe("卡号或账号 / card or account number"),
  contractNumber: text(60).optional().describe("合同编号 / contract number"),
});

export const debtSchema = z.strictObject({
  principal: moneySchema.describe("本金（元） / principal (yuan)"),
  interest: moneySchema.optional().describe("利息（元） / interest"),
  penalty: moneySchema.optional().describe("罚息、违约金（元） / penalty interest and default charges"),
  fees: moneySchema.optional().describe("其他费用（元） / other fees"),
  overdueSince: dateSchema.optional().describe("逾期开始日期 / overdue since"),
  lastPaymentDate: dateSchema
    .optional()
    .describe("最后一次还款的日期（用于提示诉讼时效风险，不写入信中） / the date of the last payment made (for the limitation-period warning; not printed)"),
  lastDemandDate: dateSchema
    .optional()
    .describe("最后一次收到催收的日期（电话、短信、信函均算；用于提示诉讼时效风险，不写入信中） / the date of the last collection demand received (for the limitation-period warning; not printed)"),
});

export const HARDSHIP_REASONS = [
  "unemployment",
  "illness",
  "business-failure",
  "income-reduction",
  "family-emergency",
  "natural-disaster",
  "other",
] as const;

export const hardshipSchema = z.strictObject({
  reasons: z.array(z.enum(HARDSHIP_REASONS)).min(1, bilingual("REQUIRED", "请至少选择一项困难原因", "choose at least one reason")).max(7),
  details: paragraphsText(2000).optional().describe("困难情况，用自己的话说明 / the hardship in the borrower's own words"),
});

/** The fields every letter body starts with; each type extends this with its own. */
export const commonFields = {
  locale: z.enum(LOCALES).default("zh-Hans").describe("zh-Hans 简体 (default) | zh-Hant 繁體"),
  date: dateSchema.optional().describe("信函日期，默认为北京时间今天 / letter date, default today in Asia/Shanghai"),
  borrower: borrowerSchema,
  lender: lenderSchema,
  account: accountSchema.optional(),
  debt: debtSchema,
  attachments: z.array(text(120)).max(30).optional().describe("附件清单 / attachments"),
  privacy: z.strictObject({ maskIdNumber: z.boolean() }).optional(),
};

export const REPAYMENT_METHODS = ["auto-debit", "bank-transfer", "app", "other"] as const;

/** How the borrower will pay if the lender agrees (issue 8: the letter says so, where given). */
export const repaymentSchema = z
  .strictObject({
    method: z.enum(REPAYMENT_METHODS).optional().describe("还款方式：自动扣款、银行转账、App内还款、其他 / how: auto-debit, bank transfer, in the app, other"),
    account: text(80).optional().describe("还款账户，如 招商银行储蓄卡（尾号5678） / the account payments come from, e.g. a debit card"),
  })
  .describe("还款方式和账户 / how and from which account the borrower will pay");

/**
 * The fields of every request letter that is 同意履行 (installment, deferral, settlement): the limitation-period
 * acknowledgement (src/letters/limitation.ts), the budget statement and how the borrower will pay.
 */
export const requestFields = {
  acknowledgeLimitationRisk: z
    .boolean()
    .optional()
    .describe(
      "已了解诉讼时效风险：所填日期均已超过三年时，提出本申请会使诉讼时效重新计算并放弃时效抗辩；须为 true 才会生成 / " +
        "the borrower understands the limitation risk: when every date given is more than three years old, this request restarts the period and gives up the time-bar defence; must be true for the letter to be made",
    ),
  budget: budgetSchema.optional(),
  repayment: repaymentSchema.optional(),
};
