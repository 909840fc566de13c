/**
 * The letter's facts as data (src/letters/types.ts `LetterFacts`): what `?format=json` answers, what /check
 * returns with its warnings, and what the form shows around the PDF. Built from the same computed values the
 * letter prints, so the JSON and the PDF cannot disagree.
 */
import { CITATIONS, SOURCE_NOTES, type CitationId } from "../text/citations";
import { addDays, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { formatFen, type Fen } from "../text/money";
import { SIMPLIFIED_ONLY } from "../text/simplified-only.gen";
import type { Script } from "../text/labels";
import { amountView } from "./shared";
import type { AmountFact, CitationFact, DeadlineFact, LetterFacts, LetterWarning, Locale, NextStepFact } from "./types";

/** An amount as data: fen, the yuan string, the figure and 大写. */
export function amountFact(fen: Fen, script: Script = "Hans"): AmountFact {
  const view = amountView(fen, script);
  return { fen, yuan: formatFen(fen).replaceAll(",", ""), figure: view.figure, daxie: view.daxie };
}

/** The citations a letter prints, from the one table, in the order given, without duplicates. */
export function citationFacts(ids: Iterable<CitationId>, script: Script = "Hans"): CitationFact[] {
  return [...new Set(ids)].map((id) => {
    const entry = CITATIONS[id];
    return {
      id,
      title: entry.source.full[script],
      ...(entry.article ? { article: entry.article[script] } : {}),
      asOf: entry.asOf,
      status: entry.sourceNote === SOURCE_NOTES.verified ? "verified" : "secondary",
      source: entry.sourceNote,
    };
  });
}

/** The citation ids among a view model's `basis` entries (each a Citation or undefined). */
export function citedIds(basis: Record<string, { id: CitationId } | undefined>): CitationId[] {
  return Object.values(basis).flatMap((c) => (c ? [c.id] : []));
}

/** The Simplified-only characters, by code point. */
const SIMPLIFIED = new Set(Array.from(SIMPLIFIED_ONLY, (ch) => ch.codePointAt(0)!));

/** A string of a validated body that holds Simplified-only characters: its path, and those characters in order. */
interface SimplifiedIn {
  path: string;
  characters: string[];
}

/**
 * Every string in a validated body that holds Simplified-only characters, in the body's order. One walk over
 * one path array, each string read once by code point: a zh-Hant letter runs it over its whole input.
 */
function findSimplified(value: unknown, path: string[], found: SimplifiedIn[]): SimplifiedIn[] {
  if (typeof value === "string") {
    let characters: string[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const cp = value.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (SIMPLIFIED.has(cp)) (characters ??= []).push(String.fromCodePoint(cp));
    }
    if (characters) found.push({ path: path.join("."), characters });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(String(i));
      findSimplified(value[i], path, found);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      path.push(key);
      findSimplified((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
  return found;
}

/**
 * MIXED_SCRIPT: a zh-Hant letter whose input holds Simplified-only characters. The borrower's words and names
 * are printed as typed, never converted (a name is a name), so the letter mixes scripts: the borrower should
 * know, and may retype them in Traditional script.
 */
export function mixedScriptWarning(input: unknown, locale: Locale): LetterWarning | undefined {
  if (locale !== "zh-Hant") return undefined;
  const found = findSimplified(input, [], []);
  if (!found.length) return undefined;
  const characters = [...new Set(found.flatMap((f) => f.characters))].slice(0, 12).join("");
  return {
    code: "MIXED_SCRIPT",
    path: found[0].path,
    message: {
      zh: `繁体信函中有简体字（${characters}），出现在：${found.map((f) => f.path).join("、")}。你填写的内容按原样打印，不做转换；如需全繁体，请用繁体重新输入。`,
      en: `This Traditional-script letter contains Simplified characters (${characters}) in: ${found.map((f) => f.path).join(", ")}. What you typed is printed as typed, never converted; retype it in Traditional script for an all-Traditional letter.`,
    },
  };
}

/** 15 days for a written reply: the letters ask for it, after the 投诉处理办法's period for a decision. */
export const REPLY_DAYS = 15;

/** A payment a letter proposes may not fall due before the lender could answer the letter (its reply period). */
export function earliestProposedPayment(letter: CalendarDate): CalendarDate {
  return addDays(letter, REPLY_DAYS);
}

/**
 * The reply the letter asks for: within `days` of receipt. The letter date plus `days` is the earliest such
 * day (a letter received the day it is dated); the explanation says it counts from delivery.
 */
export function replyDeadline(letterDate: CalendarDate, days: number = REPLY_DAYS, citation?: CitationId): DeadlineFact {
  const due = addDays(letterDate, days);
  return {
    id: "reply-due",
    date: formatIsoDate(due),
    rule: { zh: `信中请对方自收到之日起${days}日内书面答复`, en: `the letter asks for a written reply within ${days} days of receipt` },
    explanation: {
      zh: `从对方签收之日起算${days}日：如当天签收，为${formatChineseDate(due)}；EMS 的妥投日期可在 EMS 官网或 App 查到，按签收日往后数${days}日。到期没有答复，可以写一封投诉信。`,
      en: `${days} days from the day the recipient signs for it: ${formatIsoDate(due)} if delivered the day it is dated; EMS shows the delivery date. With no reply by then, you may complain (the complaint letter).`,
    },
    ...(citation ? { citation } : {}),
  };
}

/** The steps every posted letter shares: sign it, send it with proof of delivery, keep a copy. */
export const SENDING_STEPS: readonly NextStepFact[] = [
  {
    id: "sign",
    text: { zh: "打印后在签名处亲笔签名（可按手印），附上信中列出的附件。", en: "Print it, sign where it says 签名 (a fingerprint may be added) and enclose the attachments it lists." },
  },
  {
    id: "send-by-ems",
    text: {
      zh: "用中国邮政 EMS 寄出并保留邮寄单据和妥投记录；也可以把全文粘贴到机构 App 的在线客服或投诉渠道。",
      en: "Send it by China Post EMS and keep the receipt and the delivery record; or paste the text into the institution's in-app customer service or complaint channel.",
    },
  },
  { id: "keep-copy", text: { zh: "信和附件各留一份复印件，和对方的回复一起保存。", en: "Keep a copy of the letter and its attachments with any reply." } },
];

/** The step that warns against paid agents, which every letter's facts carry last. */
export const NO_PAID_AGENTS: NextStepFact = {
  id: "no-paid-agents",
  text: {
    zh: "不要付钱给「代理协商」「反催收」「征信修复」机构，不要把验证码、手机卡交给任何人：这些事你可以自己免费办，机构的客服、12378、12363 和 12348 法律援助都不收费。",
    en: "Never pay an agency to negotiate, to stop collection or to repair your credit record, and never hand anyone a verification code or SIM card: you can do all of it yourself for free, and the lender's service line, 12378, 12363 and 12348 legal aid cost nothing.",
  },
};

export interface FactsInit {
  type: string;
  title: string;
  locale: Locale;
  date: CalendarDate;
  recipient: LetterFacts["recipient"];
  amounts?: LetterFacts["amounts"];
  schedule?: LetterFacts["schedule"];
  dates?: Record<string, CalendarDate | undefined>;
  deadlines?: DeadlineFact[];
  citations?: Iterable<CitationId>;
  warnings?: (LetterWarning | undefined)[];
  nextSteps?: NextStepFact[];
  /** The validated input, for the mixed-script warning. */
  input: unknown;
}

/** The facts of one letter, with the warnings every letter checks (mixed script) added. */
export function letterFacts(init: FactsInit): LetterFacts {
  const script: Script = init.locale === "zh-Hant" ? "Hant" : "Hans";
  const dates: Record<string, string> = {};
  for (const [key, date] of Object.entries(init.dates ?? {})) if (date) dates[key] = formatIsoDate(date);
  const warnings = [...(init.warnings ?? []), mixedScriptWarning(init.input, init.locale)].filter((w): w is LetterWarning => w !== undefined);
  return {
    type: init.type,
    title: init.title,
    locale: init.locale,
    date: formatIsoDate(init.date),
    recipient: init.recipient,
    amounts: init.amounts ?? {},
    ...(init.schedule ? { schedule: init.schedule } : {}),
    dates,
    deadlines: init.deadlines ?? [],
    citations: citationFacts(init.citations ?? [], script),
    warnings,
    nextSteps: [...(init.nextSteps ?? SENDING_STEPS), NO_PAID_AGENTS],
  };
}
