/**
 * Who a complaint goes to, about what, and how the letter addresses it (legal-notes.md, "Secondary" and
 * "Complaint channels a letter may name"; issue 9, letter 4), as data and pure functions:
 *
 * - first the institution itself (its complaint department): 《银行业保险业消费投诉处理管理办法》 for banks and
 *   consumer-finance companies (cited by name: the institution decides within 15 days, extendable);
 * - or the authority for the lender's kind and the topic:
 *   the NFRA's local office (国家金融监督管理总局派出机构, hotline 12378) for banks and consumer-finance companies;
 *   the local financial regulator where a microloan company is registered (地方金融管理局);
 *   the PBOC branch (12363) for credit reports and payments — it expects the institution to have been asked first;
 *   中国互联网金融协会's 互联网金融举报信息平台 for internet lending (not for bank credit cards).
 *   A complaint to an authority that does not supervise the lender kind, or does not take the topic, is refused
 *   with a message that names the authority that fits (`authorityMismatch`).
 * - The recipient is addressed as it is: 贵行 (a bank; a PBOC branch), 贵司 (a company), 贵局 (a regulator's
 *   office), 贵会 (the association), 贵方 otherwise.
 */
import type { LenderKind } from "./common";
import type { Labels, Script } from "../text/labels";

export const COMPLAINT_RECIPIENTS = ["institution", "nfra", "local-financial-regulator", "pboc", "nifa"] as const;
export type ComplaintRecipient = (typeof COMPLAINT_RECIPIENTS)[number];
export type Authority = Exclude<ComplaintRecipient, "institution">;

export const COMPLAINT_TOPICS = ["improper-collection", "credit-report", "unanswered-request", "fees-interest", "data-misuse", "other"] as const;
export type ComplaintTopic = (typeof COMPLAINT_TOPICS)[number];

export const COMPLAINT_REQUESTS = [
  "stop-collection-conduct",
  "correct-credit-record",
  "answer-request",
  "explain-charges",
  "refund-charges",
  "stop-data-misuse",
  "other",
] as const;
export type ComplaintRequest = (typeof COMPLAINT_REQUESTS)[number];

/** The topics each request fits ("other" fits every topic). */
export const REQUEST_TOPICS: Readonly<Record<ComplaintRequest, readonly ComplaintTopic[]>> = {
  "stop-collection-conduct": ["improper-collection", "data-misuse"],
  "correct-credit-record": ["credit-report"],
  "answer-request": ["unanswered-request"],
  "explain-charges": ["fees-interest"],
  "refund-charges": ["fees-interest"],
  "stop-data-misuse": ["data-misuse", "improper-collection"],
  other: COMPLAINT_TOPICS,
};

/** The letters a complaint may say went unanswered (the ids of Shuhan's letter types, and "other"). */
export const UNANSWERED_KINDS = [
  "installment-request",
  "deferral-request",
  "collection-objection",
  "debt-details-request",
  "credit-report-objection",
  "personal-information-request",
  "settlement-request",
  "settlement-certificate-request",
  "other",
] as const;
export type UnansweredKind = (typeof UNANSWERED_KINDS)[number];

/** The title the letter quotes in 《》 when the body gives none (a credit card's installment request is 个性化). */
export function unansweredTitle(kind: Exclude<UnansweredKind, "other">, lenderKind: LenderKind, script: Script): string {
  const titles: Labels<Exclude<UnansweredKind, "other">> = {
    "installment-request":
      lenderKind === "bank-credit-card"
        ? { Hans: "个性化分期还款申请书", Hant: "個性化分期還款申請書" }
        : { Hans: "分期还款申请书", Hant: "分期還款申請書" },
    "deferral-request": { Hans: "延期还款申请书", Hant: "延期還款申請書" },
    "collection-objection": { Hans: "关于停止不当催收行为的告知函", Hant: "關於停止不當催收行為的告知函" },
    "debt-details-request": { Hans: "债务明细及债权凭证查询函", Hant: "債務明細及債權憑證查詢函" },
    "credit-report-objection": { Hans: "征信异议申请书", Hant: "徵信異議申請書" },
    "personal-information-request": { Hans: "个人信息权利行使申请书", Hant: "個人信息權利行使申請書" },
    "settlement-request": { Hans: "一次性结清减免申请书", Hant: "一次性結清減免申請書" },
    "settlement-certificate-request": { Hans: "结清证明申请", Hant: "結清證明申請" },
  };
  return titles[kind][script];
}

export const SENT_VIAS = ["ems", "post", "app", "email", "phone", "in-person", "other"] as const;
export type SentVia = (typeof SENT_VIAS)[number];

/** How something was sent, as the letter says it: 「通过EMS邮寄」. */
export const SENT_VIA_LABELS = {
  ems: { Hans: "通过EMS邮寄", Hant: "通過EMS郵寄" },
  post: { Hans: "通过邮寄", Hant: "通過郵寄" },
  app: { Hans: "通过App在线客服", Hant: "通過App在線客服" },
  email: { Hans: "通过电子邮件", Hant: "通過電子郵件" },
  phone: { Hans: "通过电话", Hant: "通過電話" },
  "in-person": { Hans: "到营业场所当面", Hant: "到營業場所當面" },
  other: { Hans: "", Hant: "" },
} as const satisfies Labels<SentVia>;

export const SENT_VIA_FORM_LABELS: Record<SentVia, string> = {
  ems: "EMS",
  post: "普通邮寄",
  app: "App在线客服",
  email: "电子邮件",
  phone: "电话",
  "in-person": "当面递交",
  other: "其他",
};

/** Lender kinds the NFRA (and 12378) supervises as banks or consumer-finance companies. */
const NFRA_KINDS: readonly LenderKind[] = ["bank-credit-card", "bank-loan", "consumer-finance"];
/** Internet lending, which 中国互联网金融协会's reporting platform takes (not bank credit cards). */
const NIFA_KINDS: readonly LenderKind[] = ["bank-loan", "consumer-finance", "microloan", "other"];
/** The topics the PBOC branch takes: credit reports, and payments (described under "other"). */
const PBOC_TOPICS: readonly ComplaintTopic[] = ["credit-report", "other"];

export interface ComplaintRouting {
  lenderKind: LenderKind;
  topic: ComplaintTopic;
  /** For an unanswered request: which letter it was (a credit-report objection goes to the PBOC). */
  unansweredKind?: UnansweredKind;
}

/** Whether an authority takes this complaint: it supervises the lender kind and takes the topic. */
export function authorityFits(authority: Authority, routing: ComplaintRouting): boolean {
  const credit = routing.topic === "credit-report" || (routing.topic === "unanswered-request" && routing.unansweredKind === "credit-report-objection");
  switch (authority) {
    case "nfra":
      return NFRA_KINDS.includes(routing.lenderKind) && !credit;
    case "local-financial-regulator":
      return routing.lenderKind === "microloan" && !credit;
    case "pboc":
      return credit || PBOC_TOPICS.includes(routing.topic);
    case "nifa":
      return NIFA_KINDS.includes(routing.lenderKind) && !credit;
  }
}

/** The authorities that take this complaint, the supervising regulator first. */
export function fittingAuthorities(routing: ComplaintRouting): Authority[] {
  const order: Authority[] = ["pboc", "nfra", "local-financial-regulator", "nifa"];
  const credit = routing.topic === "credit-report" || (routing.topic === "unanswered-request" && routing.unansweredKind === "credit-report-objection");
  // Under "other", the PBOC is for payments: list it after the regulator of the lender kind.
  const ordered = credit ? order : [...order.slice(1), "pboc" as const];
  return ordered.filter((a) => authorityFits(a, routing));
}

/** How the letter, the form and error messages name each authority (with its hotline, where it has one). */
export const AUTHORITY_NAMES = {
  nfra: { Hans: "国家金融监督管理总局当地派出机构（监管局，热线12378）", Hant: "國家金融監督管理總局當地派出機構（監管局，熱線12378）" },
  "local-financial-regulator": { Hans: "小额贷款公司注册地的地方金融管理局", Hant: "小額貸款公司註冊地的地方金融管理局" },
  pboc: { Hans: "中国人民银行当地分支机构（热线12363）", Hant: "中國人民銀行當地分支機構（熱線12363）" },
  nifa: { Hans: "中国互联网金融协会（互联网金融举报信息平台）", Hant: "中國互聯網金融協會（互聯網金融舉報信息平台）" },
} as const satisfies Labels<Authority>;

const AUTHORITY_EN: Record<Authority, string> = {
  nfra: "the NFRA's local office (hotline 12378)",
  "local-financial-regulator": "the local financial regulator where the microloan company is registered",
  pboc: "the PBOC's local branch (hotline 12363)",
  nifa: "the National Internet Finance Association (its reporting platform)",
};

const WHO_SUPERVISES: Record<Authority, { zh: string; en: string }> = {
  nfra: { zh: "国家金融监督管理总局监管银行和消费金融公司，不受理征信问题", en: "the NFRA supervises banks and consumer-finance companies and does not take credit-report complaints" },
  "local-financial-regulator": {
    zh: "地方金融管理局监管在当地注册的小额贷款公司，不受理征信问题",
    en: "the local financial regulator supervises the microloan companies registered there and does not take credit-report complaints",
  },
  pboc: { zh: "中国人民银行分支机构受理征信和支付方面的投诉", en: "the PBOC branch takes complaints about credit reports and payments" },
  nifa: { zh: "互联网金融举报信息平台受理互联网金融方面的举报，不受理信用卡和征信问题", en: "the internet-finance reporting platform takes internet lending, not credit cards or credit reports" },
};

/**
 * Why this authority does not take this complaint and which one does, or undefined when it fits. The message
 * names the fitting authorities with the value to choose (recipient.kind), and always the institution itself.
 */
export function authorityMismatch(authority: Authority, routing: ComplaintRouting): { zh: string; en: string } | undefined {
  if (authorityFits(authority, routing)) return undefined;
  const fits = fittingAuthorities(routing);
  const zh = fits.map((a) => `${AUTHORITY_NAMES[a].Hans}（${a}）`).join("、");
  const en = fits.map((a) => `${AUTHORITY_EN[a]} (${a})`).join(", ");
  return {
    zh: `${WHO_SUPERVISES[authority].zh}。这封投诉${zh ? `应寄给：${zh}；也` : ""}可以先寄给机构本身`,
    en: `${WHO_SUPERVISES[authority].en}. ${en ? `Send this complaint to ${en}, or` : "Send it"} first to the institution itself (institution)`,
  };
}

/** An authority's form of address by the end of its name (typed in either script). */
const BY_SUFFIX: readonly [RegExp, { Hans: string; Hant: string }][] = [
  [/局$/, { Hans: "贵局", Hant: "貴局" }],
  [/(办|辦|办公室|辦公室)$/, { Hans: "贵办", Hant: "貴辦" }],
  [/(委|委员会|委員會)$/, { Hans: "贵委", Hant: "貴委" }],
  [/行$/, { Hans: "贵行", Hant: "貴行" }],
  [/中心$/, { Hans: "贵中心", Hant: "貴中心" }],
  [/(协会|協會)$/, { Hans: "贵会", Hant: "貴會" }],
];
const AUTHORITY_DEFAULT_YOU: Labels<Authority> = {
  nfra: { Hans: "贵局", Hant: "貴局" },
  "local-financial-regulator": { Hans: "贵局", Hant: "貴局" },
  pboc: { Hans: "贵行", Hant: "貴行" },
  nifa: { Hans: "贵会", Hant: "貴會" },
};

/**
 * How the letter addresses an authority, from the end of its name: 「国家金融监督管理总局北京监管局」 → 贵局,
 * 「中国人民银行上海市分行」 → 贵行, 「中国互联网金融协会」 → 贵会; a name that ends otherwise gets the form usual for
 * that authority (贵局 for a regulator, 贵行 for the PBOC).
 */
export function authorityYou(authority: Authority, name: string, script: Script): string {
  for (const [suffix, you] of BY_SUFFIX) if (suffix.test(name)) return you[script];
  return AUTHORITY_DEFAULT_YOU[authority][script];
}

/** The 中国互联网金融协会 as the letter names it when the body gives no name. */
export const NIFA_NAME = { Hans: "中国互联网金融协会", Hant: "中國互聯網金融協會" } as const;
