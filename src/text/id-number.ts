/**
 * 公民身份号码 (the 18-character number on the 居民身份证), GB 11643-1999: 6-digit address code (GB/T 2260),
 * 8-digit birth date YYYYMMDD, 3-digit sequence code (odd for men, even for women) and one check character
 * computed by ISO 7064 MOD 11-2 (0–9 or X for 10). Validation for the API, and the masked form letters print
 * when the borrower asks for privacy.
 */
import { z } from "zod";
import { bilingual } from "../errors";
import { type CalendarDate, isValidDate, MIN_YEAR, todayInShanghai } from "./dates";

export type IdNumberCheck =
  | { ok: true; birthDate: CalendarDate }
  | { ok: false; reason: "format" | "birth-date" | "check-digit" };

/**
 * 17 digits and a check character. The first digit of the address code is the region (GB/T 2260): 1 华北,
 * 2 东北, 3 华东, 4 中南, 5 西南, 6 西北, 7 台湾, 8 港澳 (and the 港澳台居民居住证 numbers 81/82/83); 0 and 9
 * are never issued, so they are a format error.
 */
const FORMAT = /^[1-8]\d{16}[\dX]$/;

/** GB 11643-1999 weights W_i = 2^(17−i) mod 11 for positions i = 1…17 (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** The check character for (Σ a_i·W_i) mod 11 = 0, 1, …, 10. */
const CHECK = "10X98765432";

/** The oldest age we accept: a birth date more than 130 years back is a typo. */
const MAX_AGE = 130;

/** ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Uppercases the check character (a lowercase x is accepted and normalised to X). */
function normalise(s: string): string {
  return s.toUpperCase();
}

/** Completed years of age on `today`. */
function age(birth: CalendarDate, today: CalendarDate): number {
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}

/**
 * Checks an 18-character 公民身份号码 (exactly 18 characters; no spaces, the schema trims them): format
 * (17 digits and 0–9/X, region digit 1–8), then the birth date (a real date, year ≥ 1900, not after today in
 * Asia/Shanghai, age at most 130), then the check character. The birth date is checked before the check
 * character because a wrong date also breaks the check character and "出生日期" says more about the typo.
 * `today` is for tests; it defaults to today in Asia/Shanghai.
 */
export function validateIdNumber(s: string, today: CalendarDate = todayInShanghai()): IdNumberCheck {
  if (typeof s !== "string") return { ok: false, reason: "format" };
  const id = normalise(s);
  if (!FORMAT.test(id)) return { ok: false, reason: "format" };
  const birthDate = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  if (
    birthDate.year < MIN_YEAR ||
    !isValidDate(birthDate.year, birthDate.month, birthDate.day) ||
    age(birthDate, today) < 0 ||
    age(birthDate, today) > MAX_AGE
  ) {
    return { ok: false, reason: "birth-date" };
  }
  if (idCheckCharacter(id) !== id[17]) return { ok: false, reason: "check-digit" };
  return { ok: true, birthDate };
}

const MESSAGES = {
  format: bilingual(
    "INVALID_ID_NUMBER",
    "身份证号码格式不正确：应为18位，前17位为数字，最后一位为数字或X",
    "ID number format is wrong: 18 characters, 17 digits then a digit or X",
  ),
  "birth-date": bilingual(
    "INVALID_ID_NUMBER",
    "身份证号码中的出生日期无效",
    "The birth date in the ID number is not a valid date of birth",
  ),
  "check-digit": bilingual(
    "INVALID_ID_NUMBER",
    "身份证号码校验位不正确，请核对每一位数字",
    "The ID number's check digit does not match; please check every digit",
  ),
} as const;

/**
 * The API's idNumber: surrounding spaces trimmed, validated, returned with an uppercase X. One code,
 * INVALID_ID_NUMBER, with a message saying what is wrong: 格式 / 出生日期 / 校验位.
 */
export const idNumberSchema = z
  .string()
  .trim()
  .transform((value, ctx): string => {
    const check = validateIdNumber(value);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", input: value, ...MESSAGES[check.reason] });
      return z.NEVER;
    }
    return normalise(value);
  })
  .meta({
    pattern: "^[1-8][0-9]{16}[0-9Xx]$",
    description: "居民身份证号码（18位，GB 11643-1999） / PRC resident ID number (18 characters, GB 11643-1999)",
  });

/**
 * The masked form letters print: the 6-digit address code, 8 asterisks over the birth date and the last four
 * characters: "110105********002X". Anything else is masked whole but for its last four characters, and wholly
 * when it is shorter than 8.
 */
export function maskIdNumber(id: string): string {
  const s = normalise(id.trim());
  if (s.length === 18) return `${s.slice(0, 6)}********${s.slice(14)}`;
  if (s.length < 8) return "*".repeat(s.length);
  return "*".repeat(s.length - 4) + s.slice(-4);
}
