/**
 * Using Shuhan from TypeScript: one letter, one borrower's batch to several creditors, and a problem.
 *
 *   SHUHAN_URL=http://127.0.0.1:3000 npx tsx examples/client.ts [output directory]
 *
 * (start a server first with `npm run serve`; SHUHAN_API_KEY if the service requires keys).
 * Every body below is type-checked against the server's own schemas: try misspelling `firstPaymentDate`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createClient, ShuhanApiError, type BatchBody, type LetterBody } from "../src/client";

const shuhan = createClient({
  baseUrl: process.env.SHUHAN_URL ?? "http://127.0.0.1:3000",
  apiKey: process.env.SHUHAN_API_KEY,
});
const outDir = process.argv[2] ?? ".";
await mkdir(outDir, { recursive: true });

const borrower = { name: "王芳", idNumber: "11010519491231002X", phone: "13812345678", address: "北京市海淀区中关村大街1号" };
const hardship = { reasons: ["income-reduction" as const], details: "2026年起收入减少一半，仍愿意按能力分期还清。" };

// 1. One letter: an instalment request to a credit-card centre.
const letter: LetterBody<"installment-request"> = {
  date: "2026-11-23",
  borrower,
  lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" },
  account: { product: "招商银行信用卡" },
  debt: { principal: "32000.00", interest: 1500, overdueSince: "2026-07-01" },
  hardship,
  plan: { months: 24, firstPaymentDate: "2026-12-20", freezeInterest: true },
};
const pdf = await shuhan.renderPdf("installment-request", letter);
await writeFile(join(outDir, pdf.fileName ?? "letter.pdf"), pdf.bytes);
console.log(`letter: ${pdf.fileName} (${pdf.bytes.byteLength} bytes)`);

// 2. A batch: the same borrower to three creditors, one ZIP of PDFs named by creditor.
const batch: BatchBody = {
  type: "installment-request",
  date: "2026-11-23",
  borrower,
  hardship,
  items: [
    { lender: { name: "招商银行信用卡中心", kind: "bank-credit-card" }, debt: { principal: "32000.00" }, plan: { months: 24, firstPaymentDate: "2026-12-20" } },
    { lender: { name: "重庆蚂蚁消费金融有限公司", kind: "consumer-finance" }, account: { product: "花呗" }, debt: { principal: 8600.5 }, plan: { months: 12, firstPaymentDate: "2026-12-20" } },
    { type: "deferral-request", lender: { name: "重庆三快小额贷款有限公司", kind: "microloan" }, account: { product: "美团月付" }, debt: { principal: "4200" }, deferral: { months: 6, freezeInterest: true } },
  ],
};
const zip = await shuhan.renderBatch(batch);
await writeFile(join(outDir, zip.fileName ?? "letters.zip"), zip.bytes);
console.log(`batch: ${zip.fileName} (${zip.bytes.byteLength} bytes)`);

// 3. A problem: every invalid field with its path and a message in Chinese and English.
try {
  await shuhan.renderPdf("installment-request", { ...letter, borrower: { ...borrower, idNumber: "110105194912310021" }, plan: { ...letter.plan, months: 99 } });
} catch (error) {
  if (!(error instanceof ShuhanApiError)) throw error;
  console.log(`problem: ${error.status} ${error.problem.code}`);
  for (const field of error.problem.errors ?? []) console.log(`  ${field.path}: ${field.message.zh} / ${field.message.en}`);
}
