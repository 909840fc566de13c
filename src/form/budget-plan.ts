/**
 * The budget meets the plan: what the borrower's 收支情况 leaves each month, and a plan within it, proposed
 * on the step that asks for the plan (GOV.UK's "work out what you can afford", the UK debt charities' budget
 * sheet). The letter's own facts carry the OVER_BUDGET warning when a plan exceeds the budget; this only
 * proposes, and says the numbers in words.
 */
import { budgetSchema, budgetView } from "../letters/budget";
import { readDebtTotal } from "../letters/checks";
import { bodyReader } from "../validation";
import { addMonthsClamped, formatIsoDate, parseDate, todayInShanghai } from "../text/dates";
import { formatYuan, moneySchema, type Fen } from "../text/money";
import type { FormSpec } from "./fields";
import { formToBody, type FormValues } from "./parse";
import type { Step } from "./steps";
import { stepFields } from "./steps";

export interface BudgetSummary {
  income: Fen;
  expenses: Fen;
  /** Income − expenses; negative when expenses exceed income. */
  disposable: Fen;
}

/** The budget the answers give, or undefined when none (or an invalid one) is given. */
export function budgetOf(spec: FormSpec, values: FormValues): BudgetSummary | undefined {
  const budget = formToBody(spec, values).body.budget;
  if (budget === undefined) return undefined;
  const parsed = budgetSchema.safeParse(budget);
  if (!parsed.success) return undefined;
  const view = budgetView(parsed.data, "Hans");
  return { income: view.incomeTotal.fen, expenses: view.expenseTotal.fen, disposable: view.disposableFen };
}

/** The fields of a monthly plan, where a letter asks for one (an instalment plan). */
const PLAN = { months: "plan.months", first: "plan.firstPaymentDate", down: "plan.downPayment", min: 2, max: 60 } as const;
/** A payment a letter offers each month while it asks for time (a deferral). */
const MONTHLY_OFFERS = ["deferral.paymentDuringDeferral"] as const;

export interface PlanProposal {
  /** What the budget leaves, and the plan within it, in words. */
  lines: string[];
  /** Answers to fill in where the step is asked for the first time. */
  values: Record<string, string>;
  /** The budget cannot carry any plan: expenses use up the income. */
  short: boolean;
}

const asksAny = (step: Step, names: readonly string[]) => stepFields(step).some((f) => names.includes(f.name));

/**
 * The proposal for `step`, or undefined when the step asks for no plan or no budget is given. `committed` is
 * what plans to other creditors of the same batch already take each month.
 */
export function planProposal(spec: FormSpec, step: Step, values: FormValues, now: Date, committed: Fen = 0): PlanProposal | undefined {
  const plan = asksAny(step, [PLAN.months]);
  if (!plan && !asksAny(step, MONTHLY_OFFERS)) return undefined;
  const budget = budgetOf(spec, values);
  if (!budget) return undefined;
  const available = budget.disposable - committed;
  const lines = [
    `按你填的收支：每月收入${formatYuan(budget.income)}，必要支出${formatYuan(budget.expenses)}，` +
      (budget.disposable > 0 ? `每月最多能拿出${formatYuan(budget.disposable)}还款。` : `收不抵支，每月没有余钱还款。`),
  ];
  if (committed > 0)
    lines.push(`给其他机构的方案每月已占${formatYuan(committed)}，还剩${available > 0 ? formatYuan(available) : "¥0.00"}。`);
  if (available <= 0) {
    lines.push("现在答应按月还款，很可能做不到。可以先申请延期还款（停息挂账），等收入恢复再还；或如实说明困难，请机构提出方案。");
    return { lines, values: {}, short: true };
  }
  if (!plan) {
    lines.push(`延期期间每月还款不要超过${formatYuan(available)}。`);
    return { lines, values: {}, short: false };
  }
  const read = bodyReader(formToBody(spec, values).body);
  const total = readDebtTotal(read);
  if (!total) return { lines, values: {}, short: false };
  const down = read(PLAN.down, moneySchema) ?? 0;
  const rest = Math.max(0, total - down);
  const months = Math.min(PLAN.max, Math.max(PLAN.min, Math.ceil(rest / available)));
  const monthly = Math.ceil(rest / months);
  if (monthly > available) {
    lines.push(
      `欠款${formatYuan(total)}即使分${PLAN.max}期，每期约${formatYuan(monthly)}，也超过了你每月能拿出的钱。` +
        "可以如实写明，请机构减免罚息或延长期限；或先申请延期还款（停息挂账）。",
    );
  } else {
    // As the letter splits it: equal instalments, the rounding difference in the last one.
    lines.push(`欠款合计${formatYuan(total)}${down ? `，首付${formatYuan(down)}后` : ""}：分${months}期，每期约${formatYuan(Math.floor(rest / months))}，在你能还的范围内。已按这个方案填好，可以改。`);
  }
  const letter = (values.get("date")?.at(-1) && parseDate(values.get("date")!.at(-1)!)) || todayInShanghai(now);
  return {
    lines,
    values: { [PLAN.months]: String(months), [PLAN.first]: formatIsoDate(addMonthsClamped(letter, 1)) },
    short: false,
  };
}
