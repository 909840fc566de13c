/**
 * The rules of the 授权委托书 (authorization): who may be the agent, which powers can be given and how the
 * document names them, and what it must never authorise.
 *
 * - Litigation (民事诉讼法 第六十一条、第六十二条, legal-notes.md "When the borrower is sued"): only a lawyer, a
 *   基层法律服务工作者, the party's close relative or employee, or a citizen recommended by the party's community,
 *   employer or a relevant social group may be a litigation agent; the document states the matters and the
 *   powers; admitting, waiving or changing claims, settling, counterclaiming and appealing need 特别授权, so
 *   the document lists exactly the special powers chosen (never 「全权代理」).
 * - Negotiation and complaints (《银行业保险业消费投诉处理管理办法》第十四条, secondary): a complaint may be made
 *   through an agent with a signed 授权委托书. Any person may be that agent; an agency or a stranger is allowed
 *   but warned against (paid 代理协商 agencies are what regulators campaign against).
 * - Never authorised: receiving or handling the borrower's money, verification codes, passwords, bank cards,
 *   SIM cards or ID originals; borrowing in the borrower's name; passing the mandate on. A repayment promise or
 *   agreement only with the power "negotiate-plan", chosen explicitly — and that promise is 同意履行.
 */
import type { Labels, Script } from "../text/labels";

export const AGENT_KINDS = [
  "lawyer",
  "legal-service-worker",
  "close-relative",
  "employee",
  "community-recommended",
  "employer-recommended",
  "social-group-recommended",
  "other",
  "company",
] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];

/** 民事诉讼法 第六十一条: the kinds of person who may be entrusted as a litigation agent. */
export const LITIGATION_AGENT_KINDS: readonly AgentKind[] = [
  "lawyer",
  "legal-service-worker",
  "close-relative",
  "employee",
  "community-recommended",
  "employer-recommended",
  "social-group-recommended",
];

/** Agents who identify by a practising licence rather than an ID number. */
export const LICENSED_KINDS: readonly AgentKind[] = ["lawyer", "legal-service-worker"];
/** Kinds whose qualification is a relation to the principal: the relation must be stated. */
export const RELATION_KINDS: readonly AgentKind[] = ["close-relative", "employee"];
/** Kinds whose qualification is an organisation (their firm, or who recommended them): it must be named. */
export const ORGANISATION_KINDS: readonly AgentKind[] = [
  "lawyer",
  "legal-service-worker",
  "community-recommended",
  "employer-recommended",
  "social-group-recommended",
];

export const PURPOSES = ["negotiation", "litigation"] as const;
export type Purpose = (typeof PURPOSES)[number];

export const NEGOTIATION_POWERS = ["communicate", "request-documents", "complain", "negotiate-plan"] as const;
export type NegotiationPower = (typeof NEGOTIATION_POWERS)[number];

/** 民事诉讼法 第六十二条: the powers that need 特别授权, in the statute's order. */
export const SPECIAL_POWERS = ["admit-claims", "waive-claims", "modify-claims", "settle", "counterclaim", "appeal"] as const;
export type SpecialPower = (typeof SPECIAL_POWERS)[number];

export const AUTHORITIES = ["general", "special"] as const;
export const PARTY_ROLES = ["plaintiff", "defendant", "third-party"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** How the agent's kind is named in the qualification sentence (受托人系……). */
export const AGENT_KIND_LABELS = {
  lawyer: { Hans: "律师", Hant: "律師" },
  "legal-service-worker": { Hans: "基层法律服务工作者", Hant: "基層法律服務工作者" },
  "close-relative": { Hans: "委托人的近亲属", Hant: "委託人的近親屬" },
  employee: { Hans: "委托人的工作人员", Hant: "委託人的工作人員" },
  "community-recommended": { Hans: "委托人所在社区推荐的公民", Hant: "委託人所在社區推薦的公民" },
  "employer-recommended": { Hans: "委托人所在单位推荐的公民", Hant: "委託人所在單位推薦的公民" },
  "social-group-recommended": { Hans: "有关社会团体推荐的公民", Hant: "有關社會團體推薦的公民" },
  other: { Hans: "其他个人", Hant: "其他個人" },
  company: { Hans: "公司或其他机构", Hant: "公司或其他機構" },
} as const satisfies Labels<AgentKind>;

export const NEGOTIATION_POWER_LABELS = {
  communicate: {
    Hans: "代为与上述机构及其委托的催收机构沟通联系，了解账户情况",
    Hant: "代為與上述機構及其委託的催收機構溝通聯繫，了解賬戶情況",
  },
  "request-documents": {
    Hans: "代为查询、索取和接收借款合同、账单明细、还款记录等书面材料",
    Hant: "代為查詢、索取和接收借款合同、賬單明細、還款記錄等書面材料",
  },
  complain: {
    Hans: "代为向上述机构及有关监管部门提出投诉，提交投诉材料，接收处理意见",
    Hant: "代為向上述機構及有關監管部門提出投訴，提交投訴材料，接收處理意見",
  },
  "negotiate-plan": {
    Hans: "代为与上述机构协商还款方案（分期、延期或减免），并代为签署还款协议",
    Hant: "代為與上述機構協商還款方案（分期、延期或減免），並代為簽署還款協議",
  },
} as const satisfies Labels<NegotiationPower>;

export const SPECIAL_POWER_LABELS = {
  "admit-claims": { Hans: "代为承认诉讼请求", Hant: "代為承認訴訟請求" },
  "waive-claims": { Hans: "代为放弃诉讼请求", Hant: "代為放棄訴訟請求" },
  "modify-claims": { Hans: "代为变更诉讼请求", Hant: "代為變更訴訟請求" },
  settle: { Hans: "进行和解", Hant: "進行和解" },
  counterclaim: { Hans: "提起反诉", Hant: "提起反訴" },
  appeal: { Hans: "提起上诉", Hant: "提起上訴" },
} as const satisfies Labels<SpecialPower>;

export const PARTY_ROLE_LABELS = {
  plaintiff: { Hans: "原告", Hant: "原告" },
  defendant: { Hans: "被告", Hant: "被告" },
  "third-party": { Hans: "第三人", Hant: "第三人" },
} as const satisfies Labels<PartyRole>;

/** Who may be a litigation agent, in the words of 第六十一条, for the AGENT_NOT_ALLOWED message. */
export const WHO_MAY_ACT = {
  zh: "诉讼代理人只能是：律师、基层法律服务工作者，委托人的近亲属或者工作人员，委托人所在社区、单位以及有关社会团体推荐的公民（《民事诉讼法》第六十一条）。朋友、公司或「代理协商」机构不能作为诉讼代理人",
  en: "a litigation agent can only be a lawyer, a basic-level legal service worker, the party's close relative or employee, or a citizen recommended by the party's community, employer or a relevant social group (Civil Procedure Law art. 61); a friend, a company or a debt-negotiation agency cannot act",
} as const;

/** What the agent may never do, as list items (no final punctuation); the repayment promise unless chosen. */
export function exclusions(options: { lenders: string; repaymentPower: boolean; litigation: boolean }, script: Script): string[] {
  const hans = script === "Hans";
  const items = hans
    ? [
        options.litigation
          ? "代委托人收取、保管或转交任何款项"
          : `代委托人收取、保管或转交任何款项；委托人的还款由委托人本人直接支付至${options.lenders}的官方还款渠道`,
        "索取、接收或使用委托人的手机验证码、密码、银行卡、手机卡或身份证件原件",
        "以委托人的名义借款，或者申请贷款、信用卡",
      ]
    : [
        options.litigation
          ? "代委託人收取、保管或轉交任何款項"
          : `代委託人收取、保管或轉交任何款項；委託人的還款由委託人本人直接支付至${options.lenders}的官方還款渠道`,
        "索取、接收或使用委託人的手機驗證碼、密碼、銀行卡、手機卡或身份證件原件",
        "以委託人的名義借款，或者申請貸款、信用卡",
      ];
  if (!options.litigation && !options.repaymentPower)
    items.push(hans ? "代委托人作出还款承诺或者签署还款协议" : "代委託人作出還款承諾或者簽署還款協議");
  items.push(hans ? "将本委托转委托他人" : "將本委託轉委託他人");
  return items;
}

/** The powers a general litigation authorisation gives (no special power among them). */
export const GENERAL_LITIGATION_POWERS = {
  Hans: "代为参加诉讼，提交证据、进行质证，参加庭审、进行辩论，代为签收诉讼文书",
  Hant: "代為參加訴訟，提交證據、進行質證，參加庭審、進行辯論，代為簽收訴訟文書",
} as const;
