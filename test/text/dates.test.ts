import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  addMonthsClamped,
  type CalendarDate,
  compareDates,
  dateSchema,
  daysBetween,
  daysInMonth,
  formatChineseDate,
  formatIsoDate,
  isLeapYear,
  monthlySchedule,
  parseDate,
  todayInShanghai,
} from "../../src/text/dates";

const d = (s: string): CalendarDate => {
  const date = parseDate(s);
  if (!date) throw new Error(`bad test date ${s}`);
  return date;
};

describe("parseDate", () => {
  it.each([
    ["2026-11-23", { year: 2026, month: 11, day: 23 }],
    ["2028-02-29", { year: 2028, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["1900-01-01", { year: 1900, month: 1, day: 1 }],
    ["2100-12-31", { year: 2100, month: 12, day: 31 }],
    ["2026-04-30", { year: 2026, month: 4, day: 30 }],
  ])("reads %s", (s, date) => {
    expect(parseDate(s)).toEqual(date);
  });

  it.each([
    "2026-02-29", // not a leap year
    "2100-02-29", // divisible by 100, not by 400
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "1899-12-31",
    "2101-01-01",
    "2026-1-5",
    "26-11-23",
    "20261123",
    "2026/11/23",
    " 2026-11-23",
    "2026-11-23 ",
    "2026-11-23T00:00:00Z",
    "２０２６-１１-２３",
    "",
  ])("rejects %j", (s) => {
    expect(parseDate(s)).toBeNull();
  });
});

describe("dateSchema", () => {
  it("turns YYYY-MM-DD into a CalendarDate", () => {
    expect(dateSchema.parse("2026-11-23")).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it("fails with the bilingual INVALID_DATE", () => {
    const result = dateSchema.safeParse("2026-02-29");
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { code: string; message: string; params?: { code: string; zh: string } };
    expect(issue.code).toBe("custom");
    expect(issue.params?.code).toBe("INVALID_DATE");
    expect(issue.params?.zh).toContain("日期");
    expect(issue.message).toMatch(/YYYY-MM-DD/);
  });

  it("fails a non-string with zod's type error", () => {
    expect(dateSchema.safeParse(20261123).error!.issues[0].code).toBe("invalid_type");
  });

  it("generates an input JSON Schema with format date, also when described and optional", () => {
    expect(z.toJSONSchema(dateSchema, { io: "input" })).toMatchObject({ type: "string", format: "date" });
    const object = z.toJSONSchema(z.object({ date: dateSchema.optional().describe("信函日期") }), { io: "input" });
    expect(object).toMatchObject({ properties: { date: { type: "string", format: "date" } } });
  });
});

describe("formatting", () => {
  it("formats ISO dates with zero padding", () => {
    expect(formatIsoDate({ year: 2026, month: 3, day: 5 })).toBe("2026-03-05");
    expect(formatIsoDate(d("2026-11-23"))).toBe("2026-11-23");
  });

  it("formats Chinese dates with Arabic numerals, unpadded", () => {
    expect(formatChineseDate(d("2026-11-23"))).toBe("2026年11月23日");
    expect(formatChineseDate(d("2026-03-05"))).toBe("2026年3月5日");
  });
});

describe("todayInShanghai", () => {
  it.each([
    ["2026-11-23T16:30:00Z", "2026-11-24"],
    ["2026-11-23T15:59:59Z", "2026-11-23"],
    ["2026-11-23T16:00:00Z", "2026-11-24"],
    ["2026-12-31T16:00:00Z", "2027-01-01"],
    ["2028-02-28T17:00:00Z", "2028-02-29"],
    ["2026-07-01T00:00:00Z", "2026-07-01"], // no daylight saving in summer
  ])("%s is %s in Shanghai", (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toEqual(d(date));
  });

  it("defaults to now", () => {
    const today = todayInShanghai();
    expect(parseDate(formatIsoDate(today))).toEqual(today);
  });

  it("rejects an invalid Date", () => {
    expect(() => todayInShanghai(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("addMonthsClamped", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-31", 3, "2026-04-30"],
    ["2026-01-15", 0, "2026-01-15"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-11-23", 12, "2027-11-23"],
    ["2026-11-23", 60, "2031-11-23"],
    ["2026-01-10", -13, "2024-12-10"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", 48, "2032-02-29"],
  ])("%s %+d months → %s", (from, months, to) => {
    expect(addMonthsClamped(d(from), months)).toEqual(d(to));
  });

  it("loses the day when chained, which is why schedules count from the first date", () => {
    const chained = addMonthsClamped(addMonthsClamped(d("2026-01-31"), 1), 1);
    expect(chained).toEqual(d("2026-03-28"));
    expect(addMonthsClamped(d("2026-01-31"), 2)).toEqual(d("2026-03-31"));
  });

  it("rejects a fractional month count", () => {
    expect(() => addMonthsClamped(d("2026-01-31"), 1.5)).toThrow(RangeError);
  });
});

describe("monthlySchedule", () => {
  it("computes each date from the first: 01-31, 02-28, 03-31, 04-30, 05-31", () => {
    expect(monthlySchedule(d("2026-01-31"), 5).map(formatIsoDate)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
    ]);
  });

  it("crosses the year and meets a leap day", () => {
    expect(monthlySchedule(d("2027-11-30"), 4).map(formatIsoDate)).toEqual([
      "2027-11-30",
      "2027-12-30",
      "2028-01-30",
      "2028-02-29",
    ]);
  });

  it("makes 60 monthly dates for a five-year plan, and none for n = 0", () => {
    const schedule = monthlySchedule(d("2026-12-15"), 60);
    expect(schedule).toHaveLength(60);
    expect(formatIsoDate(schedule[59])).toBe("2031-11-15");
    expect(monthlySchedule(d("2026-12-15"), 0)).toEqual([]);
    expect(() => monthlySchedule(d("2026-12-15"), -1)).toThrow(RangeError);
  });
});

describe("compareDates and daysBetween", () => {
  it("orders dates", () => {
    expect(compareDates(d("2026-11-23"), d("2026-11-24"))).toBeLessThan(0);
    expect(compareDates(d("2026-12-01"), d("2026-11-30"))).toBeGreaterThan(0);
    expect(compareDates(d("2027-01-01"), d("2026-12-31"))).toBeGreaterThan(0);
    expect(compareDates(d("2026-11-23"), d("2026-11-23"))).toBe(0);
    const sorted = ["2027-01-01", "2026-11-23", "2026-02-28", "2026-11-03"].map(d).sort(compareDates).map(formatIsoDate);
    expect(sorted).toEqual(["2026-02-28", "2026-11-03", "2026-11-23", "2027-01-01"]);
  });

  it.each([
    ["2026-11-23", "2026-12-01", 8],
    ["2026-12-01", "2026-11-23", -8],
    ["2026-11-23", "2026-11-23", 0],
    ["2026-02-28", "2026-03-01", 1],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-01-01", "2027-01-01", 365],
    ["2028-01-01", "2029-01-01", 366],
    ["1970-01-01", "1970-01-02", 1],
    ["1900-01-01", "2100-12-31", 73_413],
  ])("%s → %s is %d days", (a, b, days) => {
    expect(daysBetween(d(a), d(b))).toBe(days);
  });

  it("agrees with Date.UTC for 2,000 random pairs", () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const randomDate = (): CalendarDate => {
      const year = 1900 + Math.floor(next() * 201);
      const month = 1 + Math.floor(next() * 12);
      return { year, month, day: 1 + Math.floor(next() * daysInMonth(year, month)) };
    };
    const utc = (x: CalendarDate) => Date.UTC(x.year, x.month - 1, x.day);
    for (let i = 0; i < 2000; i++) {
      const a = randomDate();
      const b = randomDate();
      expect(daysBetween(a, b)).toBe((utc(b) - utc(a)) / 86_400_000);
      expect(Math.sign(compareDates(a, b))).toBe(Math.sign(utc(a) - utc(b)));
    }
  });

  it("knows leap years", () => {
    expect([1900, 2000, 2024, 2026, 2028, 2100].map(isLeapYear)).toEqual([false, true, true, false, true, false]);
  });
});
