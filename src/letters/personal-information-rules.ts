/**
 * The vocabulary of personal-information rights (legal-notes.md, "Personal-information rights"), shared by the
 * 个人信息权利行使申请书 (`personal-information-request`) and the 投诉信 (`complaint`, topic data-misuse): the
 * rights a borrower may exercise, the kinds of personal information, the grounds for deletion and the third
 * parties a collector may have told, each with its label in both scripts and the citation it rests on.
 *
 * Which article goes with which right (cited only when the right is exercised):
 * - access and copy: 个人信息保护法 第四十五条 (the processor 「应当及时提供」); 民法典 第一千零三十七条 too;
 * - correction and completion: 个人信息保护法 第四十六条; 民法典 第一千零三十七条 (更正);
 * - deletion: 个人信息保护法 第四十七条 (purpose achieved, consent withdrawn, unlawful processing; where a legal
 *   retention period runs, processing other than storage must stop); 民法典 第一千零三十七条 only for unlawful
 *   processing (its deletion clause is about processing that breaks the law or the agreement);
 * - withdrawal of consent: 个人信息保护法 第十五条;
 * - no further disclosure to third parties: 个人信息保护法 第十条; 民法典 第一千零三十八条 only where the borrower
 *   states that a disclosure happened (the processor 「不得泄露」).
 *
 * Caution (legal-notes.md): a collection agency working for the lender is an entrusted processor (个人信息保护法
 * 第二十一条, which the citation table does not hold), not a third party that needed the borrower's separate
 * consent. Nothing here says that outsourcing collection needed consent: the third parties are people unrelated
 * to the debt (relatives, friends, colleagues, the employer, other contacts).
 */
import type { CitationId, Scripted } from "../text/citations";
import type { Labels } from "../text/labels";

/** In the order the letter takes them: consent is withdrawn before deletion is asked on that ground. */
export const PI_RIGHTS = ["access-copy", "correction", "withdraw-consent", "deletion", "stop-disclosure"] as const;
export type PiRight = (typeof PI_RIGHTS)[number];

/** How the letter and the form name each right (a heading: 「（一）查阅、复制个人信息」). */
export const PI_RIGHT_LABELS = {
  "access-copy": { Hans: "查阅、复制个人信息", Hant: "查閱、複製個人信息" },
  correction: { Hans: "更正、补充个人信息", Hant: "更正、補充個人信息" },
  deletion: { Hans: "删除个人信息", Hant: "刪除個人信息" },
  "withdraw-consent": { Hans: "撤回同意", Hant: "撤回同意" },
  "stop-disclosure": { Hans: "停止向第三人提供、透露个人信息", Hant: "停止向第三人提供、透露個人信息" },
} as const satisfies Labels<PiRight>;

/** The articles each right rests on, in the order the letter cites them (民法典 第一千零三十七条 is added per right by the letter). */
export const PI_RIGHT_CITATIONS: Readonly<Record<PiRight, readonly CitationId[]>> = {
  "access-copy": ["pipl-45"],
  correction: ["pipl-46"],
  deletion: ["pipl-47"],
  "withdraw-consent": ["pipl-15"],
  "stop-disclosure": ["pipl-10"],
};

export const INFO_CATEGORIES = [
  "identity",
  "contact-details",
  "contacts",
  "call-log",
  "sms",
  "location",
  "device",
  "photos",
  "financial-accounts",
  "collection-records",
  "other",
] as const;
export type InfoCategory = (typeof INFO_CATEGORIES)[number];

/** Kinds of personal information, as a noun phrase the letter lists with 、. */
export const INFO_CATEGORY_LABELS = {
  identity: { Hans: "身份信息（姓名、身份证号码等）", Hant: "身份信息（姓名、身份證號碼等）" },
  "contact-details": { Hans: "联系方式和住址", Hant: "聯繫方式和住址" },
  contacts: { Hans: "手机通讯录信息", Hant: "手機通訊錄信息" },
  "call-log": { Hans: "通话记录", Hant: "通話記錄" },
  sms: { Hans: "短信记录", Hant: "短信記錄" },
  location: { Hans: "位置信息", Hant: "位置信息" },
  device: { Hans: "设备信息", Hant: "設備信息" },
  photos: { Hans: "相册和照片", Hant: "相冊和照片" },
  "financial-accounts": { Hans: "银行卡等金融账户信息", Hant: "銀行卡等金融賬戶信息" },
  "collection-records": { Hans: "催收过程中的通话录音和记录", Hant: "催收過程中的通話錄音和記錄" },
  other: { Hans: "其他个人信息", Hant: "其他個人信息" },
} as const satisfies Labels<InfoCategory>;

/** The form's labels for the categories (plain words for a phone screen). */
export const INFO_CATEGORY_FORM_LABELS: Record<InfoCategory, string> = {
  identity: "身份信息（姓名、身份证号码等）",
  "contact-details": "联系方式和住址",
  contacts: "手机通讯录",
  "call-log": "通话记录",
  sms: "短信记录",
  location: "位置信息",
  device: "设备信息",
  photos: "相册和照片",
  "financial-accounts": "银行卡等金融账户信息",
  "collection-records": "催收通话录音和记录",
  other: "其他（请写明）",
};

export const DELETION_GROUNDS = ["purpose-achieved", "consent-withdrawn", "unlawful-processing"] as const;
export type DeletionGround = (typeof DELETION_GROUNDS)[number];

/** 个人信息保护法 第四十七条's grounds, as the clause the letter states (the borrower's statement, not a finding). */
export const DELETION_GROUND_LABELS = {
  "purpose-achieved": { Hans: "相关个人信息的处理目的已实现", Hant: "相關個人信息的處理目的已實現" },
  "consent-withdrawn": { Hans: "申请人已在上述第{n}项中撤回同意", Hant: "申請人已在上述第{n}項中撤回同意" },
  "unlawful-processing": {
    Hans: "申请人认为相关处理违反法律、行政法规的规定或者违反约定",
    Hant: "申請人認為相關處理違反法律、行政法規的規定或者違反約定",
  },
} as const satisfies Labels<DeletionGround>;

export const DELETION_GROUND_FORM_LABELS: Record<DeletionGround, string> = {
  "purpose-achieved": "处理目的已实现（例如借款已结清、账户已注销）",
  "consent-withdrawn": "我在这份申请里撤回同意（须同时勾选「撤回同意」）",
  "unlawful-processing": "对方违法或违反约定处理我的信息（须写明情况）",
};

export const THIRD_PARTIES = ["relatives", "friends", "colleagues", "employer", "contacts", "other"] as const;
export type ThirdParty = (typeof THIRD_PARTIES)[number];

/** People unrelated to the debt whom a collector may have told: never the lender's entrusted agency. */
export const THIRD_PARTY_LABELS = {
  relatives: { Hans: "亲属", Hant: "親屬" },
  friends: { Hans: "朋友", Hant: "朋友" },
  colleagues: { Hans: "同事", Hant: "同事" },
  employer: { Hans: "工作单位", Hant: "工作單位" },
  contacts: { Hans: "手机通讯录中的其他联系人", Hant: "手機通訊錄中的其他聯繫人" },
  other: { Hans: "其他与债务无关的人", Hant: "其他與債務無關的人" },
} as const satisfies Labels<ThirdParty>;

export const THIRD_PARTY_FORM_LABELS: Record<ThirdParty, string> = {
  relatives: "亲属",
  friends: "朋友",
  colleagues: "同事",
  employer: "工作单位",
  contacts: "通讯录里的其他人",
  other: "其他人",
};

const ENUM_COMMA: Scripted = { Hans: "、", Hant: "、" };

/**
 * The categories as the letter lists them, in the enum's order, "other" replaced by the borrower's own words
 * when given: 「手机通讯录信息、通话记录和其他个人信息（……）」 → 「手机通讯录信息、通话记录、……」.
 */
export function categoryList(categories: readonly InfoCategory[], other: string | undefined, script: "Hans" | "Hant"): string {
  return INFO_CATEGORIES.filter((c) => categories.includes(c))
    .map((c) => (c === "other" && other ? other : INFO_CATEGORY_LABELS[c][script]))
    .join(ENUM_COMMA[script]);
}

/** The third parties as the letter lists them, "other" replaced by the borrower's words when given. */
export function thirdPartyList(parties: readonly ThirdParty[], other: string | undefined, script: "Hans" | "Hant"): string {
  return THIRD_PARTIES.filter((p) => parties.includes(p))
    .map((p) => (p === "other" && other ? other : THIRD_PARTY_LABELS[p][script]))
    .join(ENUM_COMMA[script]);
}
