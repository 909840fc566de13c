import { describe, expect, it } from "vitest";
import { postJson, testApp } from "../helpers/app";
import installmentRequest from "../../src/letters/installment-request";
import { exampleBatch } from "../../src/batches";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(await res.json()).toMatchObject({ status, code });
}

describe("405 Method Not Allowed", () => {
  it.each([
    ["GET", "/v1/letters/installment-request", "POST"],
    ["PUT", "/v1/letters/installment-request", "POST"],
    ["DELETE", "/healthz", "GET, HEAD"],
    ["POST", "/v1/letters", "GET, HEAD"],
    ["GET", "/v1/batches", "POST"],
    ["PATCH", "/openapi.json", "GET, HEAD"],
    ["PUT", "/form/installment-request", "GET, HEAD, POST"],
  ])("%s %s answers 405 with Allow: %s, as problem+json", async (method, path, allow) => {
    const res = await testApp.request(path, { method });
    expect(res.headers.get("allow")).toBe(allow);
    await expectProblem(res, 405, "METHOD_NOT_ALLOWED");
  });

  it("still answers 404 for a path the app does not know", async () => {
    const res = await testApp.request("/v2/letters", { method: "PUT" });
    expect(res.headers.get("allow")).toBeNull();
    await expectProblem(res, 404, "NOT_FOUND");
  });

  it("HEAD works wherever GET does", async () => {
    expect((await testApp.request("/healthz", { method: "HEAD" })).status).toBe(200);
  });
});

describe("Cache-Control: no-store on everything that carries personal data", () => {
  const example = installmentRequest.example;
  const form = new URLSearchParams({ "borrower.name": "张三" }).toString();

  it.each([
    ["a PDF", () => postJson("/v1/letters/installment-request", example)],
    ["the HTML preview", () => postJson("/v1/letters/installment-request?format=html", example)],
    ["the text", () => postJson("/v1/letters/installment-request?format=text", example)],
    ["a 422 that names fields", () => postJson("/v1/letters/installment-request", { ...example, plan: { months: 99 } })],
    ["a batch", () => postJson("/v1/batches", exampleBatch())],
    ["a batch's 422", () => postJson("/v1/batches", { ...exampleBatch(), items: [] })],
    ["the plain form post", () => testApp.request("/form/installment-request", { method: "POST", headers: FORM, body: form })],
    ["the form's preview", () => testApp.request("/form/installment-request/preview", { method: "POST", headers: FORM, body: form })],
    ["the form's check", () => testApp.request("/form/installment-request/check", { method: "POST", headers: FORM, body: form })],
    ["the form's PDF", () => testApp.request("/form/installment-request/pdf", { method: "POST", headers: FORM, body: form })],
  ])("%s", async (_what, send) => {
    const res = await send();
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves the public GETs cacheable", async () => {
    expect((await testApp.request("/openapi.json")).headers.get("cache-control")).toBe("public, max-age=300");
    expect((await testApp.request("/form.css")).headers.get("cache-control")).toBe("public, max-age=86400");
  });
});

describe("Content-Encoding of a request body", () => {
  it.each(["gzip", "br", "deflate", "identity, gzip"])("%s is a 415 problem with Accept-Encoding: identity", async (coding) => {
    const res = await postJson("/v1/letters/installment-request", installmentRequest.example, { "content-encoding": coding });
    expect(res.headers.get("accept-encoding")).toBe("identity");
    await expectProblem(res, 415, "UNSUPPORTED_CONTENT_ENCODING");
  });

  it("applies to batches and form posts too", async () => {
    await expectProblem(await postJson("/v1/batches", exampleBatch(), { "content-encoding": "gzip" }), 415, "UNSUPPORTED_CONTENT_ENCODING");
    const res = await testApp.request("/form/installment-request/check", {
      method: "POST",
      headers: { ...FORM, "content-encoding": "gzip" },
      body: "a=b",
    });
    await expectProblem(res, 415, "UNSUPPORTED_CONTENT_ENCODING");
  });

  it("identity is no coding at all", async () => {
    const res = await postJson("/v1/letters/installment-request?format=text", installmentRequest.example, { "content-encoding": "identity" });
    expect(res.status).toBe(200);
  });
});
