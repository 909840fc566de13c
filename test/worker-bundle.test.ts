/**
 * The Worker as `wrangler deploy` would upload it (the bundle of `wrangler deploy --dry-run`), served by the
 * workerd binary wrangler ships, fonts behind the FONTS binding (scripts/bench/workerd.ts): it starts, its
 * startup warm-up (src/warm-up.ts) runs in the global scope without failing (Workers forbid I/O, timers and
 * random values there, which unit tests in Node cannot show), and the first letter it answers is the real
 * letter, drawn in the real fonts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { startBundledWorker, type RunningWorker } from "../scripts/bench/workerd";
import { benchLetterBody, benchLetterType } from "../scripts/bench/letter";
import { pdfFonts, pdfToText } from "./helpers/pdf-tools";

const root = fileURLToPath(new URL("..", import.meta.url));
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startBundledWorker(root);
});
afterAll(() => worker?.stop());

describe("the deployed bundle in workerd", () => {
  it("warms up at startup without a warning, and its first letter is the real letter", async () => {
    const response = await fetch(`${worker.base}/v1/letters/${benchLetterType}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(benchLetterBody),
    });
    expect(response.status).toBe(200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = pdfToText(pdf);
    expect(text).toContain(benchLetterBody.lender.name);
    expect(text).toContain("延期还款");
    expect(pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ""))).toEqual(["NotoSerifSC-Regular", "NotoSerifSC-Bold"]);
    expect(worker.output()).not.toMatch(/warm-up failed/);
  });
});
