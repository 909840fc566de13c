/**
 * Phone numbers of mainland China, as borrowers type them into a letter: mobiles, landlines with an area code
 * (and an optional extension) and the 400/800 and 95xxx service numbers lenders publish. Input may contain
 * spaces, hyphens and parentheses; the API keeps one normalised form, and letters can print a masked mobile.
 */
import { z } from "zod";
import { bilingual } from "../errors";

export type PhoneKind = "mobile" | "landline" | "service";

export interface ParsedPhone {
  kind: PhoneKind;
  /**
   * mobile "13812345678"; landline "010-12345678" or with an extension "010-12345678-801" (an ASCII hyphen,
   * not 转/轉, so the same value suits simplified and traditional letters); service "400-810-8888", "95588".
   */
  normalized: string;
}

/** Longer input is not a phone number; the bound also keeps the patterns below linear. */
const MAX_LENGTH = 40;

/** Separators people type inside a number: spaces (also U+3000), hyphens and dashes, parentheses. */
const SEPARATORS = /[\s\u3000\-‐‑–—－()（）]/g;

/** Mobile numbers: 11 digits, 1 then 3–9 (numbering plan of the MIIT), optionally after +86 or 0086. */
const MOBILE = /^(?:\+86|0086)?(1[3-9]\d{9})$/;
/**
 * Landlines: trunk prefix 0, area code (010 and 020–029 are three digits with the 0, all others four), then a
 * 7- or 8-digit local number. Knowing the area code's length removes the ambiguity of "01012345678" once
 * separators are dropped. A local number never starts with 0 (that would be a second trunk prefix); real ones
 * start with 2–9 (1 leads special services), but 1 is let through: rejecting it would catch few real typos
 * and would reject the familiar 010-12345678 of examples and test data.
 */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))([1-9]\d{6,7})$/;
/** 400 and 800 numbers: 10 digits, printed 400-xxx-xxxx. */
const FREEPHONE = /^([48]00)(\d{3})(\d{4})$/;
/** 95xxx short numbers of banks, insurers and payment companies (95588, 95188). */
const SHORT_SERVICE = /^95\d{3}$/;
/** An extension at the end: 转 / 分机 / ext / x / # / a hyphen, then 1–6 digits. */
const EXTENSION = /^(.*?)(?:转|轉|分机|分機|ext\.?|x|#|-)\s*(\d{1,6})$/i;

function parseMain(main: string, extension: string | undefined): ParsedPhone | null {
  const compact = main.replace(SEPARATORS, "");
  let m: RegExpExecArray | null;
  if (extension === undefined) {
    if ((m = MOBILE.exec(compact))) return { kind: "mobile", normalized: m[1] };
    if ((m = FREEPHONE.exec(compact))) return { kind: "service", normalized: `${m[1]}-${m[2]}-${m[3]}` };
    if (SHORT_SERVICE.test(compact)) return { kind: "service", normalized: compact };
  }
  if ((m = LANDLINE.exec(compact))) {
    return { kind: "landline", normalized: `${m[1]}-${m[2]}${extension === undefined ? "" : `-${extension}`}` };
  }
  return null;
}

/**
 * Reads a phone number, or null. The whole input is tried as one number first, then with a trailing
 * extension split off, so "010-1234-5678" is the landline 010-12345678 and "010-12345678-801" has extension 801.
 */
export function parsePhone(input: string): ParsedPhone | null {
  if (typeof input !== "string") return null;
  const s = input.trim();
  if (s.length === 0 || s.length > MAX_LENGTH) return null;
  const whole = parseMain(s, undefined);
  if (whole) return whole;
  const ext = EXTENSION.exec(s);
  return ext ? parseMain(ext[1], ext[2]) : null;
}

/**
 * The API's phone field: a mainland mobile, a landline with area code (optional extension) or a 400/800/95xxx
 * number; returns the normalised form (see `ParsedPhone.normalized`).
 */
export const phoneSchema = z
  .string()
  .trim()
  .max(MAX_LENGTH)
  .transform((value, ctx): string => {
    const phone = parsePhone(value);
    if (!phone) {
      ctx.addIssue({
        code: "custom",
        input: value,
        ...bilingual(
          "INVALID_PHONE",
          "电话号码格式不正确：请填写11位手机号、带区号的座机号（如 010-12345678）或400/800/95开头的服务号码",
          "Invalid phone number: use an 11-digit mobile, a landline with area code (e.g. 010-12345678) or a 400/800/95xxx number",
        ),
      });
      return z.NEVER;
    }
    return phone.normalized;
  })
  .meta({ description: "联系电话：手机、座机（含区号）或400/800/95xxx / phone: mobile, landline with area code, or service number" });

/**
 * The masked form for letters that should not show the whole number: mobiles "138****5678" (first three and
 * last four digits, the common display), landlines keep the area code and the last four digits
 * ("010-****5678"). Service numbers are public and stay as they are. Anything unparseable keeps only its last
 * four digits.
 */
export function maskPhone(p: string): string {
  const phone = parsePhone(p);
  if (!phone) {
    let keep = 4;
    const chars = [...p.trim()];
    for (let i = chars.length - 1; i >= 0; i--) {
      if (!/\d/.test(chars[i])) continue;
      if (keep > 0) keep--;
      else chars[i] = "*";
    }
    return chars.join("");
  }
  const n = phone.normalized;
  if (phone.kind === "mobile") return `${n.slice(0, 3)}****${n.slice(7)}`;
  if (phone.kind === "landline") {
    const [area, local, extension] = n.split("-");
    const masked = "*".repeat(local.length - 4) + local.slice(-4);
    return [area, masked, ...(extension === undefined ? [] : [extension])].join("-");
  }
  return n;
}
