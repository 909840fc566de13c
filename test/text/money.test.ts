import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatFen, formatYuan, MAX_YUAN, moneySchema, parseMoney, splitEvenly, toDaxie } from "../../src/text/money";

/** A small seeded PRNG (mulberry32), so the property tests are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent reference for the 大写 form, written position by position (not by sections like the
 * implementation): each non-zero digit is written with its place unit; a zero marks a pending 零 once something
 * has been written; at 万 and 亿 places the section unit is written when its four-digit section is not all
 * zero, and then the pending 零 is dropped (zeros ending a section are not read). Yuan below 10^12.
 */
function referenceDaxie(fen: number): string {
  const D = "零壹贰叁肆伍陆柒捌玖";
  const place = ["", "拾", "佰", "仟"];
  const sectionUnit = ["", "万", "亿"];
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let out = "";
  if (yuan > 0) {
    const digits = String(yuan);
    let pending = false;
    for (let i = 0; i < digits.length; i++) {
      const p = digits.length - 1 - i;
      const d = Number(digits[i]);
      if (d !== 0) {
        if (pending) out += "零";
        pending = false;
        out += D[d] + place[p % 4];
      } else if (out !== "") {
        pending = true;
      }
      if (p % 4 === 0 && p > 0 && /[1-9]/.test(digits.slice(Math.max(0, i - 3), i + 1))) {
        out += sectionUnit[p / 4];
        pending = false;
      }
    }
    out += "元";
  }
  if (jiao === 0 && cent === 0) return "人民币" + (yuan === 0 ? "零元整" : out + "整");
  // 零 after 元 whenever the 元 place or the 角 place is 0 (the form banks always accept, issue 8).
  if (yuan !== 0 && (jiao === 0 || yuan % 10 === 0)) out += "零";
  if (jiao !== 0) out += D[jiao] + "角";
  out += cent !== 0 ? D[cent] + "分" : "整";
  return "人民币" + out;
}

const TO_HANT: Record<string, string> = { 币: "幣", 贰: "貳", 叁: "參", 陆: "陸", 万: "萬", 亿: "億" };
const toHant = (s: string) => [...s].map((c) => TO_HANT[c] ?? c).join("");

/** Amount in yuan as written in a table → fen, through strings so the table itself has no float error. */
const fenOf = (yuan: string) => parseMoney(yuan)!;

describe("parseMoney", () => {
  it.each([
    ["0", 0],
    ["0.5", 50],
    ["0.50", 50],
    ["0.05", 5],
    ["12345", 1_234_500],
    ["12345.6", 1_234_560],
    ["12345.67", 1_234_567],
    ["100000000", 10_000_000_000],
    ["100000000.00", 10_000_000_000],
  ])("reads the string %j as %d fen", (input, fen) => {
    expect(parseMoney(input)).toBe(fen);
  });

  it.each([
    [0, 0],
    [-0, 0],
    [5, 500],
    [0.1, 10],
    [1234.57, 123_457],
    [16409.02, 1_640_902],
    [0.29, 29],
    [1.1, 110],
    [99999999.99, 9_999_999_999],
    [100_000_000, 10_000_000_000],
  ])("reads the number %d exactly by its decimal string", (input, fen) => {
    expect(parseMoney(input)).toBe(fen);
  });

  it("does not multiply floats: 4.35 * 100 is 434.99999999999994", () => {
    expect(4.35 * 100).not.toBe(435);
    expect(parseMoney(4.35)).toBe(435);
    expect(parseMoney(1.15)).toBe(115);
    expect(parseMoney(9.95)).toBe(995);
  });

  it.each([
    "",
    " 1",
    "1 ",
    "1e5",
    "-1",
    "+1",
    "01",
    "007",
    "1.",
    ".5",
    "1.005",
    "1,000",
    "1,000.00",
    "0x10",
    "1.2.3",
    "１２",
    "١٢",
    "NaN",
    "Infinity",
    "100000000.01",
    "100000001",
    "1000000000",
    "99999999999999999999999",
  ])("rejects the string %j", (input) => {
    expect(parseMoney(input)).toBeNull();
  });

  it.each([-1, -0.01, 1.005, 0.1 + 0.2, 1e-7, 1e21, 100_000_000.01, 100_000_001, NaN, Infinity, -Infinity])(
    "rejects the number %d",
    (input) => {
      expect(parseMoney(input)).toBeNull();
    },
  );

  it("rejects other types", () => {
    expect(parseMoney(true as unknown as number)).toBeNull();
    expect(parseMoney(null as unknown as number)).toBeNull();
  });

  it("round-trips formatFen for 2,000 random amounts", () => {
    const random = rng(7);
    for (let i = 0; i < 2000; i++) {
      const fen = Math.floor(random() * (MAX_YUAN * 100 + 1));
      const text = formatFen(fen).replaceAll(",", "");
      expect(parseMoney(text)).toBe(fen);
      expect(parseMoney(Number(text))).toBe(fen);
    }
  });
});

describe("moneySchema", () => {
  it("turns numbers and decimal strings into fen", () => {
    expect(moneySchema.parse(1234.57)).toBe(123_457);
    expect(moneySchema.parse("12345.6")).toBe(1_234_560);
    expect(moneySchema.parse(0)).toBe(0);
    expect(moneySchema.parse("100000000")).toBe(10_000_000_000);
  });

  it.each([1.005, -1, "1e5", "", "01", 100_000_000.01, "abc"])("fails %j with the bilingual INVALID_AMOUNT", (input) => {
    const result = moneySchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { code: string; message: string; params?: { code: string; zh: string } };
    expect(issue.code).toBe("custom");
    expect(issue.params?.code).toBe("INVALID_AMOUNT");
    expect(issue.params?.zh).toContain("金额");
    expect(issue.message).toMatch(/Amount/);
  });

  it("fails values of another type", () => {
    for (const input of [true, null, undefined, {}, [1]]) {
      const result = moneySchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0].message).toMatch(/Amount/);
    }
  });

  it("reports the path inside an object", () => {
    const result = z.object({ debt: z.object({ principal: moneySchema }) }).safeParse({ debt: { principal: "1.234" } });
    expect(result.error!.issues[0].path).toEqual(["debt", "principal"]);
  });

  it("generates an input JSON Schema, also when described and optional", () => {
    const schema = z.toJSONSchema(moneySchema, { io: "input" }) as Record<string, unknown>;
    expect(schema.anyOf).toEqual([
      { type: "number", minimum: 0, maximum: MAX_YUAN },
      expect.objectContaining({ type: "string", pattern: expect.any(String) }),
    ]);
    const pattern = new RegExp((schema.anyOf as { pattern?: string }[])[1].pattern!);
    expect(pattern.test("12345.67")).toBe(true);
    expect(pattern.test("1.005")).toBe(false);
    expect(() =>
      z.toJSONSchema(z.object({ fees: moneySchema.optional().describe("其他费用") }), { io: "input" }),
    ).not.toThrow();
  });
});

describe("formatFen and formatYuan", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [100, "1.00"],
    [99_999, "999.99"],
    [100_000, "1,000.00"],
    [1_640_902, "16,409.02"],
    [123_456_789, "1,234,567.89"],
    [10_000_000_000, "100,000,000.00"],
  ])("%d fen → %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
    expect(formatYuan(fen)).toBe(`¥${text}`);
  });

  it("rejects what is not fen", () => {
    expect(() => formatFen(-1)).toThrow(RangeError);
    expect(() => formatFen(1.5)).toThrow(RangeError);
    expect(() => formatFen(NaN)).toThrow(RangeError);
  });
});

describe("toDaxie", () => {
  // [amount in yuan, 大写 after 人民币]; comments name the zero positions and the PBOC rule examples.
  const table: [string, string][] = [
    ["0", "零元整"],
    ["0.01", "壹分"],
    ["0.05", "伍分"], //                         no 元: starts at 分, no 零 before it
    ["0.10", "壹角整"],
    ["0.50", "伍角整"], //                       整 after 角 (our choice; optional in the rules)
    ["0.55", "伍角伍分"],
    ["1", "壹元整"],
    ["1.05", "壹元零伍分"], //                   角位 0, 分 not: 零 after 元 (rule 4)
    ["1.50", "壹元伍角整"],
    ["10", "壹拾元整"], //                       壹拾, not bare 拾
    ["10.50", "壹拾元零伍角整"], //              元位 0 before 角: 零 after 元 (the form banks always accept)
    ["11", "壹拾壹元整"],
    ["15.02", "壹拾伍元零贰分"],
    ["20", "贰拾元整"],
    ["100", "壹佰元整"],
    ["101", "壹佰零壹元整"],
    ["110", "壹佰壹拾元整"],
    ["200.20", "贰佰元零贰角整"],
    ["325.04", "叁佰贰拾伍元零肆分"], //         rule 4 example
    ["1000", "壹仟元整"],
    ["1001", "壹仟零壹元整"], //                 two middle zeros → one 零 (rule 2)
    ["1010", "壹仟零壹拾元整"],
    ["1100", "壹仟壹佰元整"],
    ["1409.50", "壹仟肆佰零玖元伍角整"], //      rule 1 example
    ["1680.32", "壹仟陆佰捌拾元零叁角贰分"], //  rule 3 example, the form with 零
    ["6007.14", "陆仟零柒元壹角肆分"], //        rule 2 example
    ["10000", "壹万元整"],
    ["10001", "壹万零壹元整"],
    ["10010", "壹万零壹拾元整"],
    ["10100", "壹万零壹佰元整"],
    ["11000", "壹万壹仟元整"],
    ["16409.02", "壹万陆仟肆佰零玖元零贰分"], // rule 4 example
    ["50034.56", "伍万零叁拾肆元伍角陆分"],
    ["100000", "壹拾万元整"],
    ["100001", "壹拾万零壹元整"],
    ["101000", "壹拾万壹仟元整"], //             万位 0, 千位 not: no 零 (rule 3 option)
    ["107000.53", "壹拾万柒仟元零伍角叁分"], //  rule 3 example, with 零 after 元 (issue 8)
    ["110000", "壹拾壹万元整"],
    ["1000000", "壹佰万元整"],
    ["1000100", "壹佰万零壹佰元整"],
    ["1001000", "壹佰万壹仟元整"],
    ["1000000.05", "壹佰万元零伍分"],
    ["10000000", "壹仟万元整"],
    ["10000001", "壹仟万零壹元整"],
    ["10101010.10", "壹仟零壹拾万壹仟零壹拾元零壹角整"],
    ["12345678.90", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整"],
    ["99999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
    ["100000000", "壹亿元整"], //                the API's maximum
  ];

  it.each(table)("%s → 人民币%s", (yuan, daxie) => {
    expect(toDaxie(fenOf(yuan))).toBe(`人民币${daxie}`);
  });

  // Beyond the API's range (sums of several amounts): the 亿 boundary.
  it.each([
    [10_000_000_001, "壹亿元零壹分"],
    [10_001_000_000, "壹亿零壹万元整"],
    [10_000_100_000, "壹亿零壹仟元整"], //       a whole zero section between: one 零
    [10_000_000_100, "壹亿零壹元整"],
    [10_100_000_000, "壹亿零壹佰万元整"],
    [11_000_000_000, "壹亿壹仟万元整"],
    [100_000_000_000, "壹拾亿元整"],
    [100_000_000_000_000, "壹万亿元整"],
    [100_010_000_000_000, "壹万零壹亿元整"],
    [Number.MAX_SAFE_INTEGER, "玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分"],
  ])("%d fen → 人民币%s", (fen, daxie) => {
    expect(toDaxie(fen)).toBe(`人民币${daxie}`);
  });

  it("writes 整 after 元 and after 角, never after 分", () => {
    expect(toDaxie(fenOf("100"))).toMatch(/元整$/);
    expect(toDaxie(fenOf("100.50"))).toMatch(/角整$/);
    expect(toDaxie(fenOf("100.55"))).toMatch(/分$/);
    expect(toDaxie(fenOf("100.05"))).toMatch(/分$/);
  });

  it("writes traditional characters for Hant", () => {
    expect(toDaxie(fenOf("16409.02"), "Hant")).toBe("人民幣壹萬陸仟肆佰零玖元零貳分");
    expect(toDaxie(fenOf("323"), "Hant")).toBe("人民幣參佰貳拾參元整");
    expect(toDaxie(fenOf("100000000"), "Hant")).toBe("人民幣壹億元整");
    expect(toDaxie(0, "Hant")).toBe("人民幣零元整");
    expect(toDaxie(fenOf("1409.50"), "Hant")).toBe("人民幣壹仟肆佰零玖元伍角整");
  });

  it("agrees with the reference for 2,000 random amounts, and in Hant", () => {
    const random = rng(20261123);
    for (let i = 0; i < 2000; i++) {
      let fen: number;
      if (i % 2 === 0) {
        fen = Math.floor(random() * (MAX_YUAN * 100 + 1)); // uniform over the API's range
      } else {
        // digits that are zero more often than not, so that zero runs fall in every position
        let digits = "";
        const length = 1 + Math.floor(random() * 13);
        for (let k = 0; k < length; k++) digits += random() < 0.65 ? "0" : String(1 + Math.floor(random() * 9));
        fen = Number(digits);
      }
      const expected = referenceDaxie(fen);
      expect(toDaxie(fen), `${fen} fen`).toBe(expected);
      expect(toDaxie(fen, "Hant"), `${fen} fen (Hant)`).toBe(toHant(expected));
    }
  });

  it("rejects what is not fen", () => {
    expect(() => toDaxie(-1)).toThrow(RangeError);
    expect(() => toDaxie(0.5)).toThrow(RangeError);
    expect(() => toDaxie(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe("splitEvenly", () => {
  it("puts the rounding difference in the last instalment", () => {
    expect(splitEvenly(100_000, 3)).toEqual([33_333, 33_333, 33_334]);
    expect(splitEvenly(1_000_000, 7)).toEqual([142_857, 142_857, 142_857, 142_857, 142_857, 142_857, 142_858]);
    expect(splitEvenly(2, 3)).toEqual([0, 0, 2]);
  });

  it("splits exact totals equally, and one part is the total", () => {
    expect(splitEvenly(120_000, 12)).toEqual(Array(12).fill(10_000));
    expect(splitEvenly(12_345, 1)).toEqual([12_345]);
    expect(splitEvenly(0, 4)).toEqual([0, 0, 0, 0]);
  });

  it("always sums to the total, for 2,000 random totals and part counts", () => {
    const random = rng(42);
    for (let i = 0; i < 2000; i++) {
      const total = Math.floor(random() * (MAX_YUAN * 100 + 1));
      const parts = 1 + Math.floor(random() * 60);
      const split = splitEvenly(total, parts);
      expect(split).toHaveLength(parts);
      expect(split.reduce((a, b) => a + b, 0)).toBe(total);
      const each = Math.floor(total / parts);
      expect(split.slice(0, -1).every((x) => x === each)).toBe(true);
      expect(split[parts - 1] - each).toBeGreaterThanOrEqual(0);
      expect(split[parts - 1] - each).toBeLessThan(parts);
    }
  });

  it("rejects bad arguments", () => {
    expect(() => splitEvenly(100, 0)).toThrow(RangeError);
    expect(() => splitEvenly(100, 1.5)).toThrow(RangeError);
    expect(() => splitEvenly(-100, 2)).toThrow(RangeError);
  });
});
