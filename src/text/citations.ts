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
  asOf: "2026-11";
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
    sourceNote: V,
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
  id: "12378" | "12363" | "nifa-report-platform" | "12321" | "110";
  /** How the letter names it. */
  name: Scripted;
  /** What it is for. */
  purpose: Scripted;
  /** Only for these lender kinds; absent: any. */
  lenderKinds?: readonly LenderKind[];
  asOf: "2026-11";
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
