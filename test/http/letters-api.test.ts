import { describe, expect, it } from "vitest";
import { postJson, testApp } from "../helpers/app";
import { letterTypes } from "../../src/letters";

const types = letterTypes.map((t) => t.id);

async function example(type: string) {
  const res = await testApp.request(`/v1/letters/${type}/example`);
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
}

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { type: string; title: string; status: number; code: string; errors?: { path: string; code: string; message: { zh: string; en: string } }[] };
}

describe("GET /healthz", () => {
  it("answers ok with the version", async () => {
    const res = await testApp.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe("GET /v1/letters", () => {
  it("lists the three letter types with titles, descriptions and locales", async () => {
    const res = await testApp.request("/v1/letters");
    const list = (await res.json()) as { id: string; title: string; description: string; locales: string[] }[];
    // Every registered type, in the registry's order; the first three types among them (others are added).
    expect(list.map((t) => t.id)).toEqual(types);
    expect(types).toEqual(expect.arrayContaining(["installment-request", "deferral-request", "collection-objection"]));
    for (const t of list) {
      expect(t.title).toMatch(/[\u4e00-\u9fff]/);
      expect(t.description.length).toBeGreaterThan(5);
      expect(t.locales).toEqual(["zh-Hans", "zh-Hant"]);
    }
  });

  it.each(types)("%s: serves a JSON Schema that rejects unknown fields", async (type) => {
    const res = await testApp.request(`/v1/letters/${type}/schema`);
    expect(res.status).toBe(200);
    const schema = (await res.json()) as any;
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["borrower", "lender"]));
    expect(schema.properties.borrower.properties.idNumber).toBeDefined();
  });

  it.each(types)("%s: the example renders as text with the borrower's name", async (type) => {
    const body = await example(type);
    const res = await postJson(`/v1/letters/${type}?format=text`, body);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toContain(body.borrower.name);
  });

  it("answers 404 problem for an unknown type", async () => {
    const res = await postJson("/v1/letters/love-letter", {});
    expect(res.status).toBe(404);
    const body = await problem(res);
    expect(body.status).toBe(404);
    expect(body.title).toMatch(/未找到/);
  });
});

describe("POST /v1/letters/{type}: content negotiation", () => {
  it("answers a PDF with a UTF-8 Chinese file name by default", async () => {
    const body = await example("installment-request");
    const res = await postJson("/v1/letters/installment-request", body, { accept: "*/*" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; /);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1];
    expect(decodeURIComponent(encoded)).toMatch(/^[^/\\]*个性化分期还款申请书[^/\\]*\.pdf$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
  });

  it("answers the HTML preview for Accept: text/html, with user text escaped", async () => {
    const body = await example("deferral-request");
    body.hardship.details = "<script>alert(1)</script> 收入减少";
    const res = await postJson("/v1/letters/deferral-request", body, { accept: "text/html" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("answers plain text with each table row on one line (cells' line breaks joined)", async () => {
    const body = await example("collection-objection");
    const text = await (await postJson("/v1/letters/collection-objection", body, { accept: "text/plain" })).text();
    const rows = text.split("\n").filter((line) => /^\d+\t\d{4}年\d{1,2}月\d{1,2}日\t/.test(line));
    expect(rows).toHaveLength(body.incidents.length);
    for (const row of rows) expect(row.split("\t")).toHaveLength(6);
    expect(text).toMatch(/^\u3000\u3000/m); // 首行缩进: two ideographic spaces
  });

  it("answers plain text for ?format=text even when Accept asks for a PDF", async () => {
    const body = await example("collection-objection");
    const res = await postJson("/v1/letters/collection-objection?format=text", body, { accept: "application/pdf" });
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});

describe("POST /v1/letters/{type}: bad requests never get a 500 or a PDF", () => {
  it("400 for malformed JSON", async () => {
    const res = await postJson("/v1/letters/installment-request", '{"borrower": ');
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe("MALFORMED_JSON");
  });

  it("415 for a form or text body", async () => {
    const res = await testApp.request("/v1/letters/installment-request", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    expect(res.status).toBe(415);
    expect((await problem(res)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("413 for a body over 64 KB", async () => {
    const body = await example("installment-request");
    body.hardship.details = "很".repeat(30_000); // 90 KB of UTF-8
    const res = await postJson("/v1/letters/installment-request", body);
    expect(res.status).toBe(413);
    expect((await problem(res)).code).toBe("BODY_TOO_LARGE");
  });

  it("422 listing every field path, with Chinese and English messages", async () => {
    const body = await example("installment-request");
    body.borrower.idNumber = "110105194912310021"; // wrong check digit
    body.debt.principal = "12.345";
    body.plan.firstPaymentDate = "2026-02-30";
    body.surprise = true;
    delete body.lender.name;
    const res = await postJson("/v1/letters/installment-request", body);
    expect(res.status).toBe(422);
    const p = await problem(res);
    const paths = p.errors!.map((e) => e.path).sort();
    expect(paths).toEqual(["borrower.idNumber", "debt.principal", "lender.name", "plan.firstPaymentDate", "surprise"].sort());
    for (const e of p.errors!) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
      expect(e.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it("422 says what is wrong in Chinese for checks of our own (an empty choice list) and for wrong types", async () => {
    const body = await example("installment-request");
    body.hardship.reasons = [];
    body.plan.months = "twelve";
    const p = await problem(await postJson("/v1/letters/installment-request", body));
    const byPath = Object.fromEntries(p.errors!.map((e) => [e.path, e]));
    expect(byPath["hardship.reasons"].message.zh).toBe("请至少选择一项困难原因");
    expect(byPath["plan.months"].code).toBe("INVALID_TYPE");
    expect(byPath["plan.months"].message.zh).toMatch(/^类型错误，应为(整数|数字)$/);
  });

  it("422 names the expected JSON type in Chinese words, not zod's English type names", async () => {
    const body = await example("installment-request");
    body.lender.name = 42;
    body.hardship = ["失业"];
    const p = await problem(await postJson("/v1/letters/installment-request", body));
    const byPath = Object.fromEntries(p.errors!.map((e) => [e.path, e]));
    expect(byPath["lender.name"].message).toEqual({ zh: "类型错误，应为文字", en: "expected string" });
    expect(byPath["hardship"].message.zh).toBe("类型错误，应为对象（{…}）");
    for (const e of p.errors!) expect(e.message.zh).not.toMatch(/[a-z]{4,}/);
  });

  it("422 for prototype-polluting keys anywhere in the body", async () => {
    const body = await example("collection-objection");
    const raw = JSON.stringify(body).replace('"borrower":{', '"borrower":{"__proto__":{"admin":true},').replace(/^\{/, '{"constructor":{"prototype":1},');
    const res = await postJson("/v1/letters/collection-objection", raw);
    expect(res.status).toBe(422);
    const p = await problem(res);
    expect(p.errors!.map((e) => e.path)).toEqual(expect.arrayContaining(["constructor", "borrower.__proto__"]));
    expect(({} as any).admin).toBeUndefined();
  });

  it("422 naming characters the fonts cannot draw, with the field path", async () => {
    const body = await example("installment-request");
    body.borrower.name = "𠮷田😀";
    const res = await postJson("/v1/letters/installment-request", body);
    expect(res.status).toBe(422);
    const p = await problem(res);
    expect(p.code).toBe("UNDRAWABLE_CHARACTERS");
    expect(p.errors![0].path).toBe("borrower.name");
    expect(p.errors![0].message.zh).toContain("U+20BB7");
    expect(p.errors![0].message.zh).toContain("U+1F600");
    expect(JSON.stringify(p)).toContain("𠮷");
  });

  it("404 problem for an unknown route", async () => {
    const res = await testApp.request("/nope");
    expect(res.status).toBe(404);
    await problem(res);
  });
});
