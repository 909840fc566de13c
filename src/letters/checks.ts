/**
 * Cross-field checks as plain functions of a `BodyReader` (src/letters/types.ts): each reads the single fields
 * it compares, parsed on their own, so it runs — and reports — even while other fields of the body are wrong.
 * A borrower then fixes a form in one round: the schema's errors and these come back in the same 422.
 */
import { z } from "zod";
import type { FieldError } from "../errors";
import { compareDates, dateSchema, type CalendarDate } from "../text/dates";
import { moneySchema } from "../text/money";
import type { BodyReader, LetterContext } from "./types";

// The reader's schemas, built once: a check runs on every body, and building a zod schema (its `init`) costs
// more than parsing one field with it.

/** Anything present, for "was this field given" (every letter module's checks read with it). */
export const ANY = z.unknown();
/**
 * A JSON object, for "was this group of fields given": a check that then asks for a field inside it must stay
 * silent when the group itself is of the wrong type (its INVALID_TYPE is the one answer there).
 */
export const OBJECT = z.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value));
/** A box ticked: `true`, nothing else (a request asked for, a risk acknowledged). */
export const YES = z.literal(true);
/** Any string (a name to compare with another). */
export const STRING = z.string();
/** Any array, for counting items. */
const ARRAY = z.array(ANY);
const OPTIONAL_MONEY = moneySchema.optional();
/** The amounts added to the principal in a debt's total. */
const DEBT_AMOUNTS = ["interest", "penalty", "fees"] as const;

/** One field error. */
export function fieldError(path: string, code: string, zh: string, en: string): FieldError {
  return { path, code, message: { zh, en } };
}

/** The letter date of a body that may be invalid: its `date` if that parses, else today in Asia/Shanghai. */
export function readLetterDate(read: BodyReader, context: LetterContext): CalendarDate {
  return read("date", dateSchema) ?? context.today;
}

/** How a date must stand to the letter date. */
export type DateRelation = "not-before" | "after" | "not-after";

export interface DateOrderCheck {
  path: string;
  relation: DateRelation;
  zh: string;
  en: string;
}

/**
 * Dates against the letter date (which the schema cannot know): each named date, where it parses, must not be
 * before the letter date (`not-before`), must be after it (`after`) or must not be after it (`not-after`).
 * The message says which two dates disagree, so a borrower knows which one to fix.
 */
export function checkDatesAgainstLetter(read: BodyReader, context: LetterContext, checks: readonly DateOrderCheck[]): FieldError[] {
  const letter = readLetterDate(read, context);
  const errors: FieldError[] = [];
  for (const check of checks) {
    const date = read(check.path, dateSchema);
    if (!date) continue;
    const order = compareDates(date, letter);
    const ok = check.relation === "not-before" ? order >= 0 : check.relation === "after" ? order > 0 : order <= 0;
    if (!ok) errors.push(fieldError(check.path, "INVALID_DATE_ORDER", check.zh, check.en));
  }
  return errors;
}

/** The items of an array field, for checks that look at each (e.g. every incident); [] when it is not an array. */
export function readArrayLength(read: BodyReader, path: string): number {
  const value = read(path, ARRAY);
  return Array.isArray(value) ? value.length : 0;
}

/**
 * The total owed (本金 + 利息 + 罚息违约金 + 费用) of a body that may be invalid: undefined unless the
 * principal and every other amount given parse, so a check never compares against a wrong total.
 */
export function readDebtTotal(read: BodyReader, prefix = "debt"): number | undefined {
  const principal = read(`${prefix}.principal`, moneySchema);
  if (principal === undefined) return undefined;
  let total = principal;
  for (const key of DEBT_AMOUNTS) {
    const path = `${prefix}.${key}`;
    const amount = read(path, OPTIONAL_MONEY);
    if (amount === undefined && read(path, ANY) !== undefined) return undefined;
    total += amount ?? 0;
  }
  return total;
}

/**
 * The debt's dates cannot be after the letter: when it fell overdue, the last payment, the last collection
 * demand received.
 */
export function checkDebtDates(read: BodyReader, context: LetterContext, prefix = "debt"): FieldError[] {
  return checkDatesAgainstLetter(read, context, [
    { path: `${prefix}.overdueSince`, relation: "not-after", zh: "逾期开始日期不能晚于信函日期", en: "the overdue date cannot be after the letter date" },
    { path: `${prefix}.lastPaymentDate`, relation: "not-after", zh: "最后一次还款日期不能晚于信函日期", en: "the last payment cannot be after the letter date" },
    {
      path: `${prefix}.lastDemandDate`,
      relation: "not-after",
      zh: "最后一次收到催收的日期不能晚于信函日期",
      en: "the last collection demand cannot be after the letter date",
    },
  ]);
}
