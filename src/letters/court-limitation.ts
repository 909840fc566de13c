/**
 * The time-bar defence (诉讼时效抗辩) of a 民事答辩状, from the dates the borrower gives — never invented
 * (legal-notes.md, "Limitation period"):
 *
 * - the period is three years (《民法典》第一百八十八条); for an instalment debt it runs from the due date of the
 *   LAST instalment (第一百八十九条) — `lastDueDate` is that date, or the due date of a debt payable at once;
 * - it is interrupted and starts again (第一百九十五条) by a demand from the creditor, by the debtor's agreeing
 *   to perform (a payment, an instalment or deferral request, a promise: 《诉讼时效规定》第十四条) and, for a sold
 *   debt, by the transfer notice reaching the debtor (《诉讼时效规定》第十七条);
 * - once the three years have run, a demand changes nothing, but agreeing to perform or paying gives up the
 *   defence (第一百九十二条; 《诉讼时效规定》第十九条);
 * - the court does not apply the time bar of its own motion (第一百九十三条): the defendant must raise it.
 *
 * The defence is supported only when the three years counted from the last of these dates had run before the
 * suit was filed (the filing date, `case.filedOn`: not the day the complaint was received, which is later).
 * Otherwise the check answers 422 and names the date that keeps the claim in time.
 */
import { addYearsClamped, compareDates, formatChineseDate, formatIsoDate, type CalendarDate } from "../text/dates";
import { limitationExpired } from "./limitation";

/** What can restart the three years, as the body names it. */
export type LimitationEventKind = "payment" | "demand" | "acknowledgement" | "transfer-notice";

export const LIMITATION_EVENTS = [
  { kind: "payment", path: "limitation.lastPaymentDate", zh: "最后一次还款", en: "last payment" },
  { kind: "demand", path: "limitation.lastDemandDate", zh: "最后一次收到催收", en: "last demand received" },
  { kind: "acknowledgement", path: "limitation.acknowledgedOn", zh: "最后一次同意还款（申请分期、延期或承诺还款）", en: "last agreement to pay (instalment or deferral request, promise)" },
  { kind: "transfer-notice", path: "limitation.transferNoticeDate", zh: "收到债权转让通知", en: "transfer notice received" },
] as const satisfies readonly { kind: LimitationEventKind; path: string; zh: string; en: string }[];

export interface LimitationEvent {
  kind: LimitationEventKind;
  path: string;
  date: CalendarDate;
}

export interface LimitationInput {
  /** Due date of the last instalment (or of the whole debt). */
  lastDueDate: CalendarDate;
  events: readonly LimitationEvent[];
  /** The day the suit was filed. */
  filedOn: CalendarDate;
}

export type LimitationOutcome =
  | {
      supported: true;
      /** The day the three years last started to run from: the due date, or the last interrupting event. */
      start: CalendarDate;
      /** What `start` is: "due" or the event's kind. */
      startKind: "due" | LimitationEventKind;
      /** start + 3 years: the period's last day. */
      expiry: CalendarDate;
      /** Demands and notices that came after the period had run: they change nothing. */
      afterExpiry: LimitationEvent[];
    }
  | {
      supported: false;
      /** within-period: the three years from `date` had not run when the suit was filed; waived: a payment or agreement after they had run. */
      reason: "within-period" | "waived";
      path: string;
      date: CalendarDate;
      kind: "due" | LimitationEventKind;
      /** The last day of the period that `date` relates to. */
      expiry: CalendarDate;
    };

const LAST_DUE_PATH = "limitation.lastDueDate";

/** Whether the time-bar defence stands on these dates, and if not, which date defeats it. Pure. */
export function assessLimitation(input: LimitationInput): LimitationOutcome {
  const events = [...input.events].sort((a, b) => compareDates(a.date, b.date));
  let start = input.lastDueDate;
  let startKind: "due" | LimitationEventKind = "due";
  let startPath = LAST_DUE_PATH;
  const afterExpiry: LimitationEvent[] = [];
  for (const event of events) {
    const expired = limitationExpired(start, event.date);
    if (!expired) {
      // Within the period (or before it began): a demand, an agreement, a payment or a notice restarts it.
      if (compareDates(event.date, start) > 0 && compareDates(event.date, input.filedOn) <= 0) {
        start = event.date;
        startKind = event.kind;
        startPath = event.path;
      }
      continue;
    }
    if (event.kind === "payment" || event.kind === "acknowledgement")
      return { supported: false, reason: "waived", path: event.path, date: event.date, kind: event.kind, expiry: addYearsClamped(start, 3) };
    afterExpiry.push(event);
  }
  const expiry = addYearsClamped(start, 3);
  if (!limitationExpired(start, input.filedOn)) return { supported: false, reason: "within-period", path: startPath, date: start, kind: startKind, expiry };
  return { supported: true, start, startKind, expiry, afterExpiry };
}

const label = (kind: "due" | LimitationEventKind) =>
  kind === "due" ? { zh: "最后一期还款到期日", en: "due date of the last instalment" } : LIMITATION_EVENTS.find((e) => e.kind === kind)!;

/** The 422 message of a defence the dates do not support: which date, and why. */
export function limitationRefusal(outcome: Extract<LimitationOutcome, { supported: false }>, filedOn: CalendarDate): { zh: string; en: string } {
  const what = label(outcome.kind);
  const date = formatChineseDate(outcome.date);
  if (outcome.reason === "waived")
    return {
      zh:
        `你填写的${what.zh}（${date}）在诉讼时效期间届满（${formatChineseDate(outcome.expiry)}）之后：时效届满后还款或同意还款，就不能再以时效届满为由抗辩（《民法典》第一百九十二条、《诉讼时效规定》第十九条）。` +
        `答辩状不能提出诉讼时效抗辩；请取消勾选这一项，或核对日期。`,
      en:
        `The ${what.en} you gave (${formatIsoDate(outcome.date)}) is after the limitation period ended (${formatIsoDate(outcome.expiry)}): paying or agreeing to pay after that gives up the time-bar defence (Civil Code art. 192; Limitation Provisions art. 19). ` +
        `The defence cannot be raised: untick it, or check the date.`,
    };
  return {
    zh:
      `你填写的${what.zh}（${date}）距原告起诉之日（${formatChineseDate(filedOn)}）不满三年：诉讼时效${outcome.kind === "due" ? "自该日起算" : "自该日中断后重新计算"}，到${formatChineseDate(outcome.expiry)}才届满，原告起诉时尚未届满（《民法典》第一百八十八条、第一百九十五条）。` +
      `答辩状不能提出诉讼时效抗辩；请取消勾选这一项，或核对日期。`,
    en:
      `The ${what.en} you gave (${formatIsoDate(outcome.date)}) is less than three years before the suit was filed (${formatIsoDate(filedOn)}): the period ${outcome.kind === "due" ? "runs from it" : "restarted on it"} and ends only on ${formatIsoDate(outcome.expiry)}, after the filing (Civil Code arts. 188 and 195). ` +
      `The time-bar defence cannot be raised: untick it, or check the date.`,
  };
}
