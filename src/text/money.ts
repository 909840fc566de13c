/**
 * Money for Shuhan's letters: amounts are integer fen (分) from the moment they are parsed, never floating
 * point yuan, so totals, instalments and the 大写 form agree to the fen.
 *
 * - `parseMoney` / `moneySchema`: the API's money (design.md, "Public API contract (v1)"): a JSON number
 *   with at most two decimals or a decimal string, 0 to 100,000,000 yuan, converted by string arithmetic.
 * - `formatFen` / `formatYuan`: the figure, "16,409.02" and "¥16,409.02".
 * - `toDaxie`: the 中文大写 form per the PBOC rules for bills, 《支付结算办法》附件一
 *   《正确填写票据和结算凭证的基本规定》 (summarised in legal-notes.md, "Letter conventions").
 * - `splitEvenly`: equal instalments, the rounding difference in the last one.
 */
import { z } from "zod";
import { bilingual } from "../errors";

/** An amount in fen (分, 1/100 yuan): a non-negative safe integer. */
export type Fen = number;

/** The largest amount the API accepts, in yuan (一亿元). */
export const MAX_YUAN = 100_000_000;

const MAX_FEN: Fen = MAX_YUAN * 100;

/**
 * A decimal: no sign, no exponent, no thousands separators, no surrounding spaces; the integer part has no
 * leading zeros ("0.50" is fine, "007" and "01" are rejected: a stray leading zero is more often a typo or an
 * octal/ID-like value than an amount); 1–2 decimals after a point ("12." and ".5" are rejected).
 */
const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/**
 * Parses the API's money into fen, or null when it is not a valid amount.
 *
 * A number is read through its shortest round-trip decimal string (`String(n)`, ECMAScript Number::toString),
 * which is exactly what the JSON text said for any number with at most 15 significant digits: 1234.57 → "1234.57"
 * → 123457 fen, where 1234.57 * 100 would give 123456.99999999999. A number with a third decimal (1.005), an
 * exponent form (1e-7, 1e21), NaN, ±Infinity or a negative value is rejected. -0 is read as 0.
 */
export function parseMoney(input: number | string): Fen | null {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return null;
    text = String(input); // String(-0) is "0"; negatives keep their "-" and fail the pattern.
  } else if (typeof input === "string") {
    text = input;
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, whole, decimals = ""] = match;
  // More than 9 integer digits is out of range whatever the digits; checking the length first keeps
  // Number() exact (at most 9 digits, far below 2^53).
  if (whole.length > String(MAX_YUAN).length) return null;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
  return fen <= MAX_FEN ? fen : null;
}

const AMOUNT_ERROR = bilingual(
  "INVALID_AMOUNT",
  "金额须为0至1亿元之间的数字，最多两位小数（如 12345.67）",
  "Amount must be a number from 0 to 100,000,000 (yuan) with at most two decimals, e.g. 12345.67",
);

/**
 * The API's money field: a JSON number or a decimal string → Fen. Every failure (bad format, third decimal,
 * out of range) is one custom issue with code INVALID_AMOUNT; a value of another type (true, null, an object)
 * fails the union with the same English message. The input side is JSON-Schema-able
 * (`z.toJSONSchema(schema, { io: "input" })`): the constraints are written into the branches' metadata
 * and enforced by the transform.
 */
export const moneySchema = z
  .union(
    [
      z.number().meta({ minimum: 0, maximum: MAX_YUAN }),
      z.string().meta({ pattern: DECIMAL.source, examples: ["12345.67"] }),
    ],
    { error: () => AMOUNT_ERROR.message },
  )
  .transform((value, ctx): Fen => {
    const fen = parseMoney(value);
    if (fen === null) {
      ctx.addIssue({ code: "custom", input: value, ...AMOUNT_ERROR });
      return z.NEVER;
    }
    return fen;
  })
  .meta({
    description: "金额（元），数字或字符串，最多两位小数，0至100000000 / amount in yuan: number or decimal string, at most two decimals",
  });

function assertFen(fen: Fen): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
}

/** "16,409.02": thousands separators and always two decimals (no Intl: the same output in every runtime). */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  const yuan = String(Math.floor(fen / 100));
  const cents = String(fen % 100).padStart(2, "0");
  return `${yuan.replace(/\B(?=(\d{3})+$)/g, ",")}.${cents}`;
}

/** "¥16,409.02": the figure as letters print it beside the 大写 form. */
export function formatYuan(fen: Fen): string {
  return `¥${formatFen(fen)}`;
}

/** The characters of the 大写 form in one script. */
interface DaxieScript {
  prefix: string;
  digits: string; // 零 … 玖, indexed by digit
  small: readonly [string, string, string, string]; // "", 拾, 佰, 仟 within a four-digit section
  wan: string;
  yi: string;
  yuan: string;
  jiao: string;
  fen: string;
  zheng: string;
}

const SCRIPTS: Record<"Hans" | "Hant", DaxieScript> = {
  Hans: {
    prefix: "人民币",
    digits: "零壹贰叁肆伍陆柒捌玖",
    small: ["", "拾", "佰", "仟"],
    wan: "万",
    yi: "亿",
    yuan: "元",
    jiao: "角",
    fen: "分",
    zheng: "整",
  },
  // Traditional: 人民幣, 貳 參 陸 萬 億 are the traditional forms of the simplified characters. The unit stays
  // 元, not 圓: 元 is itself a traditional character and is the unit of the renminbi on mainland bills; 圓 is
  // the Taiwanese usage for 新臺幣 and would suggest another currency.
  Hant: {
    prefix: "人民幣",
    digits: "零壹貳參肆伍陸柒捌玖",
    small: ["", "拾", "佰", "仟"],
    wan: "萬",
    yi: "億",
    yuan: "元",
    jiao: "角",
    fen: "分",
    zheng: "整",
  },
};

/**
 * 1–9999 in 大写. Zeros inside the section collapse to one 零 (PBOC rules 1 and 2: 「中间有0时写零字」,
 * 「中间连续有几个0时可以只写一个零字」); trailing zeros are not written. A leading ten is 壹拾, never a bare 拾:
 * banks write 壹拾 so that nothing can be added in front.
 */
function section(n: number, s: DaxieScript): string {
  let out = "";
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zero = out !== "";
    } else {
      if (zero) out += s.digits[0];
      out += s.digits[digit] + s.small[place];
      zero = false;
    }
  }
  return out;
}

/**
 * A positive whole number of yuan in 大写, read as Chinese numbers are read: four-digit sections joined by
 * 万 and 亿 (亿 sections recurse, so 1,0000,0000,0000 is 壹万亿). Zeros at the end of a section are not
 * written; a zero run that reaches into the next section (its leading zeros, or whole zero sections) is one
 * 零: 1,000,100 → 壹佰万零壹佰; 101,000 → 壹拾万壹仟; 100,001,000 → 壹亿零壹仟.
 *
 * Rule 3 of the PBOC rules lets a 零 at 万位/元位 before a non-zero 千位/角位 be written or left out
 * (¥107,000.53 → 壹拾万柒仟元… or 壹拾万零柒仟元…); leaving it out when the zeros end a section, and writing it
 * when they span a whole section, is the ordinary reading and one consistent choice.
 */
function wholeYuan(n: number, s: DaxieScript): string {
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    if (low === 0) return wholeYuan(high, s) + s.yi;
    return wholeYuan(high, s) + s.yi + (low < 1e7 ? s.digits[0] : "") + wholeYuan(low, s);
  }
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4);
    const low = n % 1e4;
    if (low === 0) return section(high, s) + s.wan;
    return section(high, s) + s.wan + (low < 1e3 ? s.digits[0] : "") + section(low, s);
  }
  return section(n, s);
}

/**
 * The 中文大写 form of an amount, per the PBOC rules for bills (《正确填写票据和结算凭证的基本规定》):
 * - 「人民币」 directly before the amount, with no gap;
 * - digits 零壹贰叁肆伍陆柒捌玖 and units 拾佰仟万亿元角分; a leading ten is 壹拾;
 * - 「整」 after 元 when there are no 角 and 分; none after 分. After 角 with no 分 the rules make 整 optional
 *   (legal-notes: 伍角（整）); we write it (壹仟肆佰零玖元伍角整) for the same reason 整 follows 元: it closes the
 *   amount so that no 分 can be added after it, and it matches what banks print;
 * - zeros: see `wholeYuan` for the 元 part; when 角 is 0 and 分 is not, 零 follows 元 (rule 4:
 *   ¥16,409.02 → 壹万陆仟肆佰零玖元零贰分); with no 元 at all the amount starts at 角 or 分 (0.05 → 伍分,
 *   0.50 → 伍角整); zero is 零元整. When the 元 place is 0 and 角 is not, 零 follows 元 as well
 *   (¥107,000.53 → 壹拾万柒仟元零伍角叁分): rule 4 allows it either way, banks always accept it with 零.
 *
 * `script` "Hant" gives the traditional characters (人民幣, 貳參陸萬億) for zh-Hant letters.
 * Accepts any Fen (a safe integer), not only the API's range, so sums of several amounts can be written.
 */
export function toDaxie(fen: Fen, script: "Hans" | "Hant" = "Hans"): string {
  assertFen(fen);
  const s = SCRIPTS[script];
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return `${s.prefix}${s.digits[0]}${s.yuan}${s.zheng}`;
  let out = s.prefix;
  if (yuan > 0) out += wholeYuan(yuan, s) + s.yuan;
  if (jiao === 0 && cents === 0) return out + s.zheng;
  // Rule 4, in the form banks always accept: when the 元 place itself is 0 (¥107,000.53, ¥1,070.53) or 角 is 0
  // (¥16,409.02), 零 follows 元 — 壹拾万柒仟元零伍角叁分 — so that nothing can be slipped in before 角 or 分.
  if (yuan > 0 && (jiao === 0 || yuan % 10 === 0)) out += s.digits[0];
  if (jiao > 0) out += s.digits[jiao] + s.jiao;
  if (cents === 0) return out + s.zheng;
  return out + s.digits[cents] + s.fen;
}

/**
 * Splits `total` into `parts` instalments: each is floor(total / parts) and the last one also takes the
 * remainder, so the instalments add up to `total` exactly and the borrower pays the rounding difference last
 * (design.md: "the remainder spread evenly, the rounding difference in the last instalment").
 * 1000.00 in 3 → 333.33, 333.33, 333.34.
 */
export function splitEvenly(total: Fen, parts: number): Fen[] {
  assertFen(total);
  if (!Number.isSafeInteger(parts) || parts < 1) throw new RangeError(`parts must be a positive integer: ${parts}`);
  const each = Math.floor(total / parts);
  const result = new Array<Fen>(parts).fill(each);
  result[parts - 1] = total - each * (parts - 1);
  return result;
}
