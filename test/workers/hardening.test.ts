/**
 * The HTTP details of issue 12 inside workerd, the runtime users deploy: request IDs, the RateLimit fields
 * with the real (simulated) Rate Limiting binding, 405 with Allow, no-store, 415 for a compressed body.
 */
import { describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";

describe("HTTP details in workerd", () => {
  it("echoes a safe X-Request-Id and makes one otherwise, on answers and problems", async () => {
    const echoed = await exports.default.fetch("http://x/healthz", { headers: { "x-request-id": "edge-1:a.b" } });
    expect(echoed.headers.get("x-request-id")).toBe("edge-1:a.b");
    const problem = await exports.default.fetch("http://x/nope", { headers: { "x-request-id": "bad id" } });
    const id = problem.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await problem.json()) as { requestId: string }).requestId).toBe(id);
  });

  it("sends the binding's policy, and no RateLimit it cannot know", async () => {
    const res = await exports.default.fetch("http://x/v1/letters", { headers: { "cf-connecting-ip": "203.0.113.90" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    expect(res.headers.get("ratelimit")).toBeNull();
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const res = await exports.default.fetch("http://x/v1/letters/installment-request");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("marks a letter no-store and refuses a compressed body with 415", async () => {
    const example = await (await exports.default.fetch("http://x/v1/letters/installment-request/example")).text();
    const letter = await exports.default.fetch("http://x/v1/letters/installment-request?format=text", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: example,
    });
    expect(letter.status).toBe(200);
    expect(letter.headers.get("cache-control")).toBe("no-store");
    const gzip = await exports.default.fetch("http://x/v1/letters/installment-request", {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: example,
    });
    expect(gzip.status).toBe(415);
  });
});
