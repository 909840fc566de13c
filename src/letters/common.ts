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

/** A line of text the borrower types: trimmed, non-empty, bounded. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, bilingual("REQUIRED", "不能为空", "must not be empty"))
    .max(max, bilingual("TOO_LONG", `不能超过${max}个字符`, `must be at most ${max} characters`));

export const LENDER_KINDS = ["bank-credit-card", "bank-loan", "consumer-finance", "microloan", "other"] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

export const borrowerSchema = z.strictObject({
  name: text(40).describe("借款人姓名 / borrower's name"),
  idNumber: idNumberSchema.optional().describe("居民身份证号码（18位） / PRC resident ID number (18 characters)"),
  phone: phoneSchema.optional().describe("联系电话 / phone"),
  address: text(120).optional().describe("通讯地址 / postal address"),
  email: z.email(bilingual("INVALID_EMAIL", "电子邮箱格式不正确", "invalid email address")).max(120).optional(),
});

export const lenderSchema = z.strictObject({
  name: text(80).describe("债权机构名称 / creditor institution"),
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
  details: text(2000).optional().describe("困难情况，用自己的话说明 / the hardship in the borrower's own words"),
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
