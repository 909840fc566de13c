import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { letterTypes } from "../../src/letters";
import installmentRequest from "../../src/letters/installment-request";
import { pdfToText } from "../helpers/pdf-tools";
import { tenCreditorBatch } from "../batches/fixtures";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "shuhan.mjs");
const work = mkdtempSync(join(tmpdir(), "shuhan-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, "");

/** Runs bin/shuhan.mjs as a subprocess on this Node (22), in the scratch directory. */
function shuhan(args: string[], input?: string | Uint8Array): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: work, input, timeout: 60_000 });
}

const body = JSON.stringify(installmentRequest.example);
writeFileSync(join(work, "body.json"), body);

describe("shuhan render", () => {
  it("writes a PDF whose text is right", () => {
    const run = shuhan(["render", "installment-request", "body.json", "-o", "letter.pdf"]);
    expect(run.stderr.toString()).toMatch(/wrote letter\.pdf/);
    expect(run.status).toBe(0);
    const text = flat(pdfToText(readFileSync(join(work, "letter.pdf"))));
    expect(text.startsWith("个性化分期还款申请书")).toBe(true);
    expect(text).toContain("招商银行信用卡中心");
    expect(text).toContain("¥50,034.56");
  });

  it("without -o, names the PDF like the API's download", () => {
    const dir = mkdtempSync(join(work, "default-"));
    const run = spawnSync(process.execPath, [BIN, "render", "installment-request", join(work, "body.json")], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(dir)).toEqual(["个性化分期还款申请书_张三_招商银行信用卡中心.pdf"]);
  });

  it("reads stdin and writes text to stdout with --format text -", () => {
    const run = shuhan(["render", "installment-request", "-", "--format", "text"], body);
    expect(run.status).toBe(0);
    const text = run.stdout.toString("utf8");
    expect(text.split("\n")[0].trim()).toBe("个性化分期还款申请书");
    expect(text).toContain("尊敬的招商银行信用卡中心");
  });

  it("writes a PDF to stdout with -o -, and honours --locale", () => {
    const run = shuhan(["render", "installment-request", "-", "-o", "-", "--locale", "zh-Hant"], body);
    expect(run.status).toBe(0);
    expect(run.stdout.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(flat(pdfToText(new Uint8Array(run.stdout)))).toContain("個性化分期還款申請書");
  });

  it("follows the output's extension: .html is the preview", () => {
    const run = shuhan(["render", "installment-request", "body.json", "-o", "letter.html"]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, "letter.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("exits 2 on invalid input, naming every field path with both messages", () => {
    const bad = { ...installmentRequest.example, borrower: { name: "张三", idNumber: "110105194912310021" }, plan: { months: 99 } };
    const run = shuhan(["render", "installment-request", "-"], JSON.stringify(bad));
    expect(run.status).toBe(2);
    const err = run.stderr.toString("utf8");
    expect(err).toContain("请求内容有误 / The request body is invalid");
    expect(err).toMatch(/borrower\.idNumber\s+身份证号码校验位不正确.* \/ The ID number's check digit/);
    expect(err).toContain("plan.months");
    expect(err).toContain("plan.firstPaymentDate");
    expect(run.stdout.byteLength).toBe(0);
  });

  it("exits 2 on malformed JSON, a missing file, an unknown type or option", () => {
    const malformed = shuhan(["render", "installment-request", "-"], "{ nope");
    expect(malformed.status).toBe(2);
    expect(malformed.stderr.toString()).toMatch(/不是有效的 JSON \/ stdin is not valid JSON/);
    expect(shuhan(["render", "installment-request", "missing.json"]).status).toBe(2);
    const unknown = shuhan(["render", "love-letter", "body.json"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.toString()).toContain("installment-request");
    expect(shuhan(["render", "installment-request", "body.json", "--colour", "red"]).status).toBe(2);
  });

  it("exits 1 when the output cannot be written", () => {
    const run = shuhan(["render", "installment-request", "body.json", "-o", join(work, "no", "such", "dir", "x.pdf")]);
    expect(run.status).toBe(1);
    expect(run.stderr.toString()).toMatch(/ENOENT/);
  });
});

describe("shuhan batch", () => {
  it("writes a ZIP of PDFs named by creditor", () => {
    writeFileSync(join(work, "batch.json"), JSON.stringify(tenCreditorBatch()));
    const run = shuhan(["batch", "batch.json", "-o", "letters.zip"]);
    expect(run.status).toBe(0);
    const files = unzipSync(readFileSync(join(work, "letters.zip")));
    expect(Object.keys(files)).toHaveLength(10);
    expect(Object.keys(files)[0]).toBe("01_招商银行信用卡中心_个性化分期还款申请书.pdf");
  });

  it("exits 2 naming the item paths of a bad batch", () => {
    const batch = tenCreditorBatch();
    batch.items[2].plan.months = 0;
    const run = shuhan(["batch", "-", "-o", "x.pdf"], JSON.stringify(batch));
    expect(run.status).toBe(2);
    expect(run.stderr.toString()).toContain("items.2.plan.months");
  });
});

describe("shuhan example / schema / types / --help", () => {
  it.each(letterTypes.map((t) => t.id))("example %s prints the type's example body", (id) => {
    const run = shuhan(["example", id]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.toString("utf8"))).toEqual(letterTypes.find((t) => t.id === id)!.example);
  });

  it("example batch and schema print JSON", () => {
    expect(JSON.parse(shuhan(["example", "batch"]).stdout.toString()).items.length).toBeGreaterThan(0);
    expect(JSON.parse(shuhan(["schema", "installment-request"]).stdout.toString()).additionalProperties).toBe(false);
  });

  it("types lists every letter type", () => {
    const out = shuhan(["types"]).stdout.toString("utf8");
    for (const type of letterTypes) expect(out).toContain(`${type.id}`);
    expect(out).toContain("个性化分期还款申请书");
    // Each line says when to use the letter in a whole clause: an "e.g." in brackets does not cut it short.
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(letterTypes.length + 1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/ For /);
      expect(line.split("(").length, line).toBe(line.split(")").length);
      expect(line, line).not.toMatch(/[.:]$/);
    }
    expect(out).toMatch(/jurisdiction-objection +管辖权异议申请书 +For when you think the court seised has no jurisdiction \(e\.g\. a jurisdiction clause buried in standard terms that was never brought to your attention\)\n/);
  });

  it("--help explains the commands and exit codes; no command is a usage error", () => {
    const help = shuhan(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout.toString()).toMatch(/shuhan render <type> <input\.json\|->/);
    expect(help.stdout.toString()).toMatch(/Exit codes/);
    expect(shuhan([]).status).toBe(2);
  });

  it.each([
    ["schema installment-request", ["schema", "installment-request"]],
    ["render --format text -o -", ["render", "installment-request", "body.json", "--format", "text", "-o", "-"]],
  ])("exits quietly (0, nothing on stderr) when its reader closes the pipe: %s | head -0", async (_what, args) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the reader is gone before the CLI writes a byte: its write gets EPIPE
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("runs as `npx shuhan` inside the repository", () => {
    const run = spawnSync("npx", ["--no-install", "shuhan", "--version"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout.trim()).toMatch(/^shuhan \d+\.\d+\.\d+$/);
    expect(run.status).toBe(0);
  });
});
