/**
 * What every request letter that is 同意履行 (installment, deferral, settlement) shares beyond the frame: how
 * the borrower will pay, the budget statement attached after the letter, and the checks and warnings of the
 * limitation period and the budget.
 */
import { z } from "zod";
import type { FieldError } from "../errors";
import type { Script } from "../text/labels";
import { budgetView, type Budget, type BudgetView } from "./budget";
import { checkLimitationRisk } from "./limitation";
import { fieldError, OBJECT } from "./checks";
import { REPAYMENT_METHODS, type repaymentSchema } from "./common";
import type { BodyReader, LetterContext } from "./types";
import { text } from "./text-fields";

const METHOD = {
  "auto-debit": { Hans: "授权贵方按期自动扣款", Hant: "授權貴方按期自動扣款" },
  "bank-transfer": { Hans: "银行转账", Hant: "銀行轉賬" },
  app: { Hans: "通过贵方App按期还款", Hant: "通過貴方App按期還款" },
  other: { Hans: "双方约定的方式", Hant: "雙方約定的方式" },
} as const satisfies Record<(typeof REPAYMENT_METHODS)[number], { Hans: string; Hant: string }>;

/**
 * The sentence on how the borrower will pay, or undefined when the body says nothing: "申请人将以银行转账方式
 * 按期还款，还款账户：招商银行储蓄卡（尾号5678）。" The account is printed as typed: the borrower chose to give it.
 */
export function repaymentSentence(repayment: z.output<typeof repaymentSchema> | undefined, script: Script): string | undefined {
  if (!repayment || (!repayment.method && !repayment.account)) return undefined;
  const hans = script === "Hans";
  const how = repayment.method ? METHOD[repayment.method][script] : undefined;
  const lead = hans ? "申请人将" : "申請人將";
  const way =
    how === undefined
      ? hans ? "按期还款" : "按期還款"
      : repayment.method === "auto-debit" || repayment.method === "app"
        ? how
        : `以${how}${hans ? "方式按期还款" : "方式按期還款"}`;
  const account = repayment.account ? `${hans ? "，还款账户：" : "，還款賬戶："}${repayment.account}` : "";
  return `${lead}${way}${account}。`;
}

const STATEMENT_TITLE = { Hans: "每月收支情况说明", Hant: "每月收支情況說明" } as const;

export interface BudgetStatement extends BudgetView {
  title: string;
}

/**
 * The budget statement the letter attaches after the 附件 list, titled with who signs: 申请人每月收支情况说明
 * (the 附件 list names it by the same title).
 */
export function budgetStatement(budget: Budget | undefined, role: string, script: Script): BudgetStatement | undefined {
  return budget ? { title: `${role}${STATEMENT_TITLE[script]}`, ...budgetView(budget, script) } : undefined;
}

/** The checks every 同意履行 request letter runs: the limitation period, and a way for the reply to reach the borrower. */
export function requestChecks(read: BodyReader, context: LetterContext): FieldError[] {
  return [...checkLimitationRisk(read, context), ...checkReplyChannel(read)];
}

const line = text(200);

/**
 * A letter that asks for a written reply needs somewhere to send it: a postal address, a phone number or an
 * email address (issue 8, point 8). Reported at borrower.address, where the form asks first.
 */
export function checkReplyChannel(read: BodyReader, alsoAccepted: readonly string[] = []): FieldError[] {
  if (read("borrower", OBJECT) === undefined) return [];
  const has = ["borrower.address", "borrower.phone", "borrower.email", ...alsoAccepted].some((path) => read(path, line) !== undefined);
  return has
    ? []
    : [
        fieldError(
          "borrower.address",
          "REPLY_CHANNEL_REQUIRED",
          "信中请对方书面答复：请至少填写通讯地址、手机号码或电子邮箱中的一项，答复才能送到你手里",
          "the letter asks for a written reply: give at least a postal address, a phone number or an email address so that it reaches you",
        ),
      ];
}
