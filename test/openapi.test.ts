import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { testApp } from "./helpers/app";
import { letterTypes } from "../src/letters";
import { buildOpenApiDocument, documentedRoutes, type OpenApiDocument } from "../src/openapi/document";
import { pascalCase, toComponent } from "../src/openapi/json-schema";
import { resolvePointer } from "../src/docs/fields";

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
  });

  it("documents every GET and POST route the app really serves", async () => {
    const document = await fetchDocument();
    const served = testApp.routes
      .filter((r) => r.method === "GET" || r.method === "POST")
      .map((r) => ({ method: r.method.toLowerCase(), path: openApiPath(r.path) }));
    expect(served.length).toBeGreaterThan(5);
    for (const { method, path } of served) {
      // POST /v1/letters/{type} is documented as one operation per letter type.
      const documented =
        path === "/v1/letters/{type}" && method === "post"
          ? letterTypes.every((t) => document.paths[`/v1/letters/${t.id}`]?.post)
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
      const operation = document.paths[`/v1/letters/${id}`].post;
      const media = operation.requestBody!.content["application/json"];
      expect(media.example).toEqual(type.example);
      expect(media.schema).toEqual({ $ref: `#/components/schemas/${pascalCase(id)}Request` });

      // No second copy: the component is exactly what GET /v1/letters/{type}/schema serves (minus $schema).
      const served = (await (await testApp.request(`/v1/letters/${id}/schema`)).json()) as Record<string, unknown>;
      const expected: Record<string, Record<string, unknown>> = {};
      toComponent(`${pascalCase(id)}Request`, served, expected);
      expect(document.components.schemas[`${pascalCase(id)}Request`]).toEqual(expected[`${pascalCase(id)}Request`]);

      expect(Object.keys(operation.responses["200"].content as object)).toEqual(["application/pdf", "text/html", "text/plain"]);
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
    const media = operation.requestBody!.content["application/json"];
    expect(media.schema).toEqual({ $ref: "#/components/schemas/BatchRequest" });
    const served = (await (await testApp.request("/v1/batches/schema")).json()) as Record<string, unknown>;
    const expected: Record<string, Record<string, unknown>> = {};
    toComponent("BatchRequest", served, expected);
    expect(document.components.schemas.BatchRequest).toEqual(expected.BatchRequest);
    expect((media.example as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(Object.keys(operation.responses["200"].content as object)).toEqual(["application/zip", "application/pdf"]);
    expect(JSON.stringify(document.components.schemas.BatchRequest)).toContain('"maxItems":50');
  });

  it("has examples that validate against their own schemas (JSON Schema 2020-12)", async () => {
    const document = await fetchDocument();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: "https://shuhan.test/openapi.json" } as object);
    let checked = 0;
    for (const [path, item] of Object.entries(document.paths))
      for (const operation of Object.values(item)) {
        const media = operation.requestBody?.content["application/json"];
        if (!media?.example || !media.schema) continue;
        const validate = ajv.compile({ $ref: `https://shuhan.test/openapi.json${(media.schema as { $ref: string }).$ref}` });
        expect(validate(media.example), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
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
