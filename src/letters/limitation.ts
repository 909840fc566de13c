/**
 * The limitation-period guard (legal-notes.md, "Limitation period (诉讼时效): a trap in every request letter").
 *
 * An installment request, a deferral request, a settlement offer or a repayment promise is 同意履行
 * (诉讼时效规定 第十四条): it interrupts and restarts the three years (民法典 第一百九十五条), and once the three
 * years have run it gives up the time-bar defence (诉讼时效规定 第十九条; 民法典 第一百九十二条). Collection
 * demands interrupt the period too, so under active collection it has rarely run — but when every date the
 * borrower gives (last payment, last demand received, overdue since) is more than three years before the
 * letter, the request letter could revive a debt the borrower no longer had to pay. Such a request is refused
 * with LIMITATION_RISK unless the body says `acknowledgeLimitationRisk: true`; the debt-details request, which
 * admits nothing, is offered instead. With none of the dates given nothing is refused: we cannot know.
 */
import type { FieldError } from "../errors";
import { addYearsClamped, compareDates, dateSchema, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import type { BodyReader, LetterContext, LetterWarning } from "./types";
import { fieldError, readLetterDate, YES } from "./checks";

/** 民法典 第一百八十八条: 诉讼时效期间为三年. */
export const LIMITATION_YEARS = 3;

/** The dates that say when the period last started to run, by body path and how the message names them. */
export const LIMITATION_DATES = [
  { path: "debt.lastPaymentDate", zh: "最后一次还款", en: "last payment" },
  { path: "debt.lastDemandDate", zh: "最后一次收到催收", en: "last collection demand" },
  { path: "debt.overdueSince", zh: "开始逾期", en: "overdue since" },
] as const;

export interface LimitationFacts {
  /** The dates given, by path. */
  dates: { path: string; date: CalendarDate }[];
  /** The latest of them. */
  latest?: CalendarDate;
  /** Every date given is more than three years before the letter (and at least one was given). */
  atRisk: boolean;
}

/** Whether the three years from `from` have run by `letter`: the period ends on the corresponding day three years on. */
export function limitationExpired(from: CalendarDate, letter: CalendarDate): boolean {
  return compareDates(addYearsClamped(from, LIMITATION_YEARS), letter) < 0;
}

/** What the borrower's dates say about the limitation period on the letter date. */
export function limitationFacts(dates: readonly { path: string; date: CalendarDate | undefined }[], letter: CalendarDate): LimitationFacts {
  const given = dates.flatMap(({ path, date }) => (date ? [{ path, date }] : []));
  const latest = given.map((d) => d.date).sort(compareDates).at(-1);
  return { dates: given, latest, atRisk: latest !== undefined && limitationExpired(latest, letter) };
}

/** The limitation dates of a body that may be invalid, each parsed on its own. */
export function readLimitationDates(read: BodyReader) {
  return LIMITATION_DATES.map(({ path }) => ({ path, date: read(path, dateSchema) }));
}

/** The limitation dates of a validated body's debt. */
export function debtLimitationDates(debt: { lastPaymentDate?: CalendarDate; lastDemandDate?: CalendarDate; overdueSince?: CalendarDate }) {
  return [
    { path: "debt.lastPaymentDate", date: debt.lastPaymentDate },
    { path: "debt.lastDemandDate", date: debt.lastDemandDate },
    { path: "debt.overdueSince", date: debt.overdueSince },
  ];
}

/**
 * The check every request letter (同意履行) runs: LIMITATION_RISK at `acknowledgeLimitationRisk` when every
 * given date is more than three years old and the borrower has not said they understand.
 */
export function checkLimitationRisk(read: BodyReader, context: LetterContext): FieldError[] {
  const letter = readLetterDate(read, context);
  const facts = limitationFacts(readLimitationDates(read), letter);
  if (!facts.atRisk || read("acknowledgeLimitationRisk", YES)) return [];
  const latest = formatChineseDate(facts.latest!);
  return [
    fieldError(
      "acknowledgeLimitationRisk",
      "LIMITATION_RISK",
      `你填写的最近日期（${latest}）距今已超过三年，这笔债可能已过诉讼时效：过了时效，对方起诉时你可以拒绝还款（《民法典》第一百九十二条）。` +
        `但提出分期、延期、减免或还款承诺，就是「同意履行」，会让三年重新计算，并放弃这一抗辩（诉讼时效规定第十四条、第十九条）。` +
        `建议先发《债务明细及债权凭证查询函》，它不承认任何欠款。确实要发本申请的，请确认你已了解这一风险。`,
      `The latest date you gave (${formatIsoDate(facts.latest!)}) is more than three years ago, so this debt may be time-barred: ` +
        `past the limitation period you may refuse to pay if you are sued (Civil Code art. 192). ` +
        `But asking for instalments, a deferral, a reduction or promising to pay counts as agreeing to perform: it restarts the three years ` +
        `and gives up that defence (Limitation Provisions arts. 14 and 19). Send the debt-details request (debt-details-request) first: ` +
        `it admits nothing. To send this request anyway, set acknowledgeLimitationRisk: true.`,
    ),
  ];
}

/** The warning a request letter carries when the borrower sent it despite the risk (from the validated debt). */
export function limitationWarning(debt: Parameters<typeof debtLimitationDates>[0], letter: CalendarDate): LetterWarning | undefined {
  const facts = limitationFacts(debtLimitationDates(debt), letter);
  if (!facts.atRisk) return undefined;
  return {
    code: "LIMITATION_RISK",
    path: "acknowledgeLimitationRisk",
    message: {
      zh: `你填写的最近日期（${formatChineseDate(facts.latest!)}）距今已超过三年。寄出本申请即同意履行，诉讼时效重新计算，并不能再以时效已过为由拒绝还款。你已确认了解这一风险。`,
      en: `The latest date you gave (${formatIsoDate(facts.latest!)}) is more than three years ago. Sending this request agrees to perform: the limitation period restarts and the time-bar defence is lost. You have confirmed you understand.`,
    },
  };
}
