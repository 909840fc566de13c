/**
 * The borrower's monthly budget (收支情况说明), as the UK debt charities attach to every offer: income and
 * expense items, the money left each month, and whether a proposed payment fits in it. A payment above what
 * is left is not an error (the borrower may have help, or may choose to stretch) but a warning the response
 * carries and the form shows.
 */
import { z } from "zod";
import { bilingual } from "../errors";
import { moneySchema, type Fen } from "../text/money";
import type { Script } from "../text/labels";
import { text } from "./text-fields";
import { amountView, type AmountView } from "./shared";
import type { LetterWarning } from "./types";

const budgetItemSchema = z.strictObject({
  label: text(40).describe("项目，如 工资、房租、伙食 / item, e.g. salary, rent, food"),
  amount: moneySchema.describe("每月金额（元） / monthly amount (yuan)"),
});

export const budgetSchema = z
  .strictObject({
    income: z.array(budgetItemSchema).max(20).default([]).describe("每月收入 / monthly income items"),
    expenses: z.array(budgetItemSchema).max(30).default([]).describe("每月必要支出 / monthly essential expenses"),
  })
  .refine((b) => b.income.length + b.expenses.length > 0, bilingual("BUDGET_EMPTY", "收支情况请至少填写一项收入或支出", "give at least one income or expense item"))
  .describe("每月收支情况（附在信后的收支情况说明） / the monthly budget, attached to the letter as a statement");
export type Budget = z.output<typeof budgetSchema>;

export interface BudgetRow {
  label: string;
  amount: string;
}

export interface BudgetView {
  income: BudgetRow[];
  expenses: BudgetRow[];
  incomeTotal: AmountView;
  expenseTotal: AmountView;
  /** Income − expenses; may be negative. */
  disposableFen: Fen;
  /** "1,234.50", or "-1,234.50" when expenses exceed income. */
  disposable: string;
  /** The disposable amount as a statement, e.g. "¥1,234.50" or "收不抵支¥300.00". */
  disposableText: string;
}

const sum = (items: readonly { amount: Fen }[]) => items.reduce((total, item) => total + item.amount, 0);

const WORDS = {
  shortfall: { Hans: "收不抵支", Hant: "收不抵支" },
} as const;

/** The budget as the statement table prints it. */
export function budgetView(budget: Budget, script: Script): BudgetView {
  const income = sum(budget.income);
  const expenses = sum(budget.expenses);
  const disposable = income - expenses;
  const row = (item: { label: string; amount: Fen }) => ({ label: item.label, amount: amountView(item.amount, script).plain });
  const magnitude = amountView(Math.abs(disposable), script);
  return {
    income: budget.income.map(row),
    expenses: budget.expenses.map(row),
    incomeTotal: amountView(income, script),
    expenseTotal: amountView(expenses, script),
    disposableFen: disposable,
    disposable: disposable < 0 ? `-${magnitude.plain}` : magnitude.plain,
    disposableText: disposable < 0 ? `${WORDS.shortfall[script]}${magnitude.figure}` : magnitude.figure,
  };
}

/**
 * OVER_BUDGET when a monthly payment the letter proposes is more than the budget leaves each month. `what`
 * names the payment in both languages ("每期还款" / "the monthly instalment").
 */
export function overBudgetWarning(
  budget: BudgetView | undefined,
  payment: Fen,
  what: { zh: string; en: string },
  path: string,
): LetterWarning | undefined {
  if (!budget || payment <= budget.disposableFen) return undefined;
  const pay = amountView(payment, "Hans").figure;
  const left = budget.disposableFen < 0 ? `-${amountView(-budget.disposableFen, "Hans").figure}` : amountView(budget.disposableFen, "Hans").figure;
  return {
    code: "OVER_BUDGET",
    path,
    message: {
      zh: `${what.zh}${pay}，超过了收支情况中每月可用于还款的${left}。答应了还不上，可能比现在更糟：请按实际能还的数额调整方案。`,
      en: `${what.en} of ${pay} is more than the ${left} your budget leaves each month. A promise you cannot keep can leave you worse off: consider a plan you can afford.`,
    },
  };
}
