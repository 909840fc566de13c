/**
 * What a letter type is: a zod schema for its request body, an example body, and a `build` step that turns
 * validated input into a view model (every derived fact computed here, in tested TypeScript — templates only print).
 * Adding a letter type means one module in src/letters/ plus its templates in templates/<locale>/.
 */
import type { z } from "zod";
import type { CalendarDate } from "../text/dates";

export const LOCALES = ["zh-Hans", "zh-Hant"] as const;
export type Locale = (typeof LOCALES)[number];

export interface LetterContext {
  /** The letter date when the body gives none: today in Asia/Shanghai. */
  today: CalendarDate;
}

export interface BuiltLetter {
  /** Template name without locale, usually the type id; the template is templates/<locale>/<template>.hbs. */
  template: string;
  locale: Locale;
  /** Everything the template prints, already formatted (amounts, 大写, dates, citations, masked ID). */
  viewModel: Record<string, unknown>;
  /** PDF metadata: title (the letter's title), author (the borrower), subject. */
  meta: { title: string; author: string; subject?: string };
  /** Download file name without ".pdf", in Chinese, e.g. "个性化分期还款申请书_张三_招商银行". */
  fileName: string;
}

export interface LetterType<Schema extends z.ZodType = z.ZodType> {
  id: string;
  title: Record<Locale, string>;
  description: { zh: string; en: string };
  schema: Schema;
  /** A valid body; the tests render it, GET /v1/letters/{type}/example returns it. */
  example: z.input<Schema>;
  build(input: z.output<Schema>, context: LetterContext): BuiltLetter;
}
