/**
 * The OpenAPI document as integrators' tools read it:
 * - `@redocly/cli lint` with its recommended rules: 0 errors, 0 warnings;
 * - `openapi-typescript`, without flags, makes request types that accept every example body (fields with a
 *   default are optional), refuse a misspelt field, and a LetterFacts type that is the TypeScript interface
 *   of src/letters/types.ts, both ways (test/openapi-tools/check.ts, type-checked with tsc).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "./helpers/app";
import { letterTypes } from "../src/letters";
import { exampleBatch } from "../src/batches";
import { pascalCase } from "../src/openapi/json-schema";

const ROOT = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "shuhan-openapi-"));
let documentText: string;

beforeAll(async () => {
  // Served from a real-looking origin: the lint rule no-server-example.com rightly flags localhost.
  documentText = await (await testApp.request("https://letters.shuhan.dev/openapi.json")).text();
  writeFileSync(join(work, "openapi.json"), documentText);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("redocly lint (recommended rules)", () => {
  it("finds 0 errors and 0 warnings", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/@redocly/cli/bin/cli.js"), "lint", "openapi.json", "--format=json"], {
      cwd: work,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
    });
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });
});

describe("openapi-typescript (no flags)", () => {
  it("makes request and response types that type-check against real bodies and the LetterFacts interface", async () => {
    const ast = await openapiTS(JSON.parse(documentText));
    writeFileSync(join(work, "api.d.ts"), astToString(ast));
    const body = (name: string) => `components["requestBodies"][${JSON.stringify(name)}]["content"]["application/json"]`;
    const lines = [
      `import type { components, paths } from "./api";`,
      `import type { LetterFacts } from ${JSON.stringify(join(ROOT, "src/letters/types"))};`,
      // Every example body, as a client would write it, is a valid request of its type.
      ...letterTypes.map((t) => `export const ${pascalCase(t.id)}Example: ${body(pascalCase(t.id))} = ${JSON.stringify(t.example)};`),
      `export const batchExample: ${body("Batch")} = ${JSON.stringify(exampleBatch())};`,
      // The smallest body: every field with a default left out.
      `export const minimal: ${body("InstallmentRequest")} = { borrower: { name: "张三" }, lender: { name: "招商银行" }, debt: { principal: "100.00" }, hardship: { reasons: ["unemployment"] }, plan: { months: 12, firstPaymentDate: "2026-12-15" } };`,
      `// @ts-expect-error a misspelt field`,
      `export const misspelt: ${body("InstallmentRequest")} = { ...minimal, plan: { month: 12, firstPaymentDate: "2026-12-15" } };`,
      `// @ts-expect-error an unknown lender kind`,
      `export const unknownKind: ${body("InstallmentRequest")} = { ...minimal, lender: { name: "x", kind: "bank" } };`,
      // The operation's body is the component's.
      `type RenderBody = NonNullable<paths["/v1/letters/installment-request"]["post"]["requestBody"]>["content"]["application/json"];`,
      `export const viaPath: RenderBody = minimal;`,
      // The hand-written JSON Schema of LetterFacts is the TypeScript interface, both ways.
      `type Facts = components["schemas"]["LetterFacts"];`,
      `export const toSchema = (facts: LetterFacts): Facts => facts;`,
      `export const toInterface = (facts: Facts): LetterFacts => facts;`,
      `type Check = components["schemas"]["CheckResult"];`,
      `export const checked = (facts: LetterFacts): Check => ({ ok: true, warnings: facts.warnings, facts });`,
      `export const problemCode = (p: components["schemas"]["Problem"]): string => p.code + (p.requestId ?? "");`,
      "",
    ];
    writeFileSync(join(work, "check.ts"), lines.join("\n"));
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", skipLibCheck: true, types: [] },
        files: ["check.ts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", work], { encoding: "utf8", timeout: 120_000 });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
