/**
 * Which rule each kind of collection conduct breaks, as reviewable data plus pure functions
 * (design.md, `collection-objection`; legal-notes.md is the only source).
 *
 * - One `ConductRule` per conduct: why the conduct is improper (the borrower's voice), the statutes it
 *   offends (`laws`, printed as 「违反……的规定」) and further sentences that quote a regulation or an industry
 *   norm (`notes`). Whether a source may be cited against this lender is decided by the shared table
 *   (`citationApplies` in src/text/citations.ts) and, where this letter is stricter, by `kinds` here.
 * - Industry self-regulation (中国银行业协会、中国互联网金融协会) and GB/T 45251-2025 are marked as
 *   行业自律规范 / 推荐性国家标准 where first named, and a closing sentence says they are not law.
 * - Never cited here: 刑法第二百九十三条之一 unless the request says the debt itself is illegal (and the lender
 *   kind is "other": the shared table forbids it against licensed lenders); the 民间借贷 4× LPR rule (not at all:
 *   the letter objects to the manner of collection, not the price of the debt).
 * - 治安管理处罚法 is cited by name only: legal-notes says its article numbers since the 2026 revision are unverified.
 */
import type { LenderKind } from "./common";
import { CITATIONS, citationApplies, COMPLAINT_CHANNELS, type CitationId, type ComplaintChannel, type Scripted } from "../text/citations";
import type { Script } from "../text/labels";

export const INCIDENT_CHANNELS = ["phone", "sms", "wechat", "visit", "letter", "other"] as const;
export type IncidentChannel = (typeof INCIDENT_CHANNELS)[number];

export const CONDUCTS = [
  "contacted-third-parties",
  "threats",
  "insults",
  "night-contact",
  "excessive-frequency",
  "impersonation",
  "false-legal-claims",
  "disclosure",
  "home-visit",
  "workplace-visit",
  "other",
] as const;
export type Conduct = (typeof CONDUCTS)[number];

export const DEMANDS = [
  "stop-third-party-contact",
  "written-communication-only",
  "provide-authorization",
  "provide-debt-statement",
  "stop-night-contact",
  "delete-unlawful-data",
] as const;
export type Demand = (typeof DEMANDS)[number];

/** The facts the rules look at. */
export interface CollectionFacts {
  lenderKind: LenderKind;
  /** The request says the debt itself is illegal (高利放贷、套路贷); only then 刑法第二百九十三条之一. */
  debtIsIllegal: boolean;
  /** Whether the letter names the collection agency (it is then 「贵司」) or only the lender. */
  collectorKnown: boolean;
  lenderName: string;
  /** How the body addresses the recipient: 贵司 (the agency), or 贵行/贵司/贵方 (the lender). */
  you: string;
  /** Incidents in the order the letter's table prints them (its 序号 is the index + 1). */
  incidents: readonly { channel: IncidentChannel; conducts: readonly Conduct[] }[];
  demands: readonly Demand[];
}

/** The incidents of one conduct, as the rules see them. */
interface Occurrence {
  channels: ReadonlySet<IncidentChannel>;
}

/** A source cited inside the 「违反……的规定」 sentence. */
interface LawGround {
  id: CitationId;
  /** Only when this holds for the incidents of the conduct (e.g. 第一千零三十三条第（一）项 needs a phone call, SMS or message). */
  when?: (o: Occurrence) => boolean;
}

/**
 * A further sentence; `{cite}` is replaced by the named sources (merged, full name on first use), `{also}` by 亦
 * only when another note of the same conduct was printed before it (for a microloan company the 中银协 note is
 * not, and a bare 亦 would point at nothing).
 */
interface NoteGround {
  ids: readonly CitationId[];
  /** Stricter than the shared table: only for these lender kinds. */
  kinds?: readonly LenderKind[];
  text: Scripted;
}

export interface ConductRule {
  conduct: Conduct;
  /** Why the conduct is improper, without the final punctuation: the citations follow. */
  wrong: Scripted;
  laws: readonly LawGround[];
  notes: readonly NoteGround[];
}

/** 电话、短信、即时通讯 — the means 民法典第一千零三十三条第（一）项 names. */
const ELECTRONIC: ReadonlySet<IncidentChannel> = new Set(["phone", "sms", "wechat"]);
const someElectronic = (o: Occurrence) => [...o.channels].some((c) => ELECTRONIC.has(c));
const someNotElectronic = (o: Occurrence) => [...o.channels].some((c) => !ELECTRONIC.has(c));

/** The lenders whose collection GB/T 45251-2025 and the 互金协会 guideline address in this letter: internet consumer credit. */
const INTERNET_LENDERS: readonly LenderKind[] = ["consumer-finance", "microloan"];

const CBA = "cba-collection-guideline-2026";
const CARD_68 = "credit-card-measures-68";
const POLICE_LAW = "public-security-penalties-law";

const NOTE_68_THIRD_PARTIES: NoteGround = {
  ids: [CARD_68],
  text: {
    Hans: "{cite}规定，催收只能向债务人本人及其担保人进行，不得对与债务无关的第三人进行催收。",
    Hant: "{cite}規定，催收只能向債務人本人及其擔保人進行，不得對與債務無關的第三人進行催收。",
  },
};
const NOTE_68_MEANS: NoteGround = {
  ids: [CARD_68],
  text: {
    Hans: "{cite}规定，催收不得采用暴力、胁迫、恐吓或辱骂等不当手段。",
    Hant: "{cite}規定，催收不得採用暴力、脅迫、恐嚇或辱罵等不當手段。",
  },
};
const NOTE_CBA_VISITS: NoteGround = {
  ids: [CBA],
  text: {
    Hans: "{cite}要求，未经同意不得上门或到工作单位催收。",
    Hant: "{cite}要求，未經同意不得上門或到工作單位催收。",
  },
};

/** The rule table, one entry per conduct (design.md's enum order; the letter uses `DISCUSSION_ORDER`). */
export const CONDUCT_RULES: Readonly<Record<Conduct, ConductRule>> = {
  "contacted-third-parties": {
    conduct: "contacted-third-parties",
    wrong: {
      // Not 「催收应当向债务人本人进行」: that is 信用卡办法 第六十八条, for bank credit cards only (NOTE_68_THIRD_PARTIES).
      Hans: "向本人的亲属、朋友、同事等与债务无关的第三人催收，侵扰本人的私人生活安宁，并非法使用、提供本人的个人信息",
      Hant: "向本人的親屬、朋友、同事等與債務無關的第三人催收，侵擾本人的私人生活安寧，並非法使用、提供本人的個人信息",
    },
    laws: [{ id: "civil-code-1032" }, { id: "civil-code-1038" }, { id: "pipl-10" }],
    notes: [
      NOTE_68_THIRD_PARTIES,
      {
        ids: [CBA],
        text: {
          Hans: "{cite}要求，仅在无法联系债务人时方可联系第三人，且不得向第三人透露债务情况。",
          Hant: "{cite}要求，僅在無法聯繫債務人時方可聯繫第三人，且不得向第三人透露債務情況。",
        },
      },
    ],
  },
  threats: {
    conduct: "threats",
    wrong: {
      Hans: "以威胁、恐吓的方式催收，侵扰本人的私人生活安宁",
      Hant: "以威脅、恐嚇的方式催收，侵擾本人的私人生活安寧",
    },
    laws: [{ id: "civil-code-1032" }],
    notes: [
      NOTE_68_MEANS,
      {
        ids: [POLICE_LAW],
        text: {
          Hans: "威胁他人人身安全的，依照{cite}可能受到治安管理处罚。",
          Hant: "威脅他人人身安全的，依照{cite}可能受到治安管理處罰。",
        },
      },
    ],
  },
  insults: {
    conduct: "insults",
    wrong: {
      Hans: "以侮辱、辱骂的方式催收，贬损本人的人格和名誉",
      Hant: "以侮辱、辱罵的方式催收，貶損本人的人格和名譽",
    },
    laws: [{ id: "civil-code-1024" }],
    notes: [
      NOTE_68_MEANS,
      {
        ids: [POLICE_LAW],
        text: {
          Hans: "公然侮辱他人的，依照{cite}可能受到治安管理处罚。",
          Hant: "公然侮辱他人的，依照{cite}可能受到治安管理處罰。",
        },
      },
    ],
  },
  "night-contact": {
    conduct: "night-contact",
    wrong: {
      Hans: "在夜间休息时间联系本人，侵扰本人的私人生活安宁",
      Hant: "在夜間休息時間聯繫本人，侵擾本人的私人生活安寧",
    },
    laws: [
      { id: "civil-code-1032", when: someNotElectronic },
      { id: "civil-code-1033-1", when: someElectronic },
    ],
    notes: [
      {
        ids: [CBA],
        text: {
          Hans: "{cite}要求，未经债务人同意，不得在22:00至次日08:00之间催收。",
          Hant: "{cite}要求，未經債務人同意，不得在22:00至次日08:00之間催收。",
        },
      },
      {
        ids: ["nifa-collection-guideline-2024", "gbt-45251-2025"],
        kinds: INTERNET_LENDERS,
        text: {
          Hans: "{cite}{also}要求22:00以后不得催收。",
          Hant: "{cite}{also}要求22:00以後不得催收。",
        },
      },
    ],
  },
  "excessive-frequency": {
    conduct: "excessive-frequency",
    wrong: {
      Hans: "反复、频繁地联系本人，侵扰本人的私人生活安宁",
      Hant: "反覆、頻繁地聯繫本人，侵擾本人的私人生活安寧",
    },
    laws: [
      { id: "civil-code-1032", when: someNotElectronic },
      { id: "civil-code-1033-1", when: someElectronic },
    ],
    notes: [
      {
        ids: [CBA],
        text: {
          Hans: "{cite}要求，对同一号码每日未接通的呼叫不得超过6次。",
          Hant: "{cite}要求，對同一號碼每日未接通的呼叫不得超過6次。",
        },
      },
    ],
  },
  impersonation: {
    conduct: "impersonation",
    wrong: {
      Hans: "冒充法院、公安或政府机关人员催收，以欺骗手段向本人施加压力",
      Hant: "冒充法院、公安或政府機關人員催收，以欺騙手段向本人施加壓力",
    },
    laws: [],
    notes: [
      {
        ids: [CBA],
        text: {
          Hans: "{cite}明确禁止冒充公检法或政府机关人员进行催收。",
          Hant: "{cite}明確禁止冒充公檢法或政府機關人員進行催收。",
        },
      },
    ],
  },
  "false-legal-claims": {
    conduct: "false-legal-claims",
    wrong: {
      Hans: "虚构或夸大欠款的法律后果，向本人施加不当压力",
      Hant: "虛構或誇大欠款的法律後果，向本人施加不當壓力",
    },
    laws: [],
    notes: [
      {
        ids: [CBA],
        text: {
          Hans: "{cite}要求，催收不得夸大欠款金额或法律后果。",
          Hant: "{cite}要求，催收不得誇大欠款金額或法律後果。",
        },
      },
    ],
  },
  disclosure: {
    conduct: "disclosure",
    wrong: {
      Hans: "向他人透露本人的债务情况和个人信息，侵害本人的隐私权和个人信息权益",
      Hant: "向他人透露本人的債務情況和個人信息，侵害本人的隱私權和個人信息權益",
    },
    laws: [{ id: "civil-code-1032" }, { id: "civil-code-1038" }, { id: "pipl-10" }],
    notes: [
      NOTE_68_THIRD_PARTIES,
      {
        ids: [CBA],
        text: {
          Hans: "{cite}要求，不得向第三人透露债务情况。",
          Hant: "{cite}要求，不得向第三人透露債務情況。",
        },
      },
      {
        ids: [POLICE_LAW],
        text: {
          Hans: "散布他人隐私的，依照{cite}可能受到治安管理处罚。",
          Hant: "散佈他人隱私的，依照{cite}可能受到治安管理處罰。",
        },
      },
    ],
  },
  "home-visit": {
    conduct: "home-visit",
    wrong: {
      Hans: "未经本人同意到本人住所催收，侵扰本人的私人生活安宁",
      Hant: "未經本人同意到本人住所催收，侵擾本人的私人生活安寧",
    },
    laws: [{ id: "civil-code-1032" }],
    notes: [NOTE_CBA_VISITS],
  },
  "workplace-visit": {
    conduct: "workplace-visit",
    wrong: {
      Hans: "到本人工作单位催收，侵扰本人的私人生活安宁，并可能使本人的债务情况为他人所知",
      Hant: "到本人工作單位催收，侵擾本人的私人生活安寧，並可能使本人的債務情況為他人所知",
    },
    laws: [{ id: "civil-code-1032" }],
    notes: [NOTE_CBA_VISITS],
  },
  other: {
    conduct: "other",
    wrong: {
      Hans: "上表所述其他催收行为，侵扰本人的私人生活安宁",
      Hant: "上表所述其他催收行為，侵擾本人的私人生活安寧",
    },
    laws: [{ id: "civil-code-1032" }],
    notes: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// Naming sources

const SELF_REGULATION_MARK: Scripted = { Hans: "（行业自律规范）", Hant: "（行業自律規範）" };
const STANDARD_MARK: Scripted = { Hans: "（推荐性国家标准）", Hant: "（推薦性國家標準）" };
const AND: Scripted = { Hans: "和", Hant: "和" };

/**
 * Names citations in the order the letter prints them: a source's full name the first time
 * (《中华人民共和国民法典》), its short name after (《民法典》); consecutive articles of one source merged
 * (《民法典》第一千零三十二条、第一千零三十八条); self-regulation and standards marked where first named.
 * Records every id it names, so tests and the view model can see exactly what the letter cites.
 */
export class CitationNamer {
  private readonly named = new Set<string>();
  readonly cited: CitationId[] = [];

  constructor(readonly script: Script) {}

  /** 「A第x条、第y条和B第z条」 for the ids in order; "" for none. */
  list(ids: readonly CitationId[]): string {
    const groups: { source: CitationId; articles: string[] }[] = [];
    for (const id of ids) {
      if (!this.cited.includes(id)) this.cited.push(id);
      const entry = CITATIONS[id];
      const last = groups[groups.length - 1];
      const article = entry.article?.[this.script];
      if (last && CITATIONS[last.source].source.full.Hans === entry.source.full.Hans && article) {
        last.articles.push(article);
      } else {
        groups.push({ source: id, articles: article ? [article] : [] });
      }
    }
    const parts = groups.map(({ source, articles }) => this.sourceName(source) + articles.join("、"));
    if (parts.length <= 1) return parts.join("");
    return parts.slice(0, -1).join("、") + AND[this.script] + parts[parts.length - 1];
  }

  private sourceName(id: CitationId): string {
    const entry = CITATIONS[id];
    const key = entry.source.full.Hans;
    if (this.named.has(key)) return entry.source.short[this.script];
    this.named.add(key);
    const mark = entry.kind === "self-regulation" ? SELF_REGULATION_MARK : entry.kind === "standard" ? STANDARD_MARK : undefined;
    return entry.source.full[this.script] + (mark ? mark[this.script] : "");
  }
}

// ---------------------------------------------------------------------------------------------------------
// The letter's reasoning

export interface ConductFinding {
  conduct: Conduct;
  /** 序号 of the incidents (1-based) that show this conduct. */
  incidentNumbers: number[];
  /** The paragraph after the heading: why it is improper and which rules say so. */
  text: string;
  /** The sources this paragraph cites, in order. */
  citationIds: CitationId[];
}

const ALSO: Scripted = { Hans: "亦", Hant: "亦" };

const FALLBACK: Scripted = {
  Hans: "本人对此明确提出异议。",
  Hant: "本人對此明確提出異議。",
};
const BREACH: { before: Scripted; after: Scripted } = {
  before: { Hans: "，违反", Hant: "，違反" },
  after: { Hans: "的规定。", Hant: "的規定。" },
};

/**
 * The order the letter discusses the conducts: related conduct side by side (third parties, disclosure, visits;
 * threats and insults; deception; then the time and frequency of contact), "other" last.
 */
export const DISCUSSION_ORDER: readonly Conduct[] = [
  "contacted-third-parties",
  "disclosure",
  "workplace-visit",
  "home-visit",
  "threats",
  "insults",
  "impersonation",
  "false-legal-claims",
  "night-contact",
  "excessive-frequency",
  "other",
];

/** For each conduct that occurs (in `DISCUSSION_ORDER`), the incidents and the paragraph that objects to it. */
export function explainConducts(facts: CollectionFacts, namer: CitationNamer): ConductFinding[] {
  const script = namer.script;
  const applies = (id: CitationId, kinds?: readonly LenderKind[]) =>
    citationApplies(id, { lenderKind: facts.lenderKind, illegalDebt: facts.debtIsIllegal }) &&
    (!kinds || kinds.includes(facts.lenderKind));
  const findings: ConductFinding[] = [];
  for (const conduct of DISCUSSION_ORDER) {
    const incidentNumbers: number[] = [];
    const channels = new Set<IncidentChannel>();
    facts.incidents.forEach((incident, i) => {
      if (!incident.conducts.includes(conduct)) return;
      incidentNumbers.push(i + 1);
      channels.add(incident.channel);
    });
    if (!incidentNumbers.length) continue;
    const rule = CONDUCT_RULES[conduct];
    const occurrence: Occurrence = { channels };
    const laws = rule.laws.filter((g) => (!g.when || g.when(occurrence)) && applies(g.id)).map((g) => g.id);
    let text = rule.wrong[script] + (laws.length ? BREACH.before[script] + namer.list(laws) + BREACH.after[script] : "。");
    let notesPrinted = 0;
    for (const note of rule.notes) {
      const ids = note.ids.filter((id) => applies(id, note.kinds));
      if (!ids.length) continue;
      text += note.text[script].replace("{cite}", namer.list(ids)).replace("{also}", notesPrinted ? ALSO[script] : "");
      notesPrinted++;
    }
    const citationIds = [...new Set([...laws, ...rule.notes.flatMap((n) => n.ids.filter((id) => applies(id, n.kinds)))])];
    if (!citationIds.length) text += FALLBACK[script];
    findings.push({ conduct, incidentNumbers, text, citationIds });
  }
  return findings;
}

/**
 * The sentence that says the industry norms cited are not law, or undefined when none was cited
 * (legal-notes.md: the 中银协 guideline is cited as 行业自律规范, not law).
 */
export function normsDisclaimer(cited: readonly CitationId[], script: Script): string | undefined {
  const selfRegulation = cited.some((id) => CITATIONS[id].kind === "self-regulation");
  const standard = cited.some((id) => CITATIONS[id].kind === "standard");
  if (!selfRegulation && !standard) return undefined;
  const which = {
    Hans: [selfRegulation ? "行业协会的指引属于行业自律规范" : "", standard ? "GB/T 45251-2025属于推荐性国家标准" : ""],
    Hant: [selfRegulation ? "行業協會的指引屬於行業自律規範" : "", standard ? "GB/T 45251-2025屬於推薦性國家標準" : ""],
  }[script].filter(Boolean);
  return script === "Hans"
    ? `上述${which.join("，")}，本人援引其说明催收行业应当遵守的行为准则，并非主张其具有法律强制力。`
    : `上述${which.join("，")}，本人援引其說明催收行業應當遵守的行為準則，並非主張其具有法律強制力。`;
}

/** The borrower's police report, as the objection's body gives it (`policeReport`). */
export interface PoliceReport {
  reported: boolean;
  date?: { year: number; month: number; day: number };
  station?: string;
  reportNumber?: string;
}

/**
 * The paragraphs on an illegal debt (刑法第二百九十三条之一), or undefined unless the request says the debt is
 * illegal: the borrower's view that the debt is illegal; what happened, described as having happened (the
 * incidents of the table), and that it is suspected to be the crime of collecting illegal debts; and the police
 * report made, or to be made now.
 */
export function illegalDebtParagraphs(facts: CollectionFacts, namer: CitationNamer, report?: PoliceReport): string[] | undefined {
  const id: CitationId = "criminal-law-293-1";
  if (!facts.debtIsIllegal || !citationApplies(id, { lenderKind: facts.lenderKind, illegalDebt: true })) return undefined;
  const hans = namer.script === "Hans";
  const numbers = facts.incidents.map((_, i) => i + 1);
  const refs = numbers.length === 1 ? `第1项` : `第${numbers[0]}至${numbers.at(-1)}项`;
  const cite = namer.list([id]);
  const when = report?.date ? `${report.date.year}年${report.date.month}月${report.date.day}日` : "";
  const where = report?.station ?? (hans ? "公安机关" : "公安機關");
  const number = report?.reportNumber ? (hans ? `（报案回执编号：${report.reportNumber}）` : `（報案回執編號：${report.reportNumber}）`) : "";
  const police = report?.reported
    ? hans
      ? `本人已${when ? `于${when}` : ""}就上述行为向${where}报案${number}。`
      : `本人已${when ? `於${when}` : ""}就上述行為向${where}報案${number}。`
    : hans
      ? `本人将就上述行为立即向${where}报案。`
      : `本人將就上述行為立即向${where}報案。`;
  return hans
    ? [
        "此外，本人认为该笔债务本身属于非法债务（如高利放贷、「套路贷」等产生的债务）。",
        `上表${refs}所列的催收行为已经发生。以暴力、胁迫、恐吓、跟踪、骚扰等方式催收高利放贷等产生的非法债务，情节严重的，构成${cite}规定的催收非法债务罪；上述行为涉嫌构成该罪。${police}`,
      ]
    : [
        "此外，本人認為該筆債務本身屬於非法債務（如高利放貸、「套路貸」等產生的債務）。",
        `上表${refs}所列的催收行為已經發生。以暴力、脅迫、恐嚇、跟蹤、騷擾等方式催收高利放貸等產生的非法債務，情節嚴重的，構成${cite}規定的催收非法債務罪；上述行為涉嫌構成該罪。${police}`,
      ];
}

/** One sentence per demand, in `DEMANDS` order, in the letter's voice (requests: the letter compels nothing). */
export function demandSentences(facts: CollectionFacts, namer: CitationNamer): string[] {
  const script = namer.script;
  const hans = script === "Hans";
  // 信用卡办法第六十九条 (what a collection notice must state): bank credit cards only, per the shared table
  const isCard = citationApplies("credit-card-measures-69", { lenderKind: facts.lenderKind });
  const out: string[] = [];
  for (const demand of DEMANDS) {
    if (!facts.demands.includes(demand)) continue;
    switch (demand) {
      case "stop-third-party-contact":
        out.push(
          hans
            ? "请立即停止联系本人的亲属、朋友、同事及工作单位等与债务无关的第三人，不得向任何第三人透露本人的债务情况。"
            : "請立即停止聯繫本人的親屬、朋友、同事及工作單位等與債務無關的第三人，不得向任何第三人透露本人的債務情況。",
        );
        break;
      case "written-communication-only":
        out.push(
          hans
            ? "今后如需就上述事宜与本人联系，请以书面方式进行，不再以电话、短信、微信或上门的方式联系本人。"
            : "今後如需就上述事宜與本人聯繫，請以書面方式進行，不再以電話、短信、微信或上門的方式聯繫本人。",
        );
        break;
      case "provide-authorization":
        out.push(
          facts.collectorKnown
            ? hans
              ? `请出示贵司受${facts.lenderName}委托进行催收的授权文件。`
              : `請出示貴司受${facts.lenderName}委託進行催收的授權文件。`
            : hans
              ? `请告知向本人催收的机构名称，并出示其受${facts.you}委托进行催收的授权文件。`
              : `請告知向本人催收的機構名稱，並出示其受${facts.you}委託進行催收的授權文件。`,
        );
        break;
      case "provide-debt-statement": {
        const basis = isCard ? (hans ? `（参见${namer.list(["credit-card-measures-69"])}）` : `（參見${namer.list(["credit-card-measures-69"])}）`) : "";
        out.push(
          hans
            ? `请提供所主张欠款的明细，列明本金、利息、罚息及其他费用的金额和计算依据${basis}。`
            : `請提供所主張欠款的明細，列明本金、利息、罰息及其他費用的金額和計算依據${basis}。`,
        );
        break;
      }
      case "stop-night-contact":
        out.push(
          hans ? "请勿在每日22:00至次日08:00之间以任何方式联系本人。" : "請勿在每日22:00至次日08:00之間以任何方式聯繫本人。",
        );
        break;
      case "delete-unlawful-data": {
        const rights = namer.list(["pipl-44-45-47"]);
        const refusal = namer.list(["pipl-50"]);
        out.push(
          hans
            ? `请停止处理并删除违法收集、使用的本人个人信息（包括违法获取的本人通讯录信息），并书面告知处理结果。依照${rights}，本人有权限制或者拒绝对本人个人信息的处理，并有权请求删除违法处理的个人信息；如拒绝本人的请求，请依照${refusal}说明理由。`
            : `請停止處理並刪除違法收集、使用的本人個人信息（包括違法獲取的本人通訊錄信息），並書面告知處理結果。依照${rights}，本人有權限制或者拒絕對本人個人信息的處理，並有權請求刪除違法處理的個人信息；如拒絕本人的請求，請依照${refusal}說明理由。`,
        );
        break;
      }
    }
  }
  return out;
}

/**
 * The complaint channels the borrower names as next steps (legal-notes.md, "Complaint channels"):
 * - 12378 for banks and consumer-finance companies (the shared table's `lenderKinds`);
 * - the 互联网金融举报信息平台 for internet lenders (consumer-finance and microloan companies);
 * - 12321 when calls or text messages are among the incidents;
 * - 110 when a threat is among the conducts;
 * - for a microloan company, the local financial regulator where it is registered (地方金融管理局), which
 *   supervises it (12378 is only for banks and consumer-finance companies).
 * 12363 and the PBOC branch are not named: it takes complaints about payments and 征信, none of which this letter is about, and it
 * expects the institution to have been asked first.
 */
export function chooseComplaintChannels(facts: CollectionFacts): ComplaintChannel["id"][] {
  const conducts = new Set(facts.incidents.flatMap((i) => i.conducts));
  const channels = new Set(facts.incidents.map((i) => i.channel));
  const wanted: Record<ComplaintChannel["id"], boolean> = {
    "12378": true,
    "12363": false,
    "nifa-report-platform": INTERNET_LENDERS.includes(facts.lenderKind),
    "12321": channels.has("phone") || channels.has("sms"),
    "110": conducts.has("threats"),
    "local-financial-regulator": facts.lenderKind === "microloan",
    "pboc-branch": false,
  };
  return COMPLAINT_CHANNELS.filter((c) => wanted[c.id] && (!c.lenderKinds || c.lenderKinds.includes(facts.lenderKind))).map((c) => c.id);
}

/**
 * Indexes (as in the field path `incidents.N`) of incidents whose time falls between 22:00 and 08:00 but which the
 * borrower did not mark as night-contact. The letter never adds a conduct the borrower did not claim — the time is
 * printed in the table and speaks for itself; the web form may use this to suggest ticking the box.
 */
export function unflaggedNightIncidents(incidents: readonly { time?: string; conducts: readonly Conduct[] }[]): number[] {
  const out: number[] = [];
  incidents.forEach((incident, i) => {
    if (incident.time && isNightTime(incident.time) && !incident.conducts.includes("night-contact")) out.push(i);
  });
  return out;
}

/** "HH:MM" between 22:00 and 07:59 (the 中银协 guideline's quiet hours, 22:00 to 08:00). */
export function isNightTime(time: string): boolean {
  const hour = Number(time.slice(0, 2));
  return hour >= 22 || hour < 8;
}
