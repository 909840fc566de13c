/**
 * The answer period (《民事诉讼法》第一百二十八条, 15 days): the day of receipt not counted, a last day on a weekend
 * or (in a verified year) a public holiday moved to the next working day, a make-up working day not moved — across
 * month ends, year ends, leap years and weekends; and the verified calendars against the weekdays their notices give.
 */
import { describe, expect, it } from "vitest";
import { answerPeriod, dayInfo, HOLIDAY_CALENDARS, isRestDay, periodEnd, withinPeriod } from "../../src/letters/court-deadlines";
import { formatIsoDate, isoWeekday, parseDate, type CalendarDate } from "../../src/text/dates";

const d = (s: string): CalendarDate => {
  const date = parseDate(s);
  if (!date) throw new Error(`bad test date ${s}`);
  return date;
};
const lastDay = (received: string) => formatIsoDate(answerPeriod(d(received)).last);

describe("answerPeriod: 15 days, the day of receipt not counted", () => {
  it("counts from the day after receipt: received on a Monday, the period ends on the Tuesday two weeks on", () => {
    // 2026-11-23 is a Monday; 23 + 15 = 12月8日, a Tuesday.
    const p = answerPeriod(d("2026-11-23"));
    expect(formatIsoDate(p.nominal)).toBe("2026-12-08");
    expect(formatIsoDate(p.last)).toBe("2026-12-08");
    expect(p.shifts).toEqual([]);
    expect(p.calendarVerified).toBe(true);
  });

  it("moves a Saturday to the Monday (received 2026-11-20 → 12月5日 is a Saturday → 12月7日)", () => {
    const p = answerPeriod(d("2026-11-20"));
    expect(formatIsoDate(p.nominal)).toBe("2026-12-05");
    expect(isoWeekday(p.nominal)).toBe(6);
    expect(formatIsoDate(p.last)).toBe("2026-12-07");
    expect(p.shifts.map((s) => [formatIsoDate(s.date), s.kind])).toEqual([
      ["2026-12-05", "weekend"],
      ["2026-12-06", "weekend"],
    ]);
  });

  it("moves a Sunday to the Monday", () => {
    expect(lastDay("2026-11-21")).toBe("2026-12-07");
  });

  it("crosses month ends: 30-day, 31-day and February months", () => {
    expect(lastDay("2026-04-20")).toBe("2026-05-06"); // 5月5日 is the last day of the Labour Day holiday
    expect(lastDay("2026-03-20")).toBe("2026-04-07"); // 4月4日 is a holiday (清明) → 4月7日
    expect(lastDay("2026-03-17")).toBe("2026-04-01"); // 31-day March: 17 + 15 = 4月1日, a Wednesday
    expect(lastDay("2026-06-16")).toBe("2026-07-01"); // 30-day June
    expect(lastDay("2026-01-17")).toBe("2026-02-02"); // 2月1日 is a Sunday → Monday
    expect(lastDay("2026-07-17")).toBe("2026-08-03"); // 31-day July: 8月1日 is a Saturday → Monday 8月3日
  });

  it("keeps a make-up working day (调休上班) as the last day: it is not a 休假日", () => {
    // 2026-02-28 (Saturday) and 2026-10-10 (Saturday) are working days by the 2026 notice.
    expect(dayInfo(d("2026-02-28")).kind).toBe("makeup-workday");
    expect(formatIsoDate(answerPeriod(d("2026-02-13")).nominal)).toBe("2026-02-28");
    expect(lastDay("2026-02-13")).toBe("2026-02-28");
    expect(lastDay("2026-09-25")).toBe("2026-10-10");
    expect(lastDay("2026-01-30")).toBe("2026-02-14");
  });

  it("moves a public holiday to the first working day after it", () => {
    expect(lastDay("2026-09-16")).toBe("2026-10-08"); // 10月1日 → after 国庆 (1–7日) → 10月8日, a Thursday
    expect(lastDay("2026-09-22")).toBe("2026-10-08"); // 10月7日 → 10月8日
    expect(lastDay("2026-02-05")).toBe("2026-02-24"); // 2月20日, 春节 (15–23日) → 2月24日
    expect(lastDay("2026-06-04")).toBe("2026-06-22"); // 6月19日 端午 (19–21日) → 6月22日, Monday
    const p = answerPeriod(d("2026-09-16"));
    expect(p.shifts.every((s) => s.kind === "holiday")).toBe(true);
    expect(p.shifts).toHaveLength(7);
  });

  it("crosses the year end into a year whose calendar is verified (2025 → 2026)", () => {
    // 2025-12-17 + 15 = 2026-01-01 (元旦, 1–3日) → 1月4日, a Sunday but a make-up working day.
    const p = answerPeriod(d("2025-12-17"));
    expect(formatIsoDate(p.nominal)).toBe("2026-01-01");
    expect(formatIsoDate(p.last)).toBe("2026-01-04");
    expect(p.calendarVerified).toBe(true);
  });

  it("crosses the year end into an unverified year (2027): weekends only, and says so", () => {
    // 2026-12-20 + 15 = 2027-01-04, a Monday: not moved, but 2027 has no verified calendar.
    const p = answerPeriod(d("2026-12-20"));
    expect(formatIsoDate(p.last)).toBe("2027-01-04");
    expect(p.calendarVerified).toBe(false);
    expect(p.unverifiedYears).toEqual([2027]);
    // 2026-12-17 + 15 = 2027-01-01, a Friday: no guess that it is a holiday (元旦 2027 is not yet verified).
    const q = answerPeriod(d("2026-12-17"));
    expect(formatIsoDate(q.last)).toBe("2027-01-01");
    expect(q.calendarVerified).toBe(false);
    // 2026-12-18 + 15 = 2027-01-02, a Saturday → Monday 1月4日.
    expect(lastDay("2026-12-18")).toBe("2027-01-04");
  });

  it("handles leap years: 2月29日 as the last day, and 2月 of a common year", () => {
    expect(formatIsoDate(answerPeriod(d("2028-02-14")).nominal)).toBe("2028-02-29");
    expect(lastDay("2028-02-14")).toBe("2028-02-29"); // a Tuesday
    expect(lastDay("2027-02-13")).toBe("2027-03-01"); // 2027-02-28 is a Sunday → Monday 3月1日
    expect(lastDay("2028-02-15")).toBe("2028-03-01");
    expect(lastDay("2024-02-14")).toBe("2024-02-29"); // 2024 was a leap year; the 29th a Thursday (unverified year)
  });

  it("works for any period length and rejects nonsense", () => {
    expect(formatIsoDate(periodEnd(d("2026-11-23"), 1).last)).toBe("2026-11-24");
    expect(() => periodEnd(d("2026-11-23"), 0)).toThrow(RangeError);
    expect(() => periodEnd(d("2026-11-23"), 1.5)).toThrow(RangeError);
  });

  it("tells whether a filing date is in time (the last day itself is)", () => {
    const p = answerPeriod(d("2026-11-20"));
    expect(withinPeriod(p, d("2026-12-07"))).toBe(true);
    expect(withinPeriod(p, d("2026-12-08"))).toBe(false);
  });
});

describe("the verified holiday calendars", () => {
  it("holds 2025 and 2026 only, each with its notice and sources", () => {
    expect(Object.keys(HOLIDAY_CALENDARS)).toEqual(["2025", "2026"]);
    for (const calendar of Object.values(HOLIDAY_CALENDARS)) {
      expect(calendar.title).toContain(`${calendar.year}年部分节假日安排的通知`);
      expect(calendar.sources.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("has every make-up working day on a weekend, and every range inside its year, in order", () => {
    for (const calendar of Object.values(HOLIDAY_CALENDARS)) {
      for (const iso of calendar.makeupWorkdays) expect(isoWeekday(d(iso)), iso).toBeGreaterThanOrEqual(6);
      for (const [from, to] of calendar.holidays) {
        expect(from <= to).toBe(true);
        expect(from.startsWith(String(calendar.year))).toBe(true);
      }
    }
  });

  it("agrees with the weekdays the notices print", () => {
    // 2026: 元旦 1月1日（周四）至3日（周六）; 春节 2月15日（周日）至23日（周一）; 国庆 10月1日（周四）至7日（周三）.
    expect(isoWeekday(d("2026-01-01"))).toBe(4);
    expect(isoWeekday(d("2026-02-15"))).toBe(7);
    expect(isoWeekday(d("2026-02-23"))).toBe(1);
    expect(isoWeekday(d("2026-10-07"))).toBe(3);
    // 2025: 春节 1月28日（周二）至2月4日（周二）; 国庆、中秋 10月1日（周三）至8日（周三）.
    expect(isoWeekday(d("2025-01-28"))).toBe(2);
    expect(isoWeekday(d("2025-10-08"))).toBe(3);
  });

  it("classifies days: holiday, weekend, make-up working day, working day; unverified outside 2025–2026", () => {
    expect(dayInfo(d("2026-10-03"))).toEqual({ kind: "holiday", verified: true });
    expect(dayInfo(d("2026-12-05"))).toEqual({ kind: "weekend", verified: true });
    expect(dayInfo(d("2026-10-10"))).toEqual({ kind: "makeup-workday", verified: true });
    expect(dayInfo(d("2026-12-07"))).toEqual({ kind: "workday", verified: true });
    expect(dayInfo(d("2027-01-01"))).toEqual({ kind: "workday", verified: false });
    expect(isRestDay(d("2026-10-10"))).toBe(false);
    expect(isRestDay(d("2026-10-03"))).toBe(true);
  });
});
