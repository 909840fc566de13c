/**
 * Calendar dates for Shuhan's letters. At the API a date is a string "YYYY-MM-DD" (ISO 8601 calendar date,
 * design.md "Public API contract (v1)"); inside it is a `CalendarDate`, plain numbers with no time and no time
 * zone, so no date ever shifts by a day between the Worker's UTC clock and the borrower's calendar.
 * "Today" is today in Asia/Shanghai. Letters print dates as 2026年11月23日 (legal-notes.md, "Letter conventions").
 */
import { z } from "zod";
import { bilingual } from "../errors";

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** The years the API accepts: wide enough for birth dates and far-off schedules, narrow enough to catch typos. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the numbers name a real day of the Gregorian calendar (any year). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "2026-11-23" → { year: 2026, month: 11, day: 23 }, or null. Strict: exactly YYYY-MM-DD with zero padding,
 * a real calendar date (2026-02-29 → null, 2028-02-29 is fine), year 1900–2100. No time part, no spaces.
 */
export function parseDate(s: string): CalendarDate | null {
  if (typeof s !== "string") return null;
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDate(year, month, day)) return null;
  return { year, month, day };
}

/** The API's date field: "YYYY-MM-DD" → CalendarDate; JSON Schema (io: "input"): a string with format "date". */
export const dateSchema = z
  .string()
  .transform((value, ctx): CalendarDate => {
    const date = parseDate(value);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        input: value,
        ...bilingual(
          "INVALID_DATE",
          `日期须为真实存在的日期，格式为YYYY-MM-DD（如 2026-11-23），年份在${MIN_YEAR}至${MAX_YEAR}之间`,
          `Date must be a real calendar date written YYYY-MM-DD (e.g. 2026-11-23), years ${MIN_YEAR} to ${MAX_YEAR}`,
        ),
      });
      return z.NEVER;
    }
    return date;
  })
  .meta({ format: "date", pattern: ISO_DATE.source, description: "日期 YYYY-MM-DD / date YYYY-MM-DD", examples: ["2026-11-23"] });

/** { 2026, 3, 5 } → "2026-03-05". */
export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** { 2026, 11, 23 } → "2026年11月23日": Arabic numerals without zero padding, as letters date themselves. */
export function formatChineseDate(d: CalendarDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/**
 * From this instant on Asia/Shanghai is UTC+8 all year: China's last daylight saving time ended on
 * 1991-09-15 (tz database, Asia/Shanghai). Today is then plain arithmetic on the clock; only an earlier
 * instant (tests, historical dates) asks Intl, whose time zone data knows the older rules.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1);
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** The last instant a Date can shift by the offset and still be a Date (ECMAScript's range ends at ±8.64e15 ms). */
const FIXED_OFFSET_UNTIL = 8.64e15 - SHANGHAI_OFFSET_MS;

/**
 * Built when first needed, for instants before FIXED_OFFSET_SINCE only: in workerd the first construction,
 * which loads the time zone's data, cost more CPU than the rest of a letter, and formatToParts (twice a
 * letter: its date and the ID number's birth-date check) cost 2-4 µs a call in Node, 0.2 µs the arithmetic.
 */
let shanghaiFormat: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Asia/Shanghai (China Standard Time, UTC+8, no daylight saving since 1991), the calendar the
 * borrower and the lender live by; a Worker's clock is UTC. 2026-11-23T16:30:00Z → 2026-11-24.
 */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError("invalid Date");
  if (time >= FIXED_OFFSET_SINCE && time <= FIXED_OFFSET_UNTIL) {
    const local = new Date(time + SHANGHAI_OFFSET_MS);
    return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  }
  shanghaiFormat ??= new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" });
  const parts: Partial<Record<string, number>> = {};
  for (const part of shanghaiFormat.formatToParts(now)) {
    if (part.type === "year" || part.type === "month" || part.type === "day") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day! };
}

/**
 * Steps by calendar months (negative steps back) and clamps the day to the target month's length:
 * Jan 31 + 1 → Feb 28, or Feb 29 in a leap year; Mar 31 − 1 → Feb 28/29.
 * Clamping loses the day, so a series of dates must each be computed from the first one (see `monthlySchedule`),
 * never by chaining: chaining gives 01-31, 02-28, 03-28.
 */
export function addMonthsClamped(d: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/**
 * `n` monthly due dates starting on `first`: date k is first + k months, clamped (computed from the first date,
 * so a schedule that starts on the 31st keeps returning to the 31st: 01-31, 02-28, 03-31, 04-30, …).
 */
export function monthlySchedule(first: CalendarDate, n: number): CalendarDate[] {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`);
  return Array.from({ length: n }, (_, k) => addMonthsClamped(first, k));
}

/** Negative when a is before b, 0 when the same day, positive when a is after b (usable with Array.sort). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic (H. Hinnant's
 * days_from_civil), so no Date object and no time zone is involved.
 */
function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from a to b: positive when b is later (2026-11-23 → 2026-12-01 is 8). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The calendar date from a day number (days since 1970-01-01), the inverse of `dayNumber` (Hinnant's civil_from_days). */
function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day };
}

/** `d` plus `days` calendar days (negative goes back): 2026-11-23 + 15 → 2026-12-08. */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromDayNumber(dayNumber(d) + days);
}

/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(d: CalendarDate): number {
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The same date `years` later, clamped (2024-02-29 + 3 years → 2027-02-28): where a period of years ends,
 * on the corresponding day (a month without that day ends on its last day).
 */
export function addYearsClamped(d: CalendarDate, years: number): CalendarDate {
  return addMonthsClamped(d, years * 12);
}
