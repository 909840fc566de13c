/**
 * Compile-time checks of the typed client (src/client): `npm run typecheck` (tsc) fails if a wrong body
 * type-checks. Not a test file: nothing here runs.
 */
import type { BatchBody, LetterBody, ShuhanClient } from "../../src/client";

declare const client: ShuhanClient;
declare const borrower: LetterBody["borrower"];

export async function typeChecks() {
  const body: LetterBody<"installment-request"> = {
    borrower: { name: "张三" },
    lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" },
    debt: { principal: "100.00" },
    hardship: { reasons: ["unemployment"] },
    plan: { months: 12, firstPaymentDate: "2026-12-15" },
  };
  await client.renderPdf("installment-request", body);

  // @ts-expect-error a deferral request has no plan, and lacks its deferral
  await client.renderPdf("deferral-request", body);

  // @ts-expect-error a misspelt field
  await client.renderPdf("installment-request", { ...body, plan: { month: 12, firstPaymentDate: "2026-12-15" } });

  // @ts-expect-error an unknown lender kind
  await client.renderText("installment-request", { ...body, lender: { name: "x", kind: "bank" } });

  // @ts-expect-error an unknown letter type
  await client.renderPdf("love-letter", body);

  const batch: BatchBody = {
    type: "installment-request",
    borrower,
    hardship: { reasons: ["illness"] },
    items: [
      { lender: { name: "甲" }, debt: { principal: 1 }, plan: { months: 2, firstPaymentDate: "2026-12-15" } },
      { type: "collection-objection", lender: { name: "乙" }, debt: { principal: 1 }, incidents: [{ date: "2026-10-01", channel: "phone", conducts: ["threats"] }], demands: ["written-communication-only"] },
    ],
  };
  await client.renderBatch(batch, { format: "pdf" });

  // @ts-expect-error a batch item cannot carry its own borrower
  const wrong: BatchBody = { borrower, items: [{ lender: { name: "甲" }, debt: { principal: 1 }, borrower }] };
  return wrong;
}
