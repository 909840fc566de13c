import { describe, expect, it } from "vitest";
import { testApp } from "./helpers/app";
import { letterTypes } from "../src/letters";
import { schemaFields } from "../src/docs/fields";
import { escapeHtml, renderMarkdown } from "../src/docs/page";

async function docsPage(init?: RequestInit, env?: Record<string, unknown>) {
  const res = await testApp.request("http://localhost/docs", init, env);
  return { res, html: await res.text() };
}

describe("GET /docs", () => {
  it("serves one HTML page, open even when API keys are configured", async () => {
    const { res, html } = await docsPage({}, { API_KEY_HASHES: "a".repeat(64) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("接口 / Operations");
    expect(html).toContain("错误格式 / Error format");
    expect(html).toContain("认证 / Authentication");
  });

  it("needs no script, no external stylesheet or font (CSP: default-src 'none', inline style only)", async () => {
    const { res, html } = await docsPage();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/ style="/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it.each(letterTypes.map((t) => [t.id, t] as const))("lists the letter type %s with its title, fields and a curl example", async (id, type) => {
    const { html } = await docsPage();
    expect(html).toContain(`<code>${id}</code>`);
    expect(html).toContain(escapeHtml(type.title["zh-Hans"]));
    expect(html).toContain(`<code>POST /v1/letters/${id}</code>`);
    expect(html).toContain(escapeHtml(`curl -sS -X POST 'http://localhost/v1/letters/${id}'`));
    // The example body, pretty-printed and escaped, for the curl command to send.
    expect(html).toContain(escapeHtml(JSON.stringify(type.example, null, 2)));
  });

  it("shows nested fields with type, required and enum values", async () => {
    const { html } = await docsPage();
    expect(html).toContain("<code>borrower.idNumber</code>");
    expect(html).toContain("<code>debt.principal</code>");
    expect(html).toContain("<code>number | string</code>");
    expect(html).toContain("<code>&quot;bank-credit-card&quot;</code>");
    expect(html).toContain("必填 / required");
    expect(html).toContain("<code>items[].lender.name</code>");
  });

  it("shows every path of the document, the key header and the error shape", async () => {
    const { html } = await docsPage();
    const document = (await (await testApp.request("/openapi.json")).json()) as { paths: Record<string, object> };
    for (const path of Object.keys(document.paths)) expect(html).toContain(`<code>${escapeHtml(path)}</code>`);
    expect(html).toContain("Authorization: Bearer $SHUHAN_API_KEY");
    expect(html).toContain("<code>errors[].message.zh</code>");
    expect(html).toContain("<code>429</code>");
  });
});

describe("schemaFields", () => {
  it("flattens objects, arrays of objects, unions and refs", () => {
    const root = { components: { schemas: { Money: { anyOf: [{ type: "number", minimum: 0 }, { type: "string" }] } } } };
    const rows = schemaFields(
      {
        type: "object",
        required: ["a"],
        properties: {
          a: { type: "string", minLength: 1, maxLength: 4, description: "A" },
          list: { type: "array", maxItems: 3, items: { type: "object", required: ["x"], properties: { x: { $ref: "#/components/schemas/Money" } } } },
          kinds: { type: "array", items: { type: "string", enum: ["p", "q"] } },
        },
      },
      root,
    );
    expect(rows.map((r) => [r.path, r.type, r.required])).toEqual([
      ["a", "string", true],
      ["list", "array<object>", false],
      ["list[].x", "number | string", true],
      ["kinds", "array<string>", false],
    ]);
    expect(rows[0].constraints).toContain("长度 / length 1–4");
    expect(rows[3].enumValues).toEqual(["p", "q"]);
    expect(rows[2].constraints).toContain("范围 / range ≥ 0");
  });
});

describe("renderMarkdown", () => {
  it("escapes HTML and renders code, strong and lists", () => {
    expect(renderMarkdown("a `<b>` **c**\n\n- x\n- y")).toBe("<p>a <code>&lt;b&gt;</code> <strong>c</strong></p>\n<ul><li>x</li><li>y</li></ul>");
  });
});
