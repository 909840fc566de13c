import { spawnSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, fileNameFromDisposition, ShuhanApiError } from "../../src/client";
import installmentRequest from "../../src/letters/installment-request";
import { startServer, type RunningServer } from "../../src/node/server";
import { FIXED_NOW, testApp } from "../helpers/app";
import { pdfToText } from "../helpers/pdf-tools";

const ROOT = new URL("../..", import.meta.url).pathname;
const flat = (text: string) => text.replace(/\s+/g, "");

describe("the typed client over app.request", () => {
  const client = createClient({ baseUrl: "http://shuhan.test/", fetch: async (request) => testApp.request(request) });

  it("lists types, fetches examples and renders a PDF with its Chinese file name", async () => {
    expect((await client.letterTypes()).map((t) => t.id)).toContain("installment-request");
    const example = await client.example("installment-request");
    const pdf = await client.renderPdf("installment-request", example);
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.fileName).toBe("个性化分期还款申请书_张三_招商银行信用卡中心.pdf");
    expect(flat(pdfToText(pdf.bytes))).toContain("¥50,034.56");
  });

  it("renders text and HTML", async () => {
    expect(await client.renderText("installment-request", installmentRequest.example)).toContain("个性化分期还款申请书");
    expect(await client.renderHtml("installment-request", installmentRequest.example)).toMatch(/<html/i);
  });

  it("renders the example batch as a ZIP and as one PDF", async () => {
    const batch = await client.batchExample();
    const zip = await client.renderBatch(batch);
    expect(zip.contentType).toBe("application/zip");
    expect(Object.keys(unzipSync(zip.bytes))).toHaveLength(batch.items.length);
    const pdf = await client.renderBatch(batch, { format: "pdf" });
    expect(pdf.fileName).toMatch(/^书函批量信函_.+\.pdf$/);
  });

  it("throws ShuhanApiError carrying the problem's field errors", async () => {
    const bad = { ...installmentRequest.example, plan: { ...installmentRequest.example.plan, months: 1 } };
    const error = await client.renderPdf("installment-request", bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShuhanApiError);
    const problem = (error as ShuhanApiError).problem;
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => e.path)).toEqual(["plan.months"]);
    expect(problem.errors?.[0].message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads RFC 6266 file names", () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent("信函.pdf")}; filename="letter.pdf"`)).toBe("信函.pdf");
    expect(fileNameFromDisposition(`attachment; filename="letter.pdf"; filename*=UTF-8''${encodeURIComponent("信函.pdf")}`)).toBe("信函.pdf");
    expect(fileNameFromDisposition('attachment; filename="letter.pdf"')).toBe("letter.pdf");
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });
});

describe("examples/client.ts against the Node server", () => {
  let running: RunningServer;
  const out = mkdtempSync(join(tmpdir(), "shuhan-client-"));

  beforeAll(async () => {
    running = await startServer({ port: 0, now: () => FIXED_NOW, env: {} });
  });
  afterAll(async () => {
    await running?.close(1000);
    rmSync(out, { recursive: true, force: true });
  });

  it("runs: a letter, a batch and a problem", async () => {
    // Asynchronous spawn: the server answering it lives in this process.
    const child = spawn(process.execPath, ["--import", "tsx", "examples/client.ts", out], {
      cwd: ROOT,
      env: { ...process.env, SHUHAN_URL: running.url },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("letter: 个性化分期还款申请书_王芳_招商银行信用卡中心.pdf");
    expect(stdout).toContain("batch: 书函批量信函_王芳_3封.zip");
    expect(stdout).toMatch(/problem: 422 INVALID_BODY\n {2}borrower\.idNumber: .+\n {2}plan\.months: /);
    expect(readdirSync(out).sort()).toEqual(["个性化分期还款申请书_王芳_招商银行信用卡中心.pdf", "书函批量信函_王芳_3封.zip"]);
    const letter = flat(pdfToText(readFileSync(join(out, "个性化分期还款申请书_王芳_招商银行信用卡中心.pdf"))));
    expect(letter).toContain("王芳");
    expect(letter).toContain("¥33,500.00");
    const zip = unzipSync(readFileSync(join(out, "书函批量信函_王芳_3封.zip")));
    expect(Object.keys(zip)).toEqual([
      "01_招商银行信用卡中心_个性化分期还款申请书.pdf",
      "02_重庆蚂蚁消费金融有限公司_分期还款申请书.pdf",
      "03_重庆三快小额贷款有限公司_延期还款（停息挂账）申请书.pdf",
    ]);
  });

  it("type-checks, and wrong bodies do not (test/client/client-types.ts)", () => {
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "examples/tsconfig.json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
