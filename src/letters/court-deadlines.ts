/**
 * Court periods for a borrower who has been sued: the last day of the 15-day answer period
 * (《民事诉讼法》第一百二十八条: 被告应当在收到起诉状副本之日起十五日内提出答辩状), which is also the last day for
 * an objection to jurisdiction (第一百三十条).
 *
 * How a period is counted (the 期间 article of the Civil Procedure Law, which legal-notes.md does not hold, so it is
 * described here and in the facts without an article number):
 * - the day the period starts on — the day the complaint was received — is not counted: the 15 days are the
 *   15 days after it, so receipt on 11月20日 gives a last day of 12月5日;
 * - a period whose last day is a 法定休假日 ends on the first day after it that is not one: a Saturday or
 *   Sunday moves to the Monday, a public holiday to the first working day after the holiday;
 * - a document posted (交邮) before the period ends is in time: the postmark counts, not the day the court
 *   receives it.
 *
 * Public holidays come only from the State Council's notice for the year (国务院办公厅关于××年部分节假日安排的
 * 通知), read from a published copy (sources below). For a year without a verified notice we do not guess:
 * weekends still move the date, and `calendarVerified` is false so the facts can say that the date moves
 * further if it is a public holiday. A weekend day that the notice makes a working day (调休上班) is a
 * working day, so a period ending on it is NOT moved — the earlier, safer date.
 */
import { addDays, compareDates, formatIsoDate, isoWeekday, type CalendarDate } from "../text/dates";

/** 《民事诉讼法》第一百二十八条: 十五日内提出答辩状. */
export const ANSWER_PERIOD_DAYS = 15;

/** One year's official holiday arrangement. */
export interface HolidayCalendar {
  year: number;
  /** The notice, as published. */
  title: string;
  /** Where it was read (published copies of the Xinhua release of the notice). */
  sources: readonly string[];
  /** Rest days (放假调休), inclusive ranges "YYYY-MM-DD". */
  holidays: readonly (readonly [string, string])[];
  /** Weekend days that are working days (调休上班). */
  makeupWorkdays: readonly string[];
}

/**
 * The verified years. Each entry was read from the Xinhua release of the State Council notice as republished
 * by 光明网 (gmw.cn) and checked against a second copy; the weekdays the notices give match the calendar.
 */
export const HOLIDAY_CALENDARS: Readonly<Record<number, HolidayCalendar>> = {
  2025: {
    year: 2025,
    // 国办发明电〔2024〕12号, 2024年11月12日.
    title: "国务院办公厅关于2025年部分节假日安排的通知",
    sources: ["https://m.gmw.cn/2024-11/12/content_1303894933.htm", "http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html (新华网转载)"],
    holidays: [
      ["2025-01-01", "2025-01-01"],
      ["2025-01-28", "2025-02-04"],
      ["2025-04-04", "2025-04-06"],
      ["2025-05-01", "2025-05-05"],
      ["2025-05-31", "2025-06-02"],
      ["2025-10-01", "2025-10-08"],
    ],
    makeupWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  2026: {
    year: 2026,
    // 2025年11月4日.
    title: "国务院办公厅关于2026年部分节假日安排的通知",
    sources: ["https://politics.gmw.cn/2025-11/04/content_38391083.htm", "https://www.hrbtv.net/folder963/2025-11-04/1096647.html (新华网转载)"],
    holidays: [
      ["2026-01-01", "2026-01-03"],
      ["2026-02-15", "2026-02-23"],
      ["2026-04-04", "2026-04-06"],
      ["2026-05-01", "2026-05-05"],
      ["2026-06-19", "2026-06-21"],
      ["2026-09-25", "2026-09-27"],
      ["2026-10-01", "2026-10-07"],
    ],
    makeupWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
};

/** What kind of day a date is, as far as we know. */
export type DayKind = "workday" | "weekend" | "holiday" | "makeup-workday";

export interface DayInfo {
  kind: DayKind;
  /** Whether the year's holiday calendar is verified: if not, a "workday" or "weekend" may also be a holiday. */
  verified: boolean;
}

const inRange = (iso: string, [from, to]: readonly [string, string]) => iso >= from && iso <= to;

/** The kind of `date`: a public holiday or make-up working day from a verified calendar, else by the weekday. */
export function dayInfo(date: CalendarDate): DayInfo {
  const calendar = HOLIDAY_CALENDARS[date.year];
  const weekend = isoWeekday(date) >= 6;
  if (!calendar) return { kind: weekend ? "weekend" : "workday", verified: false };
  const iso = formatIsoDate(date);
  if (calendar.holidays.some((range) => inRange(iso, range))) return { kind: "holiday", verified: true };
  if (calendar.makeupWorkdays.includes(iso)) return { kind: "makeup-workday", verified: true };
  return { kind: weekend ? "weekend" : "workday", verified: true };
}

/** A day on which a period cannot end (法定休假日): a weekend that is not a make-up working day, or a public holiday. */
export function isRestDay(date: CalendarDate): boolean {
  const { kind } = dayInfo(date);
  return kind === "weekend" || kind === "holiday";
}

/** Why the last day moved. */
export interface PeriodShift {
  /** The day that could not be the last day. */
  date: CalendarDate;
  kind: "weekend" | "holiday";
}

export interface PeriodEnd {
  /** The day the period runs from (not counted). */
  start: CalendarDate;
  days: number;
  /** start + days: the last day before any move. */
  nominal: CalendarDate;
  /** The last day of the period: the nominal day, or the first day after it that is not a rest day. */
  last: CalendarDate;
  /** The rest days the last day was moved over, in order. */
  shifts: PeriodShift[];
  /**
   * Whether every day examined (the nominal day to the last day) lies in a year whose holiday calendar is
   * verified. When false, `last` moves weekends only, and may move further if it is a public holiday.
   */
  calendarVerified: boolean;
  /** The years examined without a verified calendar. */
  unverifiedYears: number[];
}

/**
 * The last day of a period of `days` days that starts on `start` (the day of `start` not counted): `start` +
 * `days`, moved past weekends and (in verified years) public holidays to the first day that is neither.
 * Pure: the same answer in the facts, the form and the tests.
 */
export function periodEnd(start: CalendarDate, days: number): PeriodEnd {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`days must be a positive integer: ${days}`);
  const nominal = addDays(start, days);
  const shifts: PeriodShift[] = [];
  const unverified = new Set<number>();
  let last = nominal;
  for (;;) {
    const info = dayInfo(last);
    if (!info.verified) unverified.add(last.year);
    if (info.kind !== "weekend" && info.kind !== "holiday") break;
    shifts.push({ date: last, kind: info.kind });
    last = addDays(last, 1);
  }
  return { start, days, nominal, last, shifts, calendarVerified: unverified.size === 0, unverifiedYears: [...unverified].sort() };
}

/** The answer period (and the jurisdiction-objection period): 15 days from the day the complaint was received. */
export function answerPeriod(received: CalendarDate): PeriodEnd {
  return periodEnd(received, ANSWER_PERIOD_DAYS);
}

/** Whether a filing on `date` is within the period (on or before its last day). */
export function withinPeriod(period: PeriodEnd, date: CalendarDate): boolean {
  return compareDates(date, period.last) <= 0;
}
