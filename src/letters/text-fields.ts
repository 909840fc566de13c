/**
 * The text fields a borrower types, as zod schemas. What is sent is what the letter prints: a field that holds
 * something the letter could only print by changing it (a tab, a line break in a one-line field, control or
 * invisible characters, or — in a name — odd spaces) is rejected with a clear 422 rather than silently
 * altered. Leading and trailing spaces are trimmed: they never print.
 */
import { z } from "zod";
import { bilingual } from "../errors";

/** C0 and C1 controls (tab and line breaks included), DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** C0/C1 controls other than the line breaks of a multi-line text, which become paragraphs. */
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Invisible format characters (zero-width spaces and joiners, bidi controls, BOM): they change nothing visible. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
/** In a name: any space but one ordinary space between two words (NBSP, ideographic space, runs of spaces). */
const ODD_SPACE_IN_NAME = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2,}/;

const bounded = (max: number) =>
  z
    .string()
    .trim()
    .min(1, bilingual("REQUIRED", "不能为空", "must not be empty"))
    .max(max, bilingual("TOO_LONG", `不能超过${max}个字符`, `must be at most ${max} characters`));

const noControl = bilingual(
  "CONTROL_CHARACTERS",
  "不能包含换行、制表符等控制字符：请写在一行里",
  "must not contain line breaks, tabs or other control characters: keep it on one line",
);
const noInvisible = bilingual("INVISIBLE_CHARACTERS", "包含看不见的字符（如零宽空格），请删除后重新输入", "contains invisible characters (such as zero-width spaces): retype it");

/** A line of text the borrower types (an address, a product, a phrase): trimmed, non-empty, bounded, one line. */
export const text = (max: number) =>
  bounded(max)
    .refine((s) => !CONTROL.test(s), noControl)
    .refine((s) => !INVISIBLE.test(s), noInvisible);

/** Several paragraphs in the borrower's own words: line breaks separate paragraphs; other controls are rejected. */
export const paragraphsText = (max: number) =>
  bounded(max)
    .refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), bilingual("CONTROL_CHARACTERS", "不能包含制表符等控制字符", "must not contain tabs or other control characters"))
    .refine((s) => !INVISIBLE.test(s), noInvisible);

/**
 * A name (a person's or an institution's): one line, and no space but single ordinary spaces between words
 * ("John Smith"), because a name is printed and put in the file name exactly as sent.
 */
export const nameText = (max: number) =>
  text(max).refine(
    (s) => !ODD_SPACE_IN_NAME.test(s),
    bilingual(
      "ODD_SPACES_IN_NAME",
      "名称中不能有连续空格、不换行空格或全角空格：请按证件或执照上的写法输入",
      "names must not contain runs of spaces, non-breaking or ideographic spaces: type it as on the ID card or licence",
    ),
  );
