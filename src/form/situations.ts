/**
 * "Start from the situation": the plain questions the start page asks a frightened borrower (what is
 * happening to you?), and how their answers become a list of letters, in order, each with one line on why.
 *
 * The questions live here; which letters serve which situation is declared by each letter type
 * (`LetterType.journey`, src/letters/<id>.ts), so a new letter type joins the start page by saying so in its
 * own module. A situation that no registered letter serves is not asked (it would lead nowhere).
 */
import type { LetterType } from "../letters/types";

/** Every situation the start page may ask about, most urgent first. */
export const SITUATION_IDS = [
  "sued",
  "third-party-contact",
  "harassment",
  "contacts-harvested",
  "cannot-pay",
  "no-income-now",
  "settle-once",
  "debt-sold",
  "old-debt",
  "credit-report-error",
  "complaint-ignored",
  "paid-off",
  "helper",
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

export interface Situation {
  id: SituationId;
  /** The question as the borrower would say it. */
  label: string;
  /** Said with the recommendations when this situation was chosen (a caution, a free channel). */
  note?: string;
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: "sued",
    label: "收到了法院的传票、起诉状，或 12368 法院短信",
    note: "法院送达的材料（常见是 12368 短信或法院 App 消息）才是真的起诉，「律师函」不是。收到起诉状后 15 日内可以提交答辩状，不答辩案件也会继续审理：请尽快处理，可拨打 12348 免费法律咨询。",
  },
  { id: "third-party-contact", label: "催收打电话给我的家人、同事或朋友" },
  {
    id: "harassment",
    label: "催收辱骂、威胁我，深夜或一天打很多次电话，或冒充公检法",
    note: "遇到威胁或暴力请拨打 110；骚扰电话、短信可以向 12321 举报。",
  },
  { id: "contacts-harvested", label: "借款 App 读取了我的通讯录，乱用我的个人信息" },
  { id: "cannot-pay", label: "每月还不上，想分期慢慢还" },
  { id: "no-income-now", label: "暂时完全还不上（失业、生病），想晚一段时间再还" },
  { id: "settle-once", label: "想一次还清，请对方减免一部分" },
  { id: "debt-sold", label: "对方说债已经卖给了别的公司，或不认识的公司来催、金额对不上" },
  {
    id: "old-debt",
    label: "这笔债三年多没还过，也没人催过",
    note: "先不要申请分期、延期或答应还款：这会让诉讼时效重新计算。先发一封只查询、不承认欠款的信。",
  },
  { id: "credit-report-error", label: "征信报告上的记录有错" },
  { id: "complaint-ignored", label: "向机构投诉或申请，过了很久没人理" },
  { id: "paid-off", label: "已经还清了，需要对方出结清证明" },
  { id: "helper", label: "想让家人或律师替我去办" },
];

/** What a letter says about one situation it serves (declared in the letter's module). */
export interface JourneySituation {
  id: SituationId;
  /** Lower first: 1 = the letter to write first in this situation. */
  rank: number;
  /** One line on why this letter, in plain words. */
  why: string;
  /** Form values the situation already answers, by form field name (e.g. the conduct 联系第三人). */
  prefill?: Readonly<Record<string, string | readonly string[]>>;
}

export interface LetterJourney {
  situations: readonly JourneySituation[];
}

export interface Recommendation {
  type: string;
  title: string;
  why: string;
  /** The form's address with what the situations already answer, as query parameters. */
  href: string;
}

/** The situations some registered letter serves, in the order asked. */
export function askedSituations(types: readonly LetterType[]): Situation[] {
  const served = new Set(types.flatMap((t) => t.journey?.situations.map((s) => s.id) ?? []));
  return SITUATIONS.filter((s) => served.has(s.id));
}

export function isSituationId(value: string): value is SituationId {
  return (SITUATION_IDS as readonly string[]).includes(value);
}

/**
 * The letters for the chosen situations, in order: by the best rank any chosen situation gives a letter, then
 * by the most urgent of those situations, then by the registry's order. Each letter once, with the why of its
 * best match and the prefill of every chosen situation it serves.
 */
export function recommend(chosen: readonly SituationId[], types: readonly LetterType[]): Recommendation[] {
  const urgency = (id: SituationId) => SITUATION_IDS.indexOf(id);
  const picked = new Set(chosen);
  const found = types.flatMap((type, order) => {
    const matches = (type.journey?.situations ?? []).filter((s) => picked.has(s.id));
    if (!matches.length) return [];
    const best = [...matches].sort((a, b) => a.rank - b.rank || urgency(a.id) - urgency(b.id))[0];
    const params = new URLSearchParams();
    for (const match of matches)
      for (const [name, value] of Object.entries(match.prefill ?? {}))
        for (const v of typeof value === "string" ? [value] : value) if (!params.getAll(name).includes(v)) params.append(name, v);
    const query = params.toString();
    return [
      {
        key: [best.rank, urgency(best.id), order],
        rec: { type: type.id, title: type.title["zh-Hans"], why: best.why, href: `/form/${type.id}${query ? `?${query}` : ""}` },
      },
    ];
  });
  return found
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map((f) => f.rec);
}

/**
 * Common creditors a borrower can pick instead of typing: the values they stand for, by form field name.
 * Only names this project can vouch for (legal-notes.md: 花呗 and 借呗 are 重庆蚂蚁消费金融有限公司, a licensed
 * consumer-finance company); the rest pick a kind of institution and leave the name to the borrower.
 */
export interface Platform {
  id: string;
  label: string;
  values: Readonly<Record<string, string>>;
}

export const PLATFORMS: readonly Platform[] = [
  {
    id: "jiebei",
    label: "借呗",
    values: { "lender.name": "重庆蚂蚁消费金融有限公司", "lender.kind": "consumer-finance", "account.product": "借呗" },
  },
  {
    id: "huabei",
    label: "花呗",
    values: { "lender.name": "重庆蚂蚁消费金融有限公司", "lender.kind": "consumer-finance", "account.product": "花呗" },
  },
  { id: "credit-card", label: "信用卡", values: { "lender.kind": "bank-credit-card", "account.product": "信用卡" } },
];
