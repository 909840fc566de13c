import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { FIXED_NOW, postJson, testApp } from "./helpers/app";
import { prepareLetter } from "../src/pipeline";
import { letterTypes } from "../src/letters";
import { buildOpenApiDocument, documentedRoutes, requestBodyOf, requestSchemaRef, type OpenApiDocument } from "../src/openapi/document";
import { pascalCase, toComponent } from "../src/openapi/json-schema";
import { resolvePointer } from "../src/docs/fields";
import type { LetterFacts } from "../src/letters/types";

async function fetchDocument(): Promise<OpenApiDocument> {
  const res = await testApp.request("/openapi.json");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return (await res.json()) as OpenApiDocument;
}

/** Every `$ref` string anywhere in `value`. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.push(item);
      else refs(item, found);
    }
  return found;
}

/** Hono's `:type` → OpenAPI's `{type}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("names the origin it was served from as its server, and is open without a key", async () => {
    const res = await testApp.request("https://shuhan.example.org/openapi.json", {}, { API_KEY_HASHES: "a".repeat(64) });
    expect(res.status).toBe(200);
    const document = (await res.json()) as OpenApiDocument;
    expect(document.servers).toEqual([{ url: "https://shuhan.example.org" }]);
  });

  it("lists every route of the contract", async () => {
    const document = await fetchDocument();
    const ids = letterTypes.map((t) => t.id);
    expect(Object.keys(document.paths).sort()).toEqual(documentedRoutes(ids).sort());
    expect(Object.keys(document.paths["/healthz"])).toEqual(["get"]);
    expect(Object.keys(document.paths["/form/{type}"])).toEqual(["get", "post"]);
    expect(Object.keys(document.paths["/v1/batches"])).toEqual(["post"]);
    for (const id of ids) expect(Object.keys(document.paths[`/v1/letters/${id}/check`])).toEqual(["post"]);
  });

  it("documents every GET and POST route the app really serves", async () => {
    const document = await fetchDocument();
    const served = testApp.routes
      .filter((r) => r.method === "GET" || r.method === "POST")
      .map((r) => ({ method: r.method.toLowerCase(), path: openApiPath(r.path) }));
    expect(served.length).toBeGreaterThan(5);
    for (const { method, path } of served) {
      // POST /v1/letters/{type} and /v1/letters/{type}/check are documented as one operation per letter type.
      const perType = /^\/v1\/letters\/\{type\}(\/check)?$/.exec(path);
      const documented =
        perType && method === "post"
          ? letterTypes.every((t) => document.paths[`/v1/letters/${t.id}${perType[1] ?? ""}`]?.post)
          : Boolean(document.paths[path]?.[method]);
      expect(documented, `${method.toUpperCase()} ${path} is in the document`).toBe(true);
    }
  });

  it("resolves every $ref", async () => {
    const document = await fetchDocument();
    const all = refs(document);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) expect(resolvePointer(document, ref), ref).toBeDefined();
  });

  it("gives /v1/* a bearer key and leaves the form, health, docs and the document open", async () => {
    const document = await fetchDocument();
    expect(document.components.securitySchemes.ApiKey).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [path, item] of Object.entries(document.paths))
      for (const operation of Object.values(item)) {
        if (path.startsWith("/v1/")) expect(operation.security, path).toEqual([{ ApiKey: [] }]);
        else expect(operation.security, path).toEqual([]);
      }
  });

  it.each(letterTypes.map((t) => [t.id, t] as const))(
    "POST /v1/letters/%s: the request schema is the served JSON Schema, with the type's example",
    async (id, type) => {
      const document = await fetchDocument();
      const name = pascalCase(id);
      const operation = document.paths[`/v1/letters/${id}`].post;
      expect(operation.requestBody).toEqual({ $ref: `#/components/requestBodies/${name}` });
      expect(document.paths[`/v1/letters/${id}/check`].post.requestBody).toEqual({ $ref: `#/components/requestBodies/${name}` });
      const media = requestBodyOf(document, operation)!.content["application/json"];
      expect(media.example).toEqual(type.example);

      // No second copy: the request body's schema is exactly what GET /v1/letters/{type}/schema serves (minus $schema).
      const served = (await (await testApp.request(`/v1/letters/${id}/schema`)).json()) as Record<string, unknown>;
      expect(media.schema).toEqual(toComponent(name, served, {}, requestSchemaRef(name).$ref, false));

      expect(Object.keys(operation.responses["200"].content as object)).toEqual(["application/pdf", "text/html", "text/plain", "application/json"]);
      expect((operation.responses["200"].content as Record<string, unknown>)["application/json"]).toEqual({ schema: { $ref: "#/components/schemas/LetterFacts" } });
      expect(Object.keys(operation.responses["200"].headers as object)).toEqual(
        expect.arrayContaining(["Content-Disposition", "Shuhan-Warnings", "X-Request-Id", "RateLimit-Policy", "RateLimit"]),
      );
      const check = document.paths[`/v1/letters/${id}/check`].post;
      expect(check.responses["200"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/CheckResult" } } } });
      expect(check.responses["422"]).toEqual(operation.responses["422"]);
      for (const status of ["400", "401", "413", "415", "422", "429"]) {
        const response = resolvePointer(document, (operation.responses[status] as { $ref: string }).$ref) as {
          content: Record<string, { schema: unknown }>;
        };
        expect(response.content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
      }
    },
  );

  it("describes the Problem shape with errors[] of path, code and a bilingual message", async () => {
    const { components } = await fetchDocument();
    expect(components.schemas.Problem).toMatchObject({
      required: ["type", "title", "status", "code"],
      properties: { errors: { type: "array", items: { $ref: "#/components/schemas/FieldError" } } },
    });
    expect(components.schemas.FieldError).toMatchObject({ required: ["path", "code", "message"] });
    expect(components.schemas.BilingualMessage).toMatchObject({ required: ["zh", "en"] });
    expect(components.responses.TooManyRequests).toMatchObject({ headers: { "Retry-After": expect.any(Object) } });
    expect(components.responses.Unauthorized).toMatchObject({ headers: { "WWW-Authenticate": expect.any(Object) } });
  });

  it("describes POST /v1/batches with the batch module's own schema and an example", async () => {
    const document = await fetchDocument();
    const operation = document.paths["/v1/batches"].post;
    expect(operation.requestBody).toEqual({ $ref: "#/components/requestBodies/Batch" });
    const media = requestBodyOf(document, operation)!.content["application/json"];
    const served = (await (await testApp.request("/v1/batches/schema")).json()) as Record<string, unknown>;
    expect(media.schema).toEqual(toComponent("Batch", served, {}, requestSchemaRef("Batch").$ref, false));
    expect((media.example as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(Object.keys(operation.responses["200"].content as object)).toEqual(["application/zip", "application/pdf"]);
    expect(JSON.stringify(media.schema)).toContain('"maxItems":50');
  });

  it("has examples that validate against their own schemas (JSON Schema 2020-12)", async () => {
    const document = await fetchDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: "https://shuhan.test/openapi.json" } as object);
    let checked = 0;
    for (const [name, body] of Object.entries(document.components.requestBodies)) {
      const media = body.content["application/json"];
      expect(media.example, name).toBeDefined();
      const validate = ajv.compile({ $ref: `https://shuhan.test/openapi.json${requestSchemaRef(name).$ref}` });
      expect(validate(media.example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(letterTypes.length + 1);
    // Every component schema compiles as JSON Schema 2020-12 (the validator above checks the document's shape only).
    for (const name of Object.keys(document.components.schemas))
      expect(() => ajv.compile({ $ref: `https://shuhan.test/openapi.json#/components/schemas/${name}` }), name).not.toThrow();
  });

  it("is the same for the same version (pure builder)", () => {
    const a = buildOpenApiDocument({ version: "9.9.9", letterTypes });
    const b = buildOpenApiDocument({ version: "9.9.9", letterTypes });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.info.version).toBe("9.9.9");
  });
});

describe("toComponent", () => {
  it("moves $defs beside the schema and rewrites their refs and the root ref", () => {
    const components: Record<string, Record<string, unknown>> = {};
    toComponent(
      "Tree",
      {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        properties: { leaf: { $ref: "#/$defs/Leaf" }, children: { type: "array", items: { $ref: "#" } } },
        $defs: { Leaf: { type: "string" } },
      },
      components,
    );
    expect(components.Tree).toEqual({
      type: "object",
      properties: {
        leaf: { $ref: "#/components/schemas/Tree.Leaf" },
        children: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
      },
    });
    expect(components["Tree.Leaf"]).toEqual({ type: "string" });
  });
});

describe("LetterFacts in the document", () => {
  it("accepts facts shaped as src/letters/types.ts says, and refuses what it does not say", async () => {
    const document = await fetchDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: "https://shuhan.test/openapi.json" } as object);
    const validate = ajv.compile({ $ref: "https://shuhan.test/openapi.json#/components/schemas/LetterFacts" });
    const amount = { fen: 1640902, yuan: "16409.02", figure: "¥16,409.02", daxie: "人民币壹万陆仟肆佰零玖元零贰分" };
    const facts: LetterFacts = {
      type: "installment-request",
      title: "个性化分期还款申请书",
      locale: "zh-Hans",
      date: "2026-11-23",
      recipient: { name: "招商银行信用卡中心", department: "客户服务部" },
      amounts: { total: amount, monthly: amount },
      schedule: [{ period: "第1期", date: "2026-12-15", amount, remaining: amount }],
      dates: { firstPaymentDate: "2026-12-15" },
      deadlines: [
        {
          id: "reply-due",
          date: "2026-12-08",
          rule: { zh: "十五日内", en: "within 15 days" },
          explanation: { zh: "请留意回复", en: "watch for a reply" },
          citation: "civil-code-585",
        },
      ],
      citations: [{ id: "civil-code-585", title: "《中华人民共和国民法典》", article: "第五百八十五条", asOf: "2026-11-01", status: "verified", source: "npc.gov.cn" }],
      warnings: [{ code: "OVER_BUDGET", message: { zh: "超出预算", en: "over budget" }, path: "plan.months" }],
      nextSteps: [{ id: "send-by-ems", text: { zh: "用 EMS 寄出", en: "send it by EMS" }, letterType: "collection-objection" }],
    };
    expect(validate(facts), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...facts, amounts: { total: { ...amount, yuan: "16409.2" } } })).toBe(false);
    expect(validate({ ...facts, extra: 1 })).toBe(false);
    const { nextSteps: _left, ...missing } = facts;
    expect(validate(missing)).toBe(false);
  });
});

/** The letter types whose build already computes facts (all of them once ?format=json is in: until then none). */
const typesWithFacts = letterTypes.filter((type) => Boolean(prepareLetter(type, type.example, { now: FIXED_NOW }).letter.facts));

describe("the facts the letters really compute", () => {
  it.runIf(typesWithFacts.length > 0)("validate against LetterFacts, and /check's answer against CheckResult", async () => {
    const document = await fetchDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: "https://shuhan.test/openapi.json" } as object);
    const facts = ajv.compile({ $ref: "https://shuhan.test/openapi.json#/components/schemas/LetterFacts" });
    const check = ajv.compile({ $ref: "https://shuhan.test/openapi.json#/components/schemas/CheckResult" });
    for (const type of typesWithFacts) {
      const json = await postJson(`/v1/letters/${type.id}?format=json`, type.example);
      expect(json.status, type.id).toBe(200);
      expect(facts(await json.json()), `${type.id}: ${JSON.stringify(facts.errors)}`).toBe(true);
      const checked = await postJson(`/v1/letters/${type.id}/check`, type.example);
      expect(checked.status, type.id).toBe(200);
      expect(check(await checked.json()), `${type.id}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });
});
