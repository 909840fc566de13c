/**
 * The package outside the repository, exactly as an integrator gets it: `npm pack`, installed into an empty
 * folder (dependencies from the npm registry), then
 * - `npx shuhan render installment-request body.json -o x.pdf`, offline, with the fonts it ships;
 * - the typed client imported from a .ts file and type-checked by tsc against the emitted .d.ts;
 * - the Node server started from its built JavaScript, answering GET /healthz;
 * and nothing of it reaches back into the repository (no src/, no tsx).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import installmentRequest from "../../src/letters/installment-request";
import { pdfToText } from "../helpers/pdf-tools";

const ROOT = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "shuhan-package-"));
const app = join(work, "app");
// The Node that runs this test (22) first on PATH, so npx and the bins' `#!/usr/bin/env node` use it.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, npm_config_update_notifier: "false" };

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 240_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

beforeAll(() => {
  run("npm", ["pack", "--pack-destination", work, "--silent"], ROOT);
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack made no tarball");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "integrator", private: true, type: "module" }));
  run("npm", ["install", join(work, tarball), "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], app);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the package installed into an empty folder", () => {
  const installed = () => join(app, "node_modules", "shuhan");

  it("ships the built code, the fonts and the declarations, not the sources", () => {
    expect(existsSync(join(installed(), "dist", "package", "cli.mjs"))).toBe(true);
    expect(existsSync(join(installed(), "dist", "package", "types", "client", "index.d.ts"))).toBe(true);
    expect(readdirSync(join(installed(), "fonts")).filter((f) => f.endsWith(".ttf")).length).toBeGreaterThan(0);
    expect(existsSync(join(installed(), "src"))).toBe(false);
    expect(existsSync(join(app, "node_modules", "tsx"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed(), "package.json"), "utf8")) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(">=22");
  });

  it("npx shuhan render writes a PDF whose text is right", () => {
    writeFileSync(join(app, "body.json"), JSON.stringify(installmentRequest.example));
    const result = run("npx", ["--no-install", "shuhan", "render", "installment-request", "body.json", "-o", "x.pdf"], app);
    expect(result.stderr).toMatch(/wrote x\.pdf/);
    const text = pdfToText(readFileSync(join(app, "x.pdf"))).replace(/\s+/g, "");
    expect(text.startsWith("个性化分期还款申请书")).toBe(true);
    expect(text).toContain("招商银行信用卡中心");
    expect(text).toContain("¥50,034.56");
  });

  it("the typed client type-checks against the emitted .d.ts, and a wrong body does not", () => {
    writeFileSync(
      join(app, "consumer.ts"),
      [
        `import { createClient, ShuhanApiError, type LetterBody } from "shuhan/client";`,
        `import { createClient as fromRoot } from "shuhan";`,
        `const client = createClient({ baseUrl: "http://127.0.0.1:3000", apiKey: "k" });`,
        `const body: LetterBody<"installment-request"> = { borrower: { name: "张三" }, lender: { name: "招商银行", kind: "bank-credit-card" }, debt: { principal: "100.00" }, hardship: { reasons: ["unemployment"] }, plan: { months: 12, firstPaymentDate: "2026-12-15" } };`,
        `export async function send(): Promise<string | undefined> {`,
        `  try { return (await client.renderPdf("installment-request", body)).fileName; }`,
        `  catch (error) { if (error instanceof ShuhanApiError) return error.problem.errors?.[0]?.path; throw error; }`,
        `}`,
        `// @ts-expect-error a misspelt field`,
        `export const wrong: LetterBody<"installment-request"> = { ...body, plan: { month: 12, firstPaymentDate: "2026-12-15" } };`,
        `export const same = fromRoot === createClient;`,
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023", "DOM"], types: [] },
        files: ["consumer.ts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8", env });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    // The declarations stand alone: nothing in them points back at the repository's sources.
    const declarations = readdirSync(join(installed(), "dist", "package", "types"), { recursive: true })
      .filter((file) => String(file).endsWith(".d.ts"))
      .map((file) => readFileSync(join(installed(), "dist", "package", "types", String(file)), "utf8"))
      .join("\n");
    expect(declarations).not.toMatch(/from ["'](\.\.\/)+src\//);
    expect(declarations).not.toContain(ROOT);
  });

  it("the Node server runs from the built JavaScript and answers /healthz", async () => {
    const child = spawn(process.execPath, [join(installed(), "bin", "shuhan-server.mjs")], {
      cwd: app,
      env: { ...env, PORT: "0", HOST: "127.0.0.1", NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString("utf8");
          const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
          if (match) resolve(match[1]);
        };
        child.stdout!.on("data", onData);
        child.stderr!.on("data", onData);
        child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      const res = await fetch(`${url}/healthz`);
      expect(await res.json()).toEqual({ status: "ok", version: "0.1.0" });
      const letter = await fetch(`${url}/v1/letters/installment-request?format=text`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(installmentRequest.example),
      });
      expect(letter.status).toBe(200);
      expect(await letter.text()).toContain("招商银行信用卡中心");
      const stopped = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await stopped).toBe(0);
      expect(output).not.toMatch(/tsx/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
