/**
 * Labels for the API's enum values, in both scripts, so that templates only print (design.md: every derived
 * fact is computed in TypeScript). The enum values themselves are defined with the schemas (src/letters/common.ts
 * and the letter modules); the `satisfies` clauses below make a missing or misspelt value a type error.
 */
import type { Locale } from "../letters/types";

/** A writing system: zh-Hans letters print Simplified, zh-Hant letters Traditional. */
export type Script = "Hans" | "Hant";

export function scriptOf(locale: Locale): Script {
  return locale === "zh-Hant" ? "Hant" : "Hans";
}

export type Labels<K extends string> = Readonly<Record<K, { Hans: string; Hant: string }>>;

/** The label of `value` in `script`. */
export function label<K extends string>(labels: Labels<K>, value: K, script: Script): string {
  const entry = labels[value];
  if (!entry) throw new Error(`no label for "${value}"`);
  return entry[script];
}

/**
 * Labels of several values joined with the enumeration comma 、 in the order given, without duplicates:
 * ["unemployment", "illness"] → 失业、患病.
 */
export function labelList<K extends string>(labels: Labels<K>, values: readonly K[], script: Script): string {
  return [...new Set(values)].map((value) => label(labels, value, script)).join("、");
}

/** design.md `hardship.reasons`: how the letter names each kind of hardship (as a plain noun phrase). */
export const HARDSHIP_REASON_LABELS = {
  unemployment: { Hans: "失业", Hant: "失業" },
  illness: { Hans: "本人或家人患病", Hant: "本人或家人患病" },
  "business-failure": { Hans: "经营失败", Hant: "經營失敗" },
  "income-reduction": { Hans: "收入减少", Hant: "收入減少" },
  "family-emergency": { Hans: "家庭变故", Hant: "家庭變故" },
  "natural-disaster": { Hans: "遭受自然灾害", Hant: "遭受自然災害" },
  other: { Hans: "其他原因", Hant: "其他原因" },
} as const satisfies Labels<"unemployment" | "illness" | "business-failure" | "income-reduction" | "family-emergency" | "natural-disaster" | "other">;

/** design.md `lender.kind`. */
export const LENDER_KIND_LABELS = {
  "bank-credit-card": { Hans: "商业银行（信用卡）", Hant: "商業銀行（信用卡）" },
  "bank-loan": { Hans: "商业银行（贷款）", Hant: "商業銀行（貸款）" },
  "consumer-finance": { Hans: "消费金融公司", Hant: "消費金融公司" },
  microloan: { Hans: "小额贷款公司", Hant: "小額貸款公司" },
  other: { Hans: "其他债权人", Hant: "其他債權人" },
} as const satisfies Labels<"bank-credit-card" | "bank-loan" | "consumer-finance" | "microloan" | "other">;

/** The debt lines of `debt` (design.md): how the breakdown names them. */
export const DEBT_LINE_LABELS = {
  principal: { Hans: "本金", Hant: "本金" },
  interest: { Hans: "利息", Hant: "利息" },
  penalty: { Hans: "罚息、违约金", Hant: "罰息、違約金" },
  fees: { Hans: "其他费用", Hant: "其他費用" },
  total: { Hans: "合计", Hant: "合計" },
} as const satisfies Labels<"principal" | "interest" | "penalty" | "fees" | "total">;

// ---- collection-objection enums (design.md), offered here so every enum label lives in one place ----

/** `incidents[].channel`. */
export const INCIDENT_CHANNEL_LABELS = {
  phone: { Hans: "电话", Hant: "電話" },
  sms: { Hans: "短信", Hant: "短信" },
  wechat: { Hans: "微信", Hant: "微信" },
  visit: { Hans: "上门", Hant: "上門" },
  letter: { Hans: "信函", Hant: "信函" },
  other: { Hans: "其他", Hant: "其他" },
} as const satisfies Labels<"phone" | "sms" | "wechat" | "visit" | "letter" | "other">;

/** `incidents[].conducts`. */
export const CONDUCT_LABELS = {
  "contacted-third-parties": { Hans: "联系与债务无关的第三人", Hant: "聯繫與債務無關的第三人" },
  threats: { Hans: "威胁、恐吓", Hant: "威脅、恐嚇" },
  insults: { Hans: "侮辱、辱骂", Hant: "侮辱、辱罵" },
  "night-contact": { Hans: "夜间（22:00至次日08:00）催收", Hant: "夜間（22:00至次日08:00）催收" },
  "excessive-frequency": { Hans: "频繁催收", Hant: "頻繁催收" },
  impersonation: { Hans: "冒充公检法或政府机关", Hant: "冒充公檢法或政府機關" },
  "false-legal-claims": { Hans: "虚构或夸大法律后果", Hant: "虛構或誇大法律後果" },
  disclosure: { Hans: "泄露债务信息或个人信息", Hant: "洩露債務信息或個人信息" },
  "home-visit": { Hans: "未经同意上门催收", Hant: "未經同意上門催收" },
  "workplace-visit": { Hans: "到工作单位催收", Hant: "到工作單位催收" },
  other: { Hans: "其他不当行为", Hant: "其他不當行為" },
} as const satisfies Labels<
  | "contacted-third-parties"
  | "threats"
  | "insults"
  | "night-contact"
  | "excessive-frequency"
  | "impersonation"
  | "false-legal-claims"
  | "disclosure"
  | "home-visit"
  | "workplace-visit"
  | "other"
>;

/** `demands`. */
export const DEMAND_LABELS = {
  "stop-third-party-contact": { Hans: "停止联系与债务无关的第三人", Hant: "停止聯繫與債務無關的第三人" },
  "written-communication-only": { Hans: "今后以书面方式与本人沟通", Hant: "今後以書面方式與本人溝通" },
  "provide-authorization": { Hans: "出示债权机构的委托授权文件", Hant: "出示債權機構的委託授權文件" },
  "provide-debt-statement": { Hans: "提供欠款明细", Hant: "提供欠款明細" },
  "stop-night-contact": { Hans: "停止在22:00至次日08:00联系本人", Hant: "停止在22:00至次日08:00聯繫本人" },
  "delete-unlawful-data": { Hans: "删除违法收集、使用的个人信息", Hant: "刪除違法收集、使用的個人信息" },
} as const satisfies Labels<
  | "stop-third-party-contact"
  | "written-communication-only"
  | "provide-authorization"
  | "provide-debt-statement"
  | "stop-night-contact"
  | "delete-unlawful-data"
>;

/** `contactPreference.channel`. */
export const CONTACT_CHANNEL_LABELS = {
  post: { Hans: "邮寄", Hant: "郵寄" },
  email: { Hans: "电子邮件", Hant: "電子郵件" },
  phone: { Hans: "电话", Hant: "電話" },
} as const satisfies Labels<"post" | "email" | "phone">;
