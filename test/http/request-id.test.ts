import { afterEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import { postJson, testApp } from "../helpers/app";
import installmentRequest from "../../src/letters/installment-request";
import { setLogSink } from "../../src/log";
import { requestId } from "../../src/middleware/request-id";
import { onError } from "../../src/routes/problem";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("X-Request-Id", () => {
  it("echoes a safe token the client sent, on a letter and on a problem", async () => {
    const id = "trace-01.abc:DEF_9";
    const ok = await postJson("/v1/letters/installment-request?format=text", installmentRequest.example, { "x-request-id": id });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe(id);

    const bad = await postJson("/v1/letters/installment-request", { borrower: {} }, { "x-request-id": id });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("x-request-id")).toBe(id);
    expect(await bad.json()).toMatchObject({ status: 422, requestId: id });
  });

  it("generates a UUID when there is none, on every kind of response", async () => {
    const responses = [
      await testApp.request("/healthz"),
      await testApp.request("/v1/letters"),
      await testApp.request("/openapi.json"),
      await testApp.request("/"),
      await testApp.request("/no/such/route"),
      await testApp.request("/healthz", { method: "DELETE" }),
      await postJson("/v1/letters/installment-request", "{not json"),
    ];
    const ids = responses.map((res) => res.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
    const problem = (await responses[4].json()) as { requestId: string };
    expect(problem.requestId).toBe(ids[4]);
  });

  it.each([
    ["too long", "a".repeat(129)],
    ["a space", "abc def"],
    ["a quote", 'abc"def'],
    ["non-ASCII (Latin-1)", "caf\u00e9-1"],
    ["a slash", "a/b"],
    ["a backslash and braces (log forging)", 'x\\n{"level":"error"}'],
  ])("replaces an unsafe one (%s) by a new UUID", async (_what, sent) => {
    const res = await testApp.request("/healthz", { headers: { "x-request-id": sent } });
    expect(res.headers.get("x-request-id")).toMatch(UUID);
  });

  it("keeps the longest safe token, 128 characters", async () => {
    const id = "A".repeat(128);
    expect((await testApp.request("/healthz", { headers: { "x-request-id": id } })).headers.get("x-request-id")).toBe(id);
  });
});

describe("log lines", () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it("name the request ID and never the request's data", async () => {
    const lines: string[] = [];
    restore = setLogSink((line) => lines.push(line));
    const app = new Hono();
    app.use(requestId());
    app.post("/boom", async (c) => {
      const body = await c.req.json();
      throw new TypeError(`cannot use ${body.name} ${body.idNumber} ${body.phone}`);
    });
    app.onError(onError);
    const res = await app.request("/boom", {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-42" },
      body: JSON.stringify({ name: "张三", idNumber: "11010519491231002X", phone: "13800138000" }),
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("req-42");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as Record<string, string>;
    expect(line).toMatchObject({ level: "error", requestId: "req-42" });
    expect(line.message).toMatch(/^unhandled error: TypeError/);
    expect(lines[0]).not.toMatch(/张三|11010519491231002X|13800138000/);
  });

  it("of a limiter outage carry the request ID", async () => {
    const lines: string[] = [];
    restore = setLogSink((line) => lines.push(line));
    const broken = { limit: async () => Promise.reject(new Error("unavailable 203.0.113.5")) };
    const res = await testApp.request(
      "/v1/letters",
      { headers: { "cf-connecting-ip": "203.0.113.5", "x-request-id": "outage-1" } },
      { IP_RATE_LIMITER: broken },
    );
    expect(res.status).toBe(200);
    expect(lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ level: "error", requestId: "outage-1" })]);
    expect(lines.join()).not.toContain("203.0.113.5");
  });
});
