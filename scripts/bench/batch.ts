/**
 * The bench's batch: one borrower's letters to `count` creditors (POST /v1/batches), each with its own
 * card centre, account, debt and story — the deferral letters of scripts/bench/variants.ts.
 */
import { benchLetterBody, benchLetterType } from "./letter";
import { variedDeferralBody } from "./variants";

export function batchBody(count: number) {
  const items = Array.from({ length: count }, (_, i) => {
    const { lender, account, debt, hardship, deferral } = variedDeferralBody(2000 + i);
    return { lender, account, debt, hardship, deferral };
  });
  const { locale, date, borrower, attachments } = benchLetterBody;
  return { type: benchLetterType, locale, date, borrower, attachments, items };
}
