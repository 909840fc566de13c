/**
 * What the two settlement letters share (settlement-request 一次性结清减免申请书 and
 * settlement-certificate-request 结清证明申请): the share of the debt a lump sum pays, how the borrower pays it,
 * and the request to update the credit record to 结清.
 *
 * The credit-record request asks, it does not assert a duty: banks and consumer-finance companies report their
 * accounts to the credit reference system, so the letter asks them to report the settled status; to a
 * microloan company or another creditor, which may not report at all, it asks only "if you report". Neither
 * letter promises that a settlement removes an overdue history (征信业管理条例 第十六条 keeps it five years);
 * the facts tell the borrower so.
 */
import type { z } from "zod";
import type { Fen } from "../text/money";
import type { Script } from "../text/labels";
import type { LenderKind, repaymentSchema } from "./common";

/** A share of a whole, in basis points (1/100 of a percent), and as the letter prints it. */
export interface Percentage {
  /** 0..10000; never 0 for a part above zero, never 10000 for a part below the whole. */
  basisPoints: number;
  /** The share is exactly `basisPoints` (no rounding). */
  exact: boolean;
  /** "60%", "58.32%", "约58.33%" (rounded: 约 / 約). */
  text: string;
}

/**
 * The share `part` is of `whole`, rounded half up to two decimals of a percent: ¥30,000 of ¥50,034.56 is
 * 约59.96%. A part above zero never shows as 0% and a part below the whole never as 100%, so the letter can
 * not say that a lump sum pays all or nothing of the debt when it does not.
 */
export function percentage(part: Fen, whole: Fen, script: Script): Percentage {
  if (whole <= 0) throw new Error("percentage of nothing");
  const scaled = part * 10_000;
  let basisPoints = Math.floor((scaled + Math.floor(whole / 2)) / whole);
  if (part > 0 && basisPoints === 0) basisPoints = 1;
  if (part < whole && basisPoints >= 10_000) basisPoints = 9_999;
  const exact = scaled % whole === 0;
  const whole100 = Math.floor(basisPoints / 100);
  const cents = basisPoints % 100;
  const digits = cents === 0 ? String(whole100) : `${whole100}.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
  const about = script === "Hans" ? "约" : "約";
  return { basisPoints, exact, text: `${exact ? "" : about}${digits}%` };
}

type Repayment = z.output<typeof repaymentSchema>;

const PAY = {
  "auto-debit": { Hans: (you: string) => `授权${you}一次性扣收上述款项`, Hant: (you: string) => `授權${you}一次性扣收上述款項` },
  "bank-transfer": { Hans: () => "以银行转账方式一次性支付上述款项", Hant: () => "以銀行轉賬方式一次性支付上述款項" },
  app: { Hans: (you: string) => `通过${you}App一次性支付上述款项`, Hant: (you: string) => `通過${you}App一次性支付上述款項` },
  other: { Hans: () => "以双方约定的方式一次性支付上述款项", Hant: () => "以雙方約定的方式一次性支付上述款項" },
} as const;

/**
 * How the borrower will pay the lump sum (the letter says before that it pays only after the lender's written
 * confirmation): "申请人将以银行转账方式一次性支付上述款项，付款账户：招商银行储蓄卡（尾号5678）。" Undefined when
 * the body says nothing.
 * (The instalment letters' `repaymentSentence` says 按期还款, which does not fit one payment.)
 */
export function lumpSumPaymentSentence(repayment: Repayment | undefined, you: string, script: Script): string | undefined {
  if (!repayment || (!repayment.method && !repayment.account)) return undefined;
  const hans = script === "Hans";
  const way = repayment.method
    ? PAY[repayment.method][script](you)
    : hans ? "一次性支付上述款项" : "一次性支付上述款項";
  const accountLabel =
    repayment.method === "auto-debit" ? (hans ? "扣款账户" : "扣款賬戶") : hans ? "付款账户" : "付款賬戶";
  const account = repayment.account ? `，${accountLabel}：${repayment.account}` : "";
  return hans ? `申请人将${way}${account}。` : `申請人將${way}${account}。`;
}

/** Banks and consumer-finance companies report their accounts to the credit reference system. */
export function reportsToCreditBureau(kind: LenderKind): boolean {
  return kind === "bank-credit-card" || kind === "bank-loan" || kind === "consumer-finance";
}

/**
 * The request to update the credit record, as a list item after 「恳请贵方：」 (no final punctuation):
 * to a bank or consumer-finance company "向征信机构报送该账户的结清状态"; to anyone
 * else "如贵方向征信机构报送了该账户的信用信息，将其更新为结清状态".
 */
export function creditUpdateRequest(kind: LenderKind, you: string, script: Script): string {
  if (reportsToCreditBureau(kind))
    return script === "Hans" ? "向征信机构报送该账户的结清状态" : "向徵信機構報送該賬戶的結清狀態";
  return script === "Hans"
    ? `如${you}向征信机构报送了该账户的信用信息，将其更新为结清状态`
    : `如${you}向徵信機構報送了該賬戶的信用信息，將其更新為結清狀態`;
}

/** What the borrower should know about the credit record after settling (facts, never the letter). */
export const CREDIT_HISTORY_NOTE = {
  zh: "结清只会把账户状态更新为「结清」：此前的逾期记录依法仍保留5年（自不良行为终止之日起算，《征信业管理条例》第十六条），任何人都不能花钱「修复」。每年可免费查询2次个人信用报告。",
  en: "Settling updates the account's status to settled: the earlier overdue history stays on the report for 5 years from the end of the default (Credit Reporting Regulation art. 16), and nobody can 'repair' it for a fee. You may check your credit report for free twice a year.",
} as const;
