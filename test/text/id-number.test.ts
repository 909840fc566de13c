import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type CalendarDate } from "../../src/text/dates";
import { idCheckCharacter, idNumberSchema, maskIdNumber, validateIdNumber } from "../../src/text/id-number";

/**
 * Independent ISO 7064 MOD 11-2 (GB 11643-1999 §7): weights 2^(18−i) mod 11 for positions i = 1…17 counted
 * from the left, and the check value a18 with Σ a_i·W_i ≡ 1 (mod 11), i.e. a18 = (12 − S mod 11) mod 11, 10 = X.
 */
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? "X" : String(value);
}

/** An ID number with a correct check character: address code, birth date YYYYMMDD, 3-digit sequence. */
const makeId = (region: string, birth: string, sequence: string) => {
  const first17 = region + birth + sequence;
  return first17 + referenceCheck(first17);
};

/** A fixed "today" so the tests do not age. */
const TODAY: CalendarDate = { year: 2026, month: 11, day: 23 };

/** Replaces the character at `index`. */
const withChar = (s: string, index: number, c: string) => s.slice(0, index) + c + s.slice(index + 1);

describe("validateIdNumber", () => {
  it("accepts the GB 11643-1999 sample 11010519491231002X", () => {
    expect(referenceCheck("11010519491231002")).toBe("X");
    expect(validateIdNumber("11010519491231002X", TODAY)).toEqual({
      ok: true,
      birthDate: { year: 1949, month: 12, day: 31 },
    });
  });

  it("accepts a lowercase x", () => {
    expect(validateIdNumber("11010519491231002x", TODAY).ok).toBe(true);
  });

  it.each([
    ["440305", "19800101", "123"], // 深圳市南山区
    ["310104", "19751015", "046"], // 上海市徐汇区
    ["510107", "20000229", "318"], // a leap day
    ["650102", "19900630", "771"],
    ["230103", "19631120", "004"],
    ["810000", "19881212", "555"], // 港澳台居民居住证 (Hong Kong)
    ["110101", "19001231", "001"], // born 1900, still plausible
  ])("accepts %s %s %s with its computed check character", (region, birth, sequence) => {
    const id = makeId(region, birth, sequence);
    const result = validateIdNumber(id, TODAY);
    expect(result.ok, id).toBe(true);
    expect(idCheckCharacter(id)).toBe(id[17]);
  });

  it("accepts someone born today", () => {
    expect(validateIdNumber(makeId("440305", "20261123", "011"), TODAY).ok).toBe(true);
  });

  it.each([
    ["too short", "11010519491231002"],
    ["too long", "11010519491231002X1"],
    ["empty", ""],
    ["a letter inside", "1101051949A231002X"],
    ["X not at the end", "X1010519491231002X"],
    ["a 15-digit old number", "110105491231002"],
    ["spaces inside", "110105 19491231 002X"],
    ["surrounding spaces", " 11010519491231002X"],
    ["region 0", makeId("010105", "19491231", "002")],
    ["region 9", makeId("910105", "19491231", "002")],
    ["full-width digits", "１１０１０５１９４９１２３１００２Ｘ"],
    ["another check letter", "11010519491231002Y"],
  ])("fails the format: %s", (_, id) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: false, reason: "format" });
  });

  it.each([
    ["29 February 1900 (not a leap year)", "19000229"],
    ["before 1900", "18991231"],
    ["month 13", "19801301"],
    ["month 00", "19800001"],
    ["day 00", "19800100"],
    ["31 April", "19800431"],
    ["tomorrow", "20261124"],
    ["next year", "20270101"],
  ])("fails the birth date: %s", (_, birth) => {
    expect(validateIdNumber(makeId("440305", birth, "123"), TODAY)).toEqual({ ok: false, reason: "birth-date" });
  });

  it("accepts an age of 130 and fails 131", () => {
    const id = makeId("110101", "19000101", "001");
    expect(validateIdNumber(id, { year: 2030, month: 1, day: 1 }).ok).toBe(true);
    expect(validateIdNumber(id, { year: 2030, month: 12, day: 31 }).ok).toBe(true);
    expect(validateIdNumber(id, { year: 2031, month: 1, day: 1 })).toEqual({ ok: false, reason: "birth-date" });
  });

  it("fails the check digit", () => {
    expect(validateIdNumber("110105194912310021", TODAY)).toEqual({ ok: false, reason: "check-digit" });
    expect(validateIdNumber("11010519491231002X".replace("002X", "0020"), TODAY)).toEqual({
      ok: false,
      reason: "check-digit",
    });
  });

  it("reports the birth date before the check digit", () => {
    const id = makeId("440305", "19800101", "123");
    const month13 = id.slice(0, 10) + "13" + id.slice(12); // breaks the date and the check character
    expect(idCheckCharacter(month13)).not.toBe(month13[17]);
    expect(validateIdNumber(month13, TODAY)).toEqual({ ok: false, reason: "birth-date" });
  });

  it("detects every single-character change in 300 random valid numbers", () => {
    let seed = 2026;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const digit = () => String(Math.floor(next() * 10));
    for (let n = 0; n < 300; n++) {
      const region = String(1 + Math.floor(next() * 8)) + Array.from({ length: 5 }, digit).join("");
      const year = 1930 + Math.floor(next() * 90);
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      const birth = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
      const id = makeId(region, birth, Array.from({ length: 3 }, digit).join(""));
      const result = validateIdNumber(id, TODAY);
      expect(result, id).toEqual({ ok: true, birthDate: { year, month, day } });
      expect(idCheckCharacter(id)).toBe(id[17]);
      // MOD 11-2 catches every single substitution: a changed digit is a check-digit (or date/format) error.
      const position = Math.floor(next() * 18);
      const alphabet = position === 17 ? "0123456789X" : "0123456789";
      for (const c of alphabet) {
        if (c === id[position]) continue;
        expect(validateIdNumber(withChar(id, position, c), TODAY).ok, `${id} [${position}] → ${c}`).toBe(false);
      }
      // and a change of the check character alone is always a check-digit error
      const other = id[17] === "0" ? "1" : "0";
      expect(validateIdNumber(withChar(id, 17, other), TODAY)).toEqual({ ok: false, reason: "check-digit" });
    }
  });
});

describe("idNumberSchema", () => {
  it("returns the number trimmed, with an uppercase X", () => {
    expect(idNumberSchema.parse("11010519491231002x")).toBe("11010519491231002X");
    expect(idNumberSchema.parse("  11010519491231002X ")).toBe("11010519491231002X");
  });

  it.each([
    ["1101051949123100", "格式"],
    ["11010519491331002X", "出生日期"],
    ["110105194912310021", "校验位"],
  ])("fails %s with INVALID_ID_NUMBER saying 「%s」", (id, word) => {
    const result = idNumberSchema.safeParse(id);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { code: string; message: string; params?: { code: string; zh: string } };
    expect(issue.code).toBe("custom");
    expect(issue.params?.code).toBe("INVALID_ID_NUMBER");
    expect(issue.params?.zh).toContain(word);
    expect(issue.message).toMatch(/ID number/);
  });

  it("has a distinct message per reason", () => {
    const messages = ["1101051949123100", "11010519491331002X", "110105194912310021"].map(
      (id) => idNumberSchema.safeParse(id).error!.issues[0].message,
    );
    expect(new Set(messages).size).toBe(3);
  });

  it("generates an input JSON Schema", () => {
    const schema = z.toJSONSchema(z.object({ idNumber: idNumberSchema.optional() }), { io: "input" });
    expect(schema).toMatchObject({ properties: { idNumber: { type: "string", pattern: expect.any(String) } } });
  });
});

describe("maskIdNumber", () => {
  it("keeps the address code and the last four characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("11010519491231002x")).toBe("110105********002X");
    expect(maskIdNumber("440305198001011234")).toBe("440305********1234");
  });

  it("never shows more of a malformed value than its last four characters", () => {
    expect(maskIdNumber("110105491231002")).toBe("***********1002");
    expect(maskIdNumber("1234567")).toBe("*******");
    expect(maskIdNumber("")).toBe("");
  });
});
