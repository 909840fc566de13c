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
  /** The letter's computed facts as data: `?format=json`, the /check route, the form's next steps. */
  facts?: LetterFacts;
}

/** A stable code and a message in both languages, for what the borrower should know but need not fix. */
export interface LetterWarning {
  /** e.g. "OVER_BUDGET", "MIXED_SCRIPT", "PAID_AGENT_CAUTION", "LIMITATION_RISK_ACKNOWLEDGED". */
  code: string;
  message: { zh: string; en: string };
  /** The body field it is about, when there is one (dotted path, as in errors). */
  path?: string;
}

/** An amount as data: integer fen, the yuan string, the figure and 大写 as the letter prints them. */
export interface AmountFact {
  fen: number;
  /** "16409.02" */
  yuan: string;
  /** "¥16,409.02" */
  figure: string;
  /** "人民币壹万陆仟肆佰零玖元零贰分" */
  daxie: string;
}

/** A date by which something should happen, with the rule that gives it. */
export interface DeadlineFact {
  /** e.g. "reply-due", "answer-period", "credit-objection-reply". */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  rule: { zh: string; en: string };
  /** Plain words for the borrower: what the date means and what to do if nothing happens. */
  explanation: { zh: string; en: string };
  /** Citation id (src/text/citations.ts) the rule rests on, when one does. */
  citation?: string;
}

/** A source the letter cites, from the one citation table. */
export interface CitationFact {
  id: string;
  /** The source's full name, e.g. 《中华人民共和国民法典》. */
  title: string;
  /** e.g. 第五百八十五条; absent where the source is cited by name only. */
  article?: string;
  asOf: string;
  /** How sure legal-notes.md is: "verified" or "secondary". */
  status: "verified" | "secondary";
  source: string;
}

/** What the borrower may do next, in order. */
export interface NextStepFact {
  id: string;
  text: { zh: string; en: string };
  /** A letter type that serves this step, when one does. */
  letterType?: string;
}

/** The letter's facts: what integrators build on and what the form shows around the PDF. */
export interface LetterFacts {
  type: string;
  title: string;
  locale: Locale;
  /** The letter date, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  recipient: { name: string; department?: string; address?: string };
  /** Named amounts: total, downPayment, monthly, lastInstalment, disposableIncome, lumpSum, … */
  amounts: Record<string, AmountFact>;
  /** The repayment schedule, where the letter proposes one. */
  schedule?: { period: string; date?: string; amount: AmountFact; remaining: AmountFact }[];
  /** Other named dates (YYYY-MM-DD): resumeDate, firstPaymentDate, receivedComplaint, … */
  dates: Record<string, string>;
  deadlines: DeadlineFact[];
  citations: CitationFact[];
  warnings: LetterWarning[];
  nextSteps: NextStepFact[];
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
