/**
 * The one registry (issue 9, "The architecture test"): a letter type added to the registry — and nowhere
 * else — appears in /v1/letters, /schema, /example, /check, the web form, OpenAPI, /docs, the CLI and batches.
 * The registry module is replaced for this file's imports only (vi.doMock before a fresh import), the way a
 * new src/letters/<id>.ts with its template would extend the generated registry.
 */
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { LetterType } from "../../src/letters/types";

const NEW_ID = "hardship-notice";
const FIXED_NOW = new Date("2026-11-23T04:00:00Z");

type App = { request: (path: string, init?: RequestInit) => Promise<Response> | Response };
let app: App;
let cli: (argv: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock("../../src/letters/registry.gen", async () => {
    const real = await vi.importActual<typeof import("../../src/letters/registry.gen")>("../../src/letters/registry.gen");
    const deferral = real.registeredLetterTypes.find((t) => t.id === "deferral-request") as unknown as LetterType;
    // A new letter type: its own id, title, description and order; the rest borrowed from an existing module
    // (a real one would bring its own module and template, which the generated registry would import).
    const added: LetterType = {
      ...deferral,
      id: NEW_ID,
      order: 5,
      title: { "zh-Hans": "困难情况告知书", "zh-Hant": "困難情況告知書" },
      description: { zh: "测试用的新信函类型。", en: "A new letter type, for this test." },
      form: { ...deferral.form, when: "测试：新信函类型出现在首页。" },
    };
    return { registeredLetterTypes: [...real.registeredLetterTypes, added] };
  });
  const { createApp } = await import("../../src/app");
  const { nodeFontLoader } = await import("../../src/render/fonts/node-loader");
  app = createApp({ fontLoader: () => nodeFontLoader, now: () => FIXED_NOW });
  const { main } = await import("../../src/cli/main");
  cli = async (argv) => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = "";
    let err = "";
    stdout.on("data", (chunk) => (out += chunk));
    stderr.on("data", (chunk) => (err += chunk));
    const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, cwd: process.cwd() }, { now: () => FIXED_NOW, fontLoader: nodeFontLoader });
    return { code, stdout: out, stderr: err };
  };
});

afterAll(() => {
  vi.doUnmock("../../src/letters/registry.gen");
  vi.resetModules();
});

const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a letter type added to the registry only", () => {
  it("is listed by GET /v1/letters, first by its order", async () => {
    const list = (await (await app.request("/v1/letters")).json()) as { id: string; title: string; links: Record<string, string> }[];
    expect(list[0]).toMatchObject({ id: NEW_ID, title: "困难情况告知书", links: { schema: `/v1/letters/${NEW_ID}/schema` } });
    expect(list.map((t) => t.id)).toContain("collection-objection");
  });

  it("has its schema and example, renders, checks and answers its facts", async () => {
    expect((await app.request(`/v1/letters/${NEW_ID}/schema`)).status).toBe(200);
    const example = await (await app.request(`/v1/letters/${NEW_ID}/example`)).json();
    const pdf = await post(`/v1/letters/${NEW_ID}`, example);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect((await post(`/v1/letters/${NEW_ID}/check`, example)).status).toBe(200);
    expect(((await (await post(`/v1/letters/${NEW_ID}?format=json`, example)).json()) as { title: string }).title).toBeTruthy();
  });

  it("has a web form, and the start page links to it", async () => {
    const form = await app.request(`/form/${NEW_ID}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("困难情况告知书");
    const start = await (await app.request("/")).text();
    expect(start).toContain(`/form/${NEW_ID}`);
  });

  it("is in OpenAPI (its own render operation) and in /docs", async () => {
    const document = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(document.paths[`/v1/letters/${NEW_ID}`]).toBeDefined();
    expect(JSON.stringify(document)).toContain("困难情况告知书");
    expect(await (await app.request("/docs")).text()).toContain(NEW_ID);
  });

  it("is accepted in a batch", async () => {
    const example = (await (await app.request(`/v1/letters/${NEW_ID}/example`)).json()) as Record<string, unknown>;
    const { borrower, ...item } = example;
    const res = await post("/v1/batches?format=json", { borrower, items: [{ ...item, type: NEW_ID }] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: { type: string }[] }).items[0].type).toBe(NEW_ID);
  });

  it("is known to the CLI: types, example and schema", async () => {
    const types = await cli(["types"]);
    expect(types.code).toBe(0);
    expect(types.stdout).toContain(NEW_ID);
    const example = await cli(["example", NEW_ID]);
    expect(example.code).toBe(0);
    expect(JSON.parse(example.stdout)).toHaveProperty("deferral");
    expect((await cli(["schema", NEW_ID])).code).toBe(0);
  });
});
