/**
 * The legal sources Shuhan's letters may cite, as ONE reviewable data table (legal-notes.md: "Templates hold
 * the citations as data (one table in `src/text/`), with an `asOf` date and a source").
 *
 * Rules this table encodes (legal-notes.md, "What the product must not do"):
 * - Only sources listed in legal-notes.md; no invented article numbers. Where legal-notes says the number is
 *   unverified (治安管理处罚法, revised with effect from 2026-01-01) `article` is undefined and the law is cited
 *   by name only. Secondary sources whose article legal-notes does not give are cited by name only as well.
 * - `gist` is OUR paraphrase of legal-notes, never presented as a quotation of the statute.
 * - `appliesTo` limits where a source may be cited: 信用卡办法 only for bank credit cards; 民间借贷规定 only for
 *   private lending (never against banks, consumer-finance companies or licensed microloan companies);
 *   刑法第二百九十三条之一 only when the request says the debt itself is illegal. `citationApplies` checks it.
 * - Names of mainland laws in Traditional script are the character-by-character conversion of the official
 *   name (《中華人民共和國個人信息保護法》), not a Taiwanese rewording (個人資料/資訊): a law's name is a proper name.
 */
import type { LenderKind } from "../letters/common";
import type { Script } from "./labels";

export type { Script } from "./labels";

export const CITATION_IDS = [
  "civil-code-1024",
  "civil-code-1032",
  "civil-code-1033-1",
  "civil-code-1034",
  "civil-code-1038",
  "civil-code-678",
  "civil-code-585",
  "pipl-10",
  "pipl-28",
  "pipl-44-45-47",
  "pipl-50",
  "criminal-law-293-1",
  "private-lending-provisions",
  "credit-card-measures-68",
  "credit-card-measures-69",
  "credit-card-measures-70",
  "credit-card-notice-2022",
  "cba-collection-guideline-2026",
  "nifa-collection-guideline-2024",
  "gbt-45251-2025",
  "complaint-measures-2020",
  "public-security-penalties-law",
  // Added December 2026 (legal-notes.md, the new verified sections and their secondary notes):
  "civil-code-188",
  "civil-code-189",
  "civil-code-192",
  "civil-code-193",
  "civil-code-195",
  "limitation-provisions-14",
  "limitation-provisions-17",
  "limitation-provisions-19",
  "civil-code-546",
  "civil-code-548",
  "contract-interpretation-48",
  "contract-interpretation-49-2",
  "contract-interpretation-64",
  "contract-interpretation-65",
  "credit-regulation-15",
  "credit-regulation-16",
  "credit-regulation-17",
  "credit-regulation-25",
  "credit-regulation-26",
  "civil-code-1029",
  "civil-code-1037",
  "pipl-15",
  "pipl-45",
  "pipl-46",
  "pipl-47",
  "pipl-65",
  "civil-procedure-61-62",
  "civil-procedure-128",
  "civil-procedure-130",
  "civil-procedure-165",
  "civil-procedure-interpretation-31",
  "internet-court-provisions-2",
  "complaint-measures-2020-14",
  "consumer-protection-measures-2023",
  "financing-cost-disclosure-2026",
  "consumer-finance-measures-2024",
] as const;
export type CitationId = (typeof CITATION_IDS)[number];

export type CitationKind = "law" | "judicial-interpretation" | "regulation" | "self-regulation" | "standard";

/** A string in both scripts. */
export interface Scripted {
  Hans: string;
  Hant: string;
}

export const SOURCE_NOTES = {
  verified: "legal-notes.md: verified against the statute text",
  secondary: "legal-notes.md: consistent in several secondary copies",
  byName: "legal-notes.md: secondary, cited by name without article numbers",
} as const;
export type SourceNote = (typeof SOURCE_NOTES)[keyof typeof SOURCE_NOTES];

/** Where a source may be cited. Absent limits mean "any lawful or unlawful debt, any lender kind". */
export interface AppliesTo {
  /** Only against these lender kinds (design.md `lender.kind`). */
  lenderKinds?: readonly LenderKind[];
  /** Only when the request says the debt itself is illegal (高利贷, 套路贷): 刑法第二百九十三条之一. */
  illegalDebtOnly?: boolean;
  /** Only between private parties (民间借贷); never against banks, consumer-finance or licensed microloan companies. */
  privateLendingOnly?: boolean;
}

export interface CitationEntry {
  id: CitationId;
  kind: CitationKind;
  /** The source's name: `full` on first use (《中华人民共和国民法典》), `short` after (《民法典》). */
  source: { full: Scripted; short: Scripted };
  /** 第五百八十五条 …; undefined where the source is cited by name only. */
  article?: Scripted;
  /**
   * One line: what the provision says, paraphrased from legal-notes.md (not a quotation, never in quotation
   * marks). A complete clause ending in 。, so a letter may print "根据<cite>，<gist>".
   */
  gist: Scripted;
  appliesTo: AppliesTo;
  /** When the entry was last checked against legal-notes.md. */
  asOf: "2026-11" | "2026-12";
  sourceNote: SourceNote;
}

// Source names, written once.
const CIVIL_CODE = {
  full: { Hans: "《中华人民共和国民法典》", Hant: "《中華人民共和國民法典》" },
  short: { Hans: "《民法典》", Hant: "《民法典》" },
};
const PIPL = {
  full: { Hans: "《中华人民共和国个人信息保护法》", Hant: "《中華人民共和國個人信息保護法》" },
  short: { Hans: "《个人信息保护法》", Hant: "《個人信息保護法》" },
};
const CRIMINAL_LAW = {
  full: { Hans: "《中华人民共和国刑法》", Hant: "《中華人民共和國刑法》" },
  short: { Hans: "《刑法》", Hant: "《刑法》" },
};
const LIMITATION_PROVISIONS = {
  full: {
    Hans: "最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》",
    Hant: "最高人民法院《關於審理民事案件適用訴訟時效制度若干問題的規定》",
  },
  short: { Hans: "《诉讼时效规定》", Hant: "《訴訟時效規定》" },
};
const CONTRACT_INTERPRETATION = {
  full: {
    Hans: "最高人民法院《关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》",
    Hant: "最高人民法院《關於適用〈中華人民共和國民法典〉合同編通則若干問題的解釋》",
  },
  short: { Hans: "《合同编通则解释》", Hant: "《合同編通則解釋》" },
};
const CREDIT_REGULATION = {
  full: { Hans: "《征信业管理条例》", Hant: "《徵信業管理條例》" },
  short: { Hans: "《征信业管理条例》", Hant: "《徵信業管理條例》" },
};
const CIVIL_PROCEDURE = {
  full: { Hans: "《中华人民共和国民事诉讼法》", Hant: "《中華人民共和國民事訴訟法》" },
  short: { Hans: "《民事诉讼法》", Hant: "《民事訴訟法》" },
};
const CIVIL_PROCEDURE_INTERPRETATION = {
  full: {
    Hans: "最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》",
    Hant: "最高人民法院《關於適用〈中華人民共和國民事訴訟法〉的解釋》",
  },
  short: { Hans: "《民事诉讼法解释》", Hant: "《民事訴訟法解釋》" },
};
const INTERNET_COURT_PROVISIONS = {
  full: { Hans: "最高人民法院《关于互联网法院审理案件若干问题的规定》", Hant: "最高人民法院《關於互聯網法院審理案件若干問題的規定》" },
  short: { Hans: "《互联网法院规定》", Hant: "《互聯網法院規定》" },
};
const COMPLAINT_MEASURES = {
  full: { Hans: "《银行业保险业消费投诉处理管理办法》", Hant: "《銀行業保險業消費投訴處理管理辦法》" },
  short: { Hans: "《银行业保险业消费投诉处理管理办法》", Hant: "《銀行業保險業消費投訴處理管理辦法》" },
};
const CONSUMER_PROTECTION_MEASURES = {
  full: { Hans: "《银行保险机构消费者权益保护管理办法》", Hant: "《銀行保險機構消費者權益保護管理辦法》" },
  short: { Hans: "《银行保险机构消费者权益保护管理办法》", Hant: "《銀行保險機構消費者權益保護管理辦法》" },
};
const FINANCING_COST_DISCLOSURE = {
  full: { Hans: "《个人贷款业务明示综合融资成本规定》", Hant: "《個人貸款業務明示綜合融資成本規定》" },
  short: { Hans: "《个人贷款业务明示综合融资成本规定》", Hant: "《個人貸款業務明示綜合融資成本規定》" },
};
const CONSUMER_FINANCE_MEASURES = {
  full: { Hans: "《消费金融公司管理办法》", Hant: "《消費金融公司管理辦法》" },
  short: { Hans: "《消费金融公司管理办法》", Hant: "《消費金融公司管理辦法》" },
};
const CREDIT_CARD_MEASURES = {
  full: { Hans: "《商业银行信用卡业务监督管理办法》", Hant: "《商業銀行信用卡業務監督管理辦法》" },
  short: { Hans: "《信用卡业务监督管理办法》", Hant: "《信用卡業務監督管理辦法》" },
};

/** Lender kinds supervised by the 国家金融监督管理总局 as banks or consumer-finance companies. */
const BANKS_AND_CONSUMER_FINANCE: readonly LenderKind[] = ["bank-credit-card", "bank-loan", "consumer-finance"];
/** Internet consumer credit (网络消费信贷): banks' online loans, consumer-finance and microloan companies. */
const INTERNET_CONSUMER_CREDIT: readonly LenderKind[] = ["bank-loan", "consumer-finance", "microloan"];

const V = SOURCE_NOTES.verified;
const S = SOURCE_NOTES.secondary;
const N = SOURCE_NOTES.byName;

export const CITATIONS: Readonly<Record<CitationId, CitationEntry>> = {
  "civil-code-1024": {
    id: "civil-code-1024",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零二十四条", Hant: "第一千零二十四條" },
    gist: {
      Hans: "民事主体享有名誉权，名誉包括对其信用的社会评价；任何组织或者个人不得以侮辱、诽谤等方式侵害他人名誉权。",
      Hant: "民事主體享有名譽權，名譽包括對其信用的社會評價；任何組織或者個人不得以侮辱、誹謗等方式侵害他人名譽權。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-1032": {
    id: "civil-code-1032",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零三十二条", Hant: "第一千零三十二條" },
    gist: {
      Hans: "自然人享有隐私权，隐私包括私人生活安宁；任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人隐私权。",
      Hant: "自然人享有隱私權，隱私包括私人生活安寧；任何組織或者個人不得以刺探、侵擾、洩露、公開等方式侵害他人隱私權。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-1033-1": {
    id: "civil-code-1033-1",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零三十三条第（一）项", Hant: "第一千零三十三條第（一）項" },
    gist: {
      Hans: "除法律另有规定或者权利人明确同意外，不得以电话、短信、即时通讯工具、电子邮件等方式侵扰他人的私人生活安宁。",
      Hant: "除法律另有規定或者權利人明確同意外，不得以電話、短信、即時通訊工具、電子郵件等方式侵擾他人的私人生活安寧。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-1034": {
    id: "civil-code-1034",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零三十四条", Hant: "第一千零三十四條" },
    gist: {
      Hans: "自然人的个人信息（包括电话号码、住址等）受法律保护。",
      Hant: "自然人的個人信息（包括電話號碼、住址等）受法律保護。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-1038": {
    id: "civil-code-1038",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零三十八条", Hant: "第一千零三十八條" },
    gist: {
      Hans: "信息处理者不得泄露其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息。",
      Hant: "信息處理者不得洩露其收集、存儲的個人信息；未經自然人同意，不得向他人非法提供其個人信息。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-678": {
    id: "civil-code-678",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第六百七十八条", Hant: "第六百七十八條" },
    gist: {
      Hans: "借款人可以在还款期限届满前向贷款人申请展期；贷款人同意的，可以展期。",
      Hant: "借款人可以在還款期限屆滿前向貸款人申請展期；貸款人同意的，可以展期。",
    },
    // A right to ask, not to obtain: letters phrase it as a request the lender may grant.
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "civil-code-585": {
    id: "civil-code-585",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第五百八十五条", Hant: "第五百八十五條" },
    gist: {
      Hans: "约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。",
      Hant: "約定的違約金過分高於造成的損失的，人民法院或者仲裁機構可以根據當事人的請求予以適當減少。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "pipl-10": {
    id: "pipl-10",
    kind: "law",
    source: PIPL,
    article: { Hans: "第十条", Hant: "第十條" },
    gist: {
      Hans: "任何组织、个人不得非法收集、使用、加工、传输他人个人信息，不得非法买卖、提供或者公开他人个人信息。",
      Hant: "任何組織、個人不得非法收集、使用、加工、傳輸他人個人信息，不得非法買賣、提供或者公開他人個人信息。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "pipl-28": {
    id: "pipl-28",
    kind: "law",
    source: PIPL,
    article: { Hans: "第二十八条", Hant: "第二十八條" },
    gist: {
      Hans: "金融账户等信息属于敏感个人信息，处理时须有特定目的和充分必要性，并采取严格保护措施。",
      Hant: "金融賬戶等信息屬於敏感個人信息，處理時須有特定目的和充分必要性，並採取嚴格保護措施。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "pipl-44-45-47": {
    id: "pipl-44-45-47",
    kind: "law",
    source: PIPL,
    article: { Hans: "第四十四条、第四十五条、第四十七条", Hant: "第四十四條、第四十五條、第四十七條" },
    gist: {
      Hans: "个人有权限制或者拒绝他人对其个人信息进行处理，有权查阅、复制其个人信息，并有权请求删除违法处理的个人信息。",
      Hant: "個人有權限制或者拒絕他人對其個人信息進行處理，有權查閱、複製其個人信息，並有權請求刪除違法處理的個人信息。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "pipl-50": {
    id: "pipl-50",
    kind: "law",
    source: PIPL,
    article: { Hans: "第五十条", Hant: "第五十條" },
    gist: {
      Hans: "个人信息处理者拒绝个人行使权利的请求的，应当说明理由；个人可以依法向人民法院提起诉讼。",
      Hant: "個人信息處理者拒絕個人行使權利的請求的，應當說明理由；個人可以依法向人民法院提起訴訟。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: V,
  },
  "criminal-law-293-1": {
    id: "criminal-law-293-1",
    kind: "law",
    source: CRIMINAL_LAW,
    article: { Hans: "第二百九十三条之一", Hant: "第二百九十三條之一" },
    gist: {
      Hans: "催收非法债务罪：以暴力、胁迫、恐吓、跟踪、骚扰等方式催收高利放贷等产生的非法债务，情节严重的，构成犯罪。",
      Hant: "催收非法債務罪：以暴力、脅迫、恐嚇、跟蹤、騷擾等方式催收高利放貸等產生的非法債務，情節嚴重的，構成犯罪。",
    },
    // Never against a lawful debt (花呗, 借呗, bank cards, licensed lenders): only when the request says the
    // debt itself is illegal, and never against a licensed lender kind.
    appliesTo: { illegalDebtOnly: true, lenderKinds: ["other"] },
    asOf: "2026-11",
    sourceNote: V,
  },
  "private-lending-provisions": {
    id: "private-lending-provisions",
    kind: "judicial-interpretation",
    source: {
      full: {
        Hans: "最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》",
        Hant: "最高人民法院《關於審理民間借貸案件適用法律若干問題的規定》",
      },
      short: { Hans: "《民间借贷规定》", Hant: "《民間借貸規定》" },
    },
    article: { Hans: "第二十五条、第二十八条、第二十九条", Hant: "第二十五條、第二十八條、第二十九條" },
    gist: {
      Hans: "民间借贷中，超过合同成立时一年期贷款市场报价利率四倍的利息，人民法院不予支持。",
      Hant: "民間借貸中，超過合同成立時一年期貸款市場報價利率四倍的利息，人民法院不予支持。",
    },
    // Not for banks, consumer-finance companies or licensed 小额贷款公司 (第一条第二款 and the 2020 批复).
    appliesTo: { privateLendingOnly: true, lenderKinds: ["other"] },
    asOf: "2026-11",
    sourceNote: V,
  },
  "credit-card-measures-68": {
    id: "credit-card-measures-68",
    kind: "regulation",
    source: CREDIT_CARD_MEASURES,
    article: { Hans: "第六十八条", Hant: "第六十八條" },
    gist: {
      Hans: "发卡银行只能向债务人本人及其担保人催收，不得对与债务无关的第三人进行催收，不得采用暴力、胁迫、恐吓或辱骂等不当手段，催收应当留存记录。",
      Hant: "發卡銀行只能向債務人本人及其擔保人催收，不得對與債務無關的第三人進行催收，不得採用暴力、脅迫、恐嚇或辱罵等不當手段，催收應當留存記錄。",
    },
    appliesTo: { lenderKinds: ["bank-credit-card"] },
    asOf: "2026-11",
    sourceNote: S,
  },
  "credit-card-measures-69": {
    id: "credit-card-measures-69",
    kind: "regulation",
    source: CREDIT_CARD_MEASURES,
    article: { Hans: "第六十九条", Hant: "第六十九條" },
    gist: {
      Hans: "催收函件应当载明欠款金额、催收原因和依据以及查询、提出异议的方式；持卡人提出异议的，发卡银行应当核实。",
      Hant: "催收函件應當載明欠款金額、催收原因和依據以及查詢、提出異議的方式；持卡人提出異議的，發卡銀行應當核實。",
    },
    appliesTo: { lenderKinds: ["bank-credit-card"] },
    asOf: "2026-11",
    sourceNote: S,
  },
  "credit-card-measures-70": {
    id: "credit-card-measures-70",
    kind: "regulation",
    source: CREDIT_CARD_MEASURES,
    article: { Hans: "第七十条", Hant: "第七十條" },
    gist: {
      Hans: "持卡人欠款超出其还款能力但仍有还款意愿的，发卡银行可以与其协商个性化分期还款协议，最长期限不超过5年。",
      Hant: "持卡人欠款超出其還款能力但仍有還款意願的，發卡銀行可以與其協商個性化分期還款協議，最長期限不超過5年。",
    },
    appliesTo: { lenderKinds: ["bank-credit-card"] },
    asOf: "2026-11",
    sourceNote: S,
  },
  "credit-card-notice-2022": {
    id: "credit-card-notice-2022",
    kind: "regulation",
    source: {
      full: {
        Hans: "中国银保监会、中国人民银行《关于进一步促进信用卡业务规范健康发展的通知》",
        Hant: "中國銀保監會、中國人民銀行《關於進一步促進信用卡業務規範健康發展的通知》",
      },
      short: {
        Hans: "《关于进一步促进信用卡业务规范健康发展的通知》",
        Hant: "《關於進一步促進信用卡業務規範健康發展的通知》",
      },
    },
    gist: {
      Hans: "信用卡分期业务的期限最长不超过5年，分期业务的费用应当以年化利率等方式明示。",
      Hant: "信用卡分期業務的期限最長不超過5年，分期業務的費用應當以年化利率等方式明示。",
    },
    appliesTo: { lenderKinds: ["bank-credit-card"] },
    asOf: "2026-11",
    sourceNote: S,
  },
  "cba-collection-guideline-2026": {
    id: "cba-collection-guideline-2026",
    kind: "self-regulation",
    source: {
      full: {
        Hans: "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》",
        Hant: "中國銀行業協會《金融機構個人消費類貸款催收工作指引（試行）》",
      },
      short: { Hans: "《金融机构个人消费类贷款催收工作指引（试行）》", Hant: "《金融機構個人消費類貸款催收工作指引（試行）》" },
    },
    gist: {
      Hans: "行业自律规范：未经同意不得在22:00至次日08:00催收；同一号码每日未接通呼叫不超过6次；首次联系应表明身份；不得向第三人透露债务；不得冒充公检法或政府机关，不得夸大欠款金额或法律后果；未经同意不得上门或到工作单位催收。",
      Hant: "行業自律規範：未經同意不得在22:00至次日08:00催收；同一號碼每日未接通呼叫不超過6次；首次聯繫應表明身份；不得向第三人透露債務；不得冒充公檢法或政府機關，不得誇大欠款金額或法律後果；未經同意不得上門或到工作單位催收。",
    },
    appliesTo: { lenderKinds: BANKS_AND_CONSUMER_FINANCE },
    asOf: "2026-11",
    sourceNote: S,
  },
  "nifa-collection-guideline-2024": {
    id: "nifa-collection-guideline-2024",
    kind: "self-regulation",
    source: {
      full: {
        Hans: "中国互联网金融协会《互联网金融贷后催收业务指引》",
        Hant: "中國互聯網金融協會《互聯網金融貸後催收業務指引》",
      },
      short: { Hans: "《互联网金融贷后催收业务指引》", Hant: "《互聯網金融貸後催收業務指引》" },
    },
    gist: {
      Hans: "行业自律规范：规范互联网金融贷后催收行为，22:00以后不得催收。",
      Hant: "行業自律規範：規範互聯網金融貸後催收行為，22:00以後不得催收。",
    },
    appliesTo: { lenderKinds: INTERNET_CONSUMER_CREDIT },
    asOf: "2026-11",
    sourceNote: S,
  },
  "gbt-45251-2025": {
    id: "gbt-45251-2025",
    kind: "standard",
    source: {
      full: {
        Hans: "GB/T 45251-2025《互联网金融个人网络消费信贷贷后催收风控指引》",
        Hant: "GB/T 45251-2025《互聯網金融個人網絡消費信貸貸後催收風控指引》",
      },
      short: { Hans: "GB/T 45251-2025", Hant: "GB/T 45251-2025" },
    },
    gist: {
      Hans: "国家标准：规范个人网络消费信贷的贷后催收及其风险控制，22:00以后不得催收。",
      Hant: "國家標準：規範個人網絡消費信貸的貸後催收及其風險控制，22:00以後不得催收。",
    },
    appliesTo: { lenderKinds: INTERNET_CONSUMER_CREDIT },
    asOf: "2026-11",
    sourceNote: S,
  },
  "complaint-measures-2020": {
    id: "complaint-measures-2020",
    kind: "regulation",
    source: {
      full: { Hans: "《银行业保险业消费投诉处理管理办法》", Hant: "《銀行業保險業消費投訴處理管理辦法》" },
      short: { Hans: "《银行业保险业消费投诉处理管理办法》", Hant: "《銀行業保險業消費投訴處理管理辦法》" },
    },
    gist: {
      Hans: "银行业保险业机构应当在15日内对消费投诉作出处理决定，情况复杂的可以延长，最长不超过60日；投诉可以委托他人代为提出。",
      Hant: "銀行業保險業機構應當在15日內對消費投訴作出處理決定，情況複雜的可以延長，最長不超過60日；投訴可以委託他人代為提出。",
    },
    appliesTo: { lenderKinds: BANKS_AND_CONSUMER_FINANCE },
    asOf: "2026-11",
    sourceNote: S,
  },
  "public-security-penalties-law": {
    id: "public-security-penalties-law",
    kind: "law",
    source: {
      full: { Hans: "《中华人民共和国治安管理处罚法》", Hant: "《中華人民共和國治安管理處罰法》" },
      short: { Hans: "《治安管理处罚法》", Hant: "《治安管理處罰法》" },
    },
    // Revised with effect from 2026-01-01; the new article numbers are unverified: cite by name only.
    gist: {
      Hans: "写恐吓信或者以其他方法威胁他人人身安全、公然侮辱他人、多次发送侮辱恐吓等信息干扰他人正常生活、散布他人隐私的，依法予以治安管理处罚。",
      Hant: "寫恐嚇信或者以其他方法威脅他人人身安全、公然侮辱他人、多次發送侮辱恐嚇等信息干擾他人正常生活、散佈他人隱私的，依法予以治安管理處罰。",
    },
    appliesTo: {},
    asOf: "2026-11",
    sourceNote: S,
  },
  "civil-code-188": {
    id: "civil-code-188",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一百八十八条", Hant: "第一百八十八條" },
    gist: {
      Hans: "向人民法院请求保护民事权利的诉讼时效期间为三年，自权利人知道或者应当知道权利受到损害以及义务人之日起计算。",
      Hant: "向人民法院請求保護民事權利的訴訟時效期間為三年，自權利人知道或者應當知道權利受到損害以及義務人之日起計算。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-189": {
    id: "civil-code-189",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一百八十九条", Hant: "第一百八十九條" },
    gist: {
      Hans: "当事人约定同一债务分期履行的，诉讼时效期间自最后一期履行期限届满之日起计算。",
      Hant: "當事人約定同一債務分期履行的，訴訟時效期間自最後一期履行期限屆滿之日起計算。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-192": {
    id: "civil-code-192",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一百九十二条", Hant: "第一百九十二條" },
    gist: {
      Hans: "诉讼时效期间届满的，义务人可以提出不履行义务的抗辩；诉讼时效期间届满后，义务人同意履行的，不得以诉讼时效期间届满为由抗辩。",
      Hant: "訴訟時效期間屆滿的，義務人可以提出不履行義務的抗辯；訴訟時效期間屆滿後，義務人同意履行的，不得以訴訟時效期間屆滿為由抗辯。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-193": {
    id: "civil-code-193",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一百九十三条", Hant: "第一百九十三條" },
    gist: {
      Hans: "人民法院不得主动适用诉讼时效的规定。",
      Hant: "人民法院不得主動適用訴訟時效的規定。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-195": {
    id: "civil-code-195",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一百九十五条", Hant: "第一百九十五條" },
    gist: {
      Hans: "权利人向义务人提出履行请求、义务人同意履行义务、权利人提起诉讼或者申请仲裁的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算。",
      Hant: "權利人向義務人提出履行請求、義務人同意履行義務、權利人提起訴訟或者申請仲裁的，訴訟時效中斷，從中斷、有關程序終結時起，訴訟時效期間重新計算。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "limitation-provisions-14": {
    id: "limitation-provisions-14",
    kind: "judicial-interpretation",
    source: LIMITATION_PROVISIONS,
    article: { Hans: "第十四条", Hant: "第十四條" },
    gist: {
      Hans: "义务人作出分期履行、部分履行、提供担保、请求延期履行、制定清偿债务计划等承诺或者行为的，应当认定为同意履行义务。",
      Hant: "義務人作出分期履行、部分履行、提供擔保、請求延期履行、制定清償債務計劃等承諾或者行為的，應當認定為同意履行義務。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "limitation-provisions-17": {
    id: "limitation-provisions-17",
    kind: "judicial-interpretation",
    source: LIMITATION_PROVISIONS,
    article: { Hans: "第十七条", Hant: "第十七條" },
    gist: {
      Hans: "债权转让的，诉讼时效从债权转让通知到达债务人之日起中断。",
      Hant: "債權轉讓的，訴訟時效從債權轉讓通知到達債務人之日起中斷。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "limitation-provisions-19": {
    id: "limitation-provisions-19",
    kind: "judicial-interpretation",
    source: LIMITATION_PROVISIONS,
    article: { Hans: "第十九条", Hant: "第十九條" },
    gist: {
      Hans: "诉讼时效期间届满，义务人作出同意履行义务的意思表示或者自愿履行义务后，又以诉讼时效期间届满为由进行抗辩的，人民法院不予支持。",
      Hant: "訴訟時效期間屆滿，義務人作出同意履行義務的意思表示或者自願履行義務後，又以訴訟時效期間屆滿為由進行抗辯的，人民法院不予支持。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-546": {
    id: "civil-code-546",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第五百四十六条", Hant: "第五百四十六條" },
    gist: {
      Hans: "债权人转让债权，未通知债务人的，该转让对债务人不发生效力。",
      Hant: "債權人轉讓債權，未通知債務人的，該轉讓對債務人不發生效力。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-548": {
    id: "civil-code-548",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第五百四十八条", Hant: "第五百四十八條" },
    gist: {
      Hans: "债务人接到债权转让通知后，债务人对让与人的抗辩，可以向受让人主张。",
      Hant: "債務人接到債權轉讓通知後，債務人對讓與人的抗辯，可以向受讓人主張。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "contract-interpretation-48": {
    id: "contract-interpretation-48",
    kind: "judicial-interpretation",
    source: CONTRACT_INTERPRETATION,
    article: { Hans: "第四十八条", Hant: "第四十八條" },
    gist: {
      Hans: "债务人在接到债权转让通知前已向让与人履行的，可以发生清偿的效力；让与人未通知债务人的，债权转让自受让人的起诉状副本送达债务人时对债务人发生效力。",
      Hant: "債務人在接到債權轉讓通知前已向讓與人履行的，可以發生清償的效力；讓與人未通知債務人的，債權轉讓自受讓人的起訴狀副本送達債務人時對債務人發生效力。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "contract-interpretation-49-2": {
    id: "contract-interpretation-49-2",
    kind: "judicial-interpretation",
    source: CONTRACT_INTERPRETATION,
    article: { Hans: "第四十九条第二款", Hant: "第四十九條第二款" },
    gist: {
      Hans: "债务人向受让人确认债权存在后，又以该债权不存在为由进行抗辩的，人民法院一般不予支持。",
      Hant: "債務人向受讓人確認債權存在後，又以該債權不存在為由進行抗辯的，人民法院一般不予支持。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "contract-interpretation-64": {
    id: "contract-interpretation-64",
    kind: "judicial-interpretation",
    source: CONTRACT_INTERPRETATION,
    article: { Hans: "第六十四条", Hant: "第六十四條" },
    gist: {
      Hans: "当事人一方可以通过反诉或者抗辩的方式请求调整违约金；主张约定的违约金过分高于违约造成的损失的，应当承担举证责任。",
      Hant: "當事人一方可以通過反訴或者抗辯的方式請求調整違約金；主張約定的違約金過分高於違約造成的損失的，應當承擔舉證責任。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "contract-interpretation-65": {
    id: "contract-interpretation-65",
    kind: "judicial-interpretation",
    source: CONTRACT_INTERPRETATION,
    article: { Hans: "第六十五条", Hant: "第六十五條" },
    gist: {
      Hans: "约定的违约金超过造成损失的百分之三十的，人民法院一般可以认定为过分高于造成的损失；恶意违约的当事人一方请求减少违约金的，人民法院一般不予支持。",
      Hant: "約定的違約金超過造成損失的百分之三十的，人民法院一般可以認定為過分高於造成的損失；惡意違約的當事人一方請求減少違約金的，人民法院一般不予支持。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "credit-regulation-15": {
    id: "credit-regulation-15",
    kind: "regulation",
    source: CREDIT_REGULATION,
    article: { Hans: "第十五条", Hant: "第十五條" },
    gist: {
      Hans: "信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人。",
      Hant: "信息提供者向徵信機構提供個人不良信息，應當事先告知信息主體本人。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "credit-regulation-16": {
    id: "credit-regulation-16",
    kind: "regulation",
    source: CREDIT_REGULATION,
    article: { Hans: "第十六条", Hant: "第十六條" },
    gist: {
      Hans: "个人不良信息的保存期限自不良行为或者事件终止之日起为5年；信息主体可以对不良信息作出说明，征信机构应当予以记载。",
      Hant: "個人不良信息的保存期限自不良行為或者事件終止之日起為5年；信息主體可以對不良信息作出說明，徵信機構應當予以記載。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "credit-regulation-17": {
    id: "credit-regulation-17",
    kind: "regulation",
    source: CREDIT_REGULATION,
    article: { Hans: "第十七条", Hant: "第十七條" },
    gist: {
      Hans: "信息主体每年有两次免费获取本人信用报告的权利。",
      Hant: "信息主體每年有兩次免費獲取本人信用報告的權利。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "credit-regulation-25": {
    id: "credit-regulation-25",
    kind: "regulation",
    source: CREDIT_REGULATION,
    article: { Hans: "第二十五条", Hant: "第二十五條" },
    gist: {
      Hans: "信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议；受理异议的机构应当对相关信息作出存在异议的标注，自收到异议之日起20日内进行核查和处理，并将结果书面答复异议人；经核查确认存在错误、遗漏的，应当予以更正。",
      Hant: "信息主體認為徵信機構採集、保存、提供的信息存在錯誤、遺漏的，有權向徵信機構或者信息提供者提出異議；受理異議的機構應當對相關信息作出存在異議的標註，自收到異議之日起20日內進行核查和處理，並將結果書面答覆異議人；經核查確認存在錯誤、遺漏的，應當予以更正。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "credit-regulation-26": {
    id: "credit-regulation-26",
    kind: "regulation",
    source: CREDIT_REGULATION,
    article: { Hans: "第二十六条", Hant: "第二十六條" },
    gist: {
      Hans: "信息主体认为其合法权益受到侵害的，可以向国务院征信业监督管理部门派出机构投诉，受理投诉的机构应当自受理之日起30日内作出处理并书面答复；信息主体也可以直接向人民法院起诉。",
      Hant: "信息主體認為其合法權益受到侵害的，可以向國務院徵信業監督管理部門派出機構投訴，受理投訴的機構應當自受理之日起30日內作出處理並書面答覆；信息主體也可以直接向人民法院起訴。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-1029": {
    id: "civil-code-1029",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零二十九条", Hant: "第一千零二十九條" },
    gist: {
      Hans: "民事主体可以依法查询自己的信用评价；发现信用评价不当的，有权提出异议并请求采取更正、删除等必要措施。",
      Hant: "民事主體可以依法查詢自己的信用評價；發現信用評價不當的，有權提出異議並請求採取更正、刪除等必要措施。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-code-1037": {
    id: "civil-code-1037",
    kind: "law",
    source: CIVIL_CODE,
    article: { Hans: "第一千零三十七条", Hant: "第一千零三十七條" },
    gist: {
      Hans: "自然人可以依法向信息处理者查阅或者复制其个人信息；发现信息有错误的，有权提出异议并请求及时采取更正等必要措施；发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求信息处理者及时删除。",
      Hant: "自然人可以依法向信息處理者查閱或者複製其個人信息；發現信息有錯誤的，有權提出異議並請求及時採取更正等必要措施；發現信息處理者違反法律、行政法規的規定或者雙方的約定處理其個人信息的，有權請求信息處理者及時刪除。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "pipl-15": {
    id: "pipl-15",
    kind: "law",
    source: PIPL,
    article: { Hans: "第十五条", Hant: "第十五條" },
    gist: {
      Hans: "基于个人同意处理个人信息的，个人有权撤回其同意。",
      Hant: "基於個人同意處理個人信息的，個人有權撤回其同意。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "pipl-45": {
    id: "pipl-45",
    kind: "law",
    source: PIPL,
    article: { Hans: "第四十五条", Hant: "第四十五條" },
    gist: {
      Hans: "个人有权向个人信息处理者查阅、复制其个人信息；个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。",
      Hant: "個人有權向個人信息處理者查閱、複製其個人信息；個人請求查閱、複製其個人信息的，個人信息處理者應當及時提供。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "pipl-46": {
    id: "pipl-46",
    kind: "law",
    source: PIPL,
    article: { Hans: "第四十六条", Hant: "第四十六條" },
    gist: {
      Hans: "个人发现其个人信息不准确或者不完整的，有权请求个人信息处理者更正、补充。",
      Hant: "個人發現其個人信息不準確或者不完整的，有權請求個人信息處理者更正、補充。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "pipl-47": {
    id: "pipl-47",
    kind: "law",
    source: PIPL,
    article: { Hans: "第四十七条", Hant: "第四十七條" },
    gist: {
      Hans: "处理目的已实现、个人撤回同意或者个人信息处理者违反法律、行政法规或者违反约定处理个人信息的，个人信息处理者应当主动删除个人信息，个人有权请求删除；法律、行政法规规定的保存期限未届满的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。",
      Hant: "處理目的已實現、個人撤回同意或者個人信息處理者違反法律、行政法規或者違反約定處理個人信息的，個人信息處理者應當主動刪除個人信息，個人有權請求刪除；法律、行政法規規定的保存期限未屆滿的，個人信息處理者應當停止除存儲和採取必要的安全保護措施之外的處理。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "pipl-65": {
    id: "pipl-65",
    kind: "law",
    source: PIPL,
    article: { Hans: "第六十五条", Hant: "第六十五條" },
    gist: {
      Hans: "任何组织、个人有权对违法个人信息处理活动向履行个人信息保护职责的部门进行投诉、举报。",
      Hant: "任何組織、個人有權對違法個人信息處理活動向履行個人信息保護職責的部門進行投訴、舉報。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-procedure-61-62": {
    id: "civil-procedure-61-62",
    kind: "law",
    source: CIVIL_PROCEDURE,
    article: { Hans: "第六十一条、第六十二条", Hant: "第六十一條、第六十二條" },
    gist: {
      Hans: "律师、基层法律服务工作者，当事人的近亲属或者工作人员，当事人所在社区、单位以及有关社会团体推荐的公民，可以被委托为诉讼代理人；委托他人代为诉讼，必须提交由委托人签名或者盖章的授权委托书，记明委托事项和权限；诉讼代理人代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉，必须有委托人的特别授权。",
      Hant: "律師、基層法律服務工作者，當事人的近親屬或者工作人員，當事人所在社區、單位以及有關社會團體推薦的公民，可以被委託為訴訟代理人；委託他人代為訴訟，必須提交由委託人簽名或者蓋章的授權委託書，記明委託事項和權限；訴訟代理人代為承認、放棄、變更訴訟請求，進行和解，提起反訴或者上訴，必須有委託人的特別授權。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-procedure-128": {
    id: "civil-procedure-128",
    kind: "law",
    source: CIVIL_PROCEDURE,
    article: { Hans: "第一百二十八条", Hant: "第一百二十八條" },
    gist: {
      Hans: "被告应当在收到起诉状副本之日起十五日内提出答辩状，答辩状应当记明被告的姓名、性别、年龄、民族、职业、工作单位、住所、联系方式等；被告不提出答辩状的，不影响人民法院审理。",
      Hant: "被告應當在收到起訴狀副本之日起十五日內提出答辯狀，答辯狀應當記明被告的姓名、性別、年齡、民族、職業、工作單位、住所、聯繫方式等；被告不提出答辯狀的，不影響人民法院審理。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-procedure-130": {
    id: "civil-procedure-130",
    kind: "law",
    source: CIVIL_PROCEDURE,
    article: { Hans: "第一百三十条", Hant: "第一百三十條" },
    gist: {
      Hans: "当事人对管辖权有异议的，应当在提交答辩状期间提出；当事人未提出管辖异议，并应诉答辩的，视为受诉人民法院有管辖权。",
      Hant: "當事人對管轄權有異議的，應當在提交答辯狀期間提出；當事人未提出管轄異議，並應訴答辯的，視為受訴人民法院有管轄權。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-procedure-165": {
    id: "civil-procedure-165",
    kind: "law",
    source: CIVIL_PROCEDURE,
    article: { Hans: "第一百六十五条", Hant: "第一百六十五條" },
    gist: {
      Hans: "标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的简单金钱给付民事案件，适用小额诉讼的程序审理，实行一审终审。",
      Hant: "標的額為各省、自治區、直轄市上年度就業人員年平均工資百分之五十以下的簡單金錢給付民事案件，適用小額訴訟的程序審理，實行一審終審。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "civil-procedure-interpretation-31": {
    id: "civil-procedure-interpretation-31",
    kind: "judicial-interpretation",
    source: CIVIL_PROCEDURE_INTERPRETATION,
    article: { Hans: "第三十一条", Hant: "第三十一條" },
    gist: {
      Hans: "经营者使用格式条款与消费者订立管辖协议，未采取合理方式提请消费者注意，消费者主张管辖协议无效的，人民法院应予支持。",
      Hant: "經營者使用格式條款與消費者訂立管轄協議，未採取合理方式提請消費者注意，消費者主張管轄協議無效的，人民法院應予支持。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "internet-court-provisions-2": {
    id: "internet-court-provisions-2",
    kind: "judicial-interpretation",
    source: INTERNET_COURT_PROVISIONS,
    article: { Hans: "第二条", Hant: "第二條" },
    gist: {
      Hans: "北京、广州、杭州互联网法院集中管辖所在市辖区内应当由基层人民法院受理的、签订和履行行为均在互联网上完成的金融借款合同纠纷、小额借款合同纠纷等第一审案件。",
      Hant: "北京、廣州、杭州互聯網法院集中管轄所在市轄區內應當由基層人民法院受理的、簽訂和履行行為均在互聯網上完成的金融借款合同糾紛、小額借款合同糾紛等第一審案件。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: V,
  },
  "complaint-measures-2020-14": {
    id: "complaint-measures-2020-14",
    kind: "regulation",
    source: COMPLAINT_MEASURES,
    article: { Hans: "第十四条", Hant: "第十四條" },
    gist: {
      Hans: "投诉人可以委托他人代为投诉，受托人应当提交投诉人签署的授权委托书等材料。",
      Hant: "投訴人可以委託他人代為投訴，受託人應當提交投訴人簽署的授權委託書等材料。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: S,
  },
  "consumer-protection-measures-2023": {
    id: "consumer-protection-measures-2023",
    kind: "regulation",
    source: CONSUMER_PROTECTION_MEASURES,
    gist: {
      Hans: "银行保险机构应当规范催收行为，委托第三方催收前应当告知债务人，不得采用暴力、威胁、侮辱、冒充或者欺诈等方式催收。",
      Hant: "銀行保險機構應當規範催收行為，委託第三方催收前應當告知債務人，不得采用暴力、威脅、侮辱、冒充或者欺詐等方式催收。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: N,
  },
  "financing-cost-disclosure-2026": {
    id: "financing-cost-disclosure-2026",
    kind: "regulation",
    source: FINANCING_COST_DISCLOSURE,
    gist: {
      Hans: "持牌机构应当以表格等方式向借款人明示个人贷款的年化综合融资成本，借款人可以要求其说明。",
      Hant: "持牌機構應當以表格等方式向借款人明示個人貸款的年化綜合融資成本，借款人可以要求其說明。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: N,
  },
  "consumer-finance-measures-2024": {
    id: "consumer-finance-measures-2024",
    kind: "regulation",
    source: CONSUMER_FINANCE_MEASURES,
    gist: {
      Hans: "消费金融公司应当依法保护消费者的合法权益。",
      Hant: "消費金融公司應當依法保護消費者的合法權益。",
    },
    appliesTo: {},
    asOf: "2026-12",
    sourceNote: N,
  },
};

/** What a template prints for one citation, in one script. */
export interface Citation {
  id: CitationId;
  kind: CitationKind;
  /** Full name and article: 《中华人民共和国民法典》第五百八十五条 (first use). */
  cite: string;
  /** Short name and article: 《民法典》第五百八十五条 (later uses). */
  short: string;
  /** Source name only, full and short. */
  source: string;
  sourceShort: string;
  /** The article, or undefined where the source is cited by name only. */
  article?: string;
  gist: string;
  asOf: string;
  sourceNote: SourceNote;
}

/** One citation in one script; throws on an unknown id (a programming error, never user input). */
export function citation(id: CitationId, script: Script): Citation {
  const entry = CITATIONS[id];
  if (!entry) throw new Error(`unknown citation id "${id}"`);
  const article = entry.article?.[script];
  const source = entry.source.full[script];
  const sourceShort = entry.source.short[script];
  return {
    id,
    kind: entry.kind,
    cite: source + (article ?? ""),
    short: sourceShort + (article ?? ""),
    source,
    sourceShort,
    article,
    gist: entry.gist[script],
    asOf: entry.asOf,
    sourceNote: entry.sourceNote,
  };
}

/** The facts about a letter that decide whether a source may be cited. */
export interface CitationContext {
  lenderKind: LenderKind;
  /** The request says the debt itself is illegal (高利贷, 套路贷). Default false. */
  illegalDebt?: boolean;
  /** The debt is a loan between private parties (民间借贷). Default false. */
  privateLending?: boolean;
}

/** Whether a source may be cited in a letter with this context (see `AppliesTo`). */
export function citationApplies(id: CitationId, context: CitationContext): boolean {
  const limits = CITATIONS[id].appliesTo;
  if (limits.lenderKinds && !limits.lenderKinds.includes(context.lenderKind)) return false;
  if (limits.illegalDebtOnly && !context.illegalDebt) return false;
  if (limits.privateLendingOnly && !context.privateLending) return false;
  return true;
}

/** A complaint channel a letter may name (legal-notes.md, "Complaint channels a letter may name"). */
export interface ComplaintChannel {
  id: "12378" | "12363" | "nifa-report-platform" | "12321" | "110" | "local-financial-regulator" | "pboc-branch";
  /** How the letter names it. */
  name: Scripted;
  /** What it is for. */
  purpose: Scripted;
  /** Only for these lender kinds; absent: any. */
  lenderKinds?: readonly LenderKind[];
  asOf: "2026-11" | "2026-12";
}

export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = [
  {
    id: "12378",
    name: { Hans: "国家金融监督管理总局消费者投诉热线12378", Hant: "國家金融監督管理總局消費者投訴熱線12378" },
    purpose: {
      Hans: "受理对银行、消费金融公司的投诉，包括不当催收",
      Hant: "受理對銀行、消費金融公司的投訴，包括不當催收",
    },
    lenderKinds: BANKS_AND_CONSUMER_FINANCE,
    asOf: "2026-11",
  },
  {
    id: "12363",
    name: { Hans: "中国人民银行金融消费者投诉电话12363", Hant: "中國人民銀行金融消費者投訴電話12363" },
    purpose: {
      Hans: "受理支付、征信方面的投诉，一般须先向金融机构投诉",
      Hant: "受理支付、徵信方面的投訴，一般須先向金融機構投訴",
    },
    asOf: "2026-11",
  },
  {
    id: "local-financial-regulator",
    name: { Hans: "该公司注册地的地方金融管理局", Hant: "該公司註冊地的地方金融管理局" },
    purpose: {
      Hans: "小额贷款公司由其注册地的地方金融管理部门监管，受理对它的投诉",
      Hant: "小額貸款公司由其註冊地的地方金融管理部門監管，受理對它的投訴",
    },
    lenderKinds: ["microloan"],
    asOf: "2026-12",
  },
  {
    id: "pboc-branch",
    name: { Hans: "中国人民银行当地分支机构", Hant: "中國人民銀行當地分支機構" },
    purpose: {
      Hans: "征信异议未获妥善处理时，可依《征信业管理条例》第二十六条向其投诉，受理之日起30日内答复",
      Hant: "徵信異議未獲妥善處理時，可依《徵信業管理條例》第二十六條向其投訴，受理之日起30日內答覆",
    },
    asOf: "2026-12",
  },
  {
    id: "nifa-report-platform",
    name: { Hans: "中国互联网金融协会互联网金融举报信息平台", Hant: "中國互聯網金融協會互聯網金融舉報信息平台" },
    purpose: {
      Hans: "举报互联网金融机构的违法违规行为，包括违规催收",
      Hant: "舉報互聯網金融機構的違法違規行為，包括違規催收",
    },
    asOf: "2026-11",
  },
  {
    id: "12321",
    name: { Hans: "12321网络不良与垃圾信息举报受理中心", Hant: "12321網絡不良與垃圾信息舉報受理中心" },
    purpose: { Hans: "举报骚扰电话、垃圾短信", Hant: "舉報騷擾電話、垃圾短信" },
    asOf: "2026-11",
  },
  {
    id: "110",
    name: { Hans: "公安机关报警电话110", Hant: "公安機關報警電話110" },
    purpose: { Hans: "遇到威胁、暴力等情形时报警", Hant: "遇到威脅、暴力等情形時報警" },
    asOf: "2026-11",
  },
];

/** The complaint channels that fit a lender kind, in one script. */
export function complaintChannels(script: Script, lenderKind?: LenderKind): { id: string; name: string; purpose: string }[] {
  return COMPLAINT_CHANNELS.filter((c) => !lenderKind || !c.lenderKinds || c.lenderKinds.includes(lenderKind)).map((c) => ({
    id: c.id,
    name: c.name[script],
    purpose: c.purpose[script],
  }));
}
