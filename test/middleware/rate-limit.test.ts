import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { MemoryRateLimiter } from "../../src/middleware/rate-limit";

const KEY = "shuhan_rate_limit_test_key_0123456789abcdefghijklmn";
const KEY_HASH = createHash("sha256").update(KEY).digest("hex");

/** A stand-in for the Workers Rate Limiting binding that records the keys it is asked about. */
function fakeBinding(allow: (count: number) => boolean) {
  const keys: string[] = [];
  return {
    keys,
    async limit({ key }: { key: string }) {
      keys.push(key);
      return { success: allow(keys.filter((k) => k === key).length) };
    },
  };
}

async function expect429(res: Response, retryAfter?: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const seconds = Number(res.headers.get("retry-after"));
  expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
  if (retryAfter !== undefined) expect(seconds).toBe(retryAfter);
  expect(await res.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
}

describe("MemoryRateLimiter (the fallback without a binding; per process)", () => {
  it("allows `limit` requests per fixed window, then refuses until the window ends", async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter({ limit: 3, period: 60 }, () => now);
    for (let i = 0; i < 3; i++) expect((await limiter.limit({ key: "a" })).success).toBe(true);
    expect((await limiter.limit({ key: "a" })).success).toBe(false);
    expect((await limiter.limit({ key: "b" })).success).toBe(true);
    now += 45_500;
    expect(limiter.retryAfter("a")).toBe(15);
    expect((await limiter.limit({ key: "a" })).success).toBe(false);
    now += 14_500;
    expect((await limiter.limit({ key: "a" })).success).toBe(true);
  });

  it("sweeps ended windows so that many clients do not grow it without bound", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ limit: 1, period: 10 }, () => now, 100);
    for (let i = 0; i < 100; i++) await limiter.limit({ key: `k${i}` });
    now += 10_000;
    await limiter.limit({ key: "fresh" });
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });
});

describe("rate limits on /v1/* through the app", () => {
  it("limits anonymous requests per IP (cf-connecting-ip) in memory: 60 a minute, then 429 with Retry-After", async () => {
    const ip = { "cf-connecting-ip": "203.0.113.7" };
    for (let i = 0; i < 60; i++) expect((await testApp.request("/v1/letters", { headers: ip })).status).toBe(200);
    await expect429(await testApp.request("/v1/letters", { headers: ip }));
    // Another client is not affected; nor are the open routes.
    expect((await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "203.0.113.8" } })).status).toBe(200);
    expect((await testApp.request("/healthz", { headers: ip })).status).toBe(200);
  });

  it("limits an authenticated client per key in memory: 120 a minute", async () => {
    const env = { API_KEY_HASHES: KEY_HASH };
    const headers = { authorization: `Bearer ${KEY}`, "cf-connecting-ip": "198.51.100.1" };
    for (let i = 0; i < 120; i++) expect((await testApp.request("/v1/letters", { headers }, env)).status).toBe(200);
    await expect429(await testApp.request("/v1/letters", { headers }, env));
    // The same key from another address is the same client.
    await expect429(await testApp.request("/v1/letters", { headers: { ...headers, "cf-connecting-ip": "198.51.100.2" } }, env));
  });

  it("asks the RATE_LIMITER binding with the key's hash prefix, never the key", async () => {
    const byKey = fakeBinding((n) => n <= 2);
    const byIp = fakeBinding(() => true);
    const env = { API_KEY_HASHES: KEY_HASH, RATE_LIMITER: byKey, IP_RATE_LIMITER: byIp };
    const headers = { authorization: `Bearer ${KEY}`, "cf-connecting-ip": "192.0.2.1" };
    expect((await testApp.request("/v1/letters", { headers }, env)).status).toBe(200);
    expect((await testApp.request("/v1/letters", { headers }, env)).status).toBe(200);
    await expect429(await testApp.request("/v1/letters", { headers }, env), 60);
    expect(byKey.keys).toEqual(Array(3).fill(`key:${KEY_HASH.slice(0, 16)}`));
    expect(byKey.keys.join()).not.toContain(KEY);
    expect(byIp.keys).toEqual([]);
  });

  it("asks the IP_RATE_LIMITER binding for requests without a key", async () => {
    const byKey = fakeBinding(() => true);
    const byIp = fakeBinding(() => false);
    const res = await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "2001:db8::1" } }, { RATE_LIMITER: byKey, IP_RATE_LIMITER: byIp });
    await expect429(res, 60);
    expect(byIp.keys).toEqual(["ip:2001:db8::1"]);
    expect(byKey.keys).toEqual([]);
  });

  it("does not count a request whose client is unknown (no key, no cf-connecting-ip)", async () => {
    const byIp = fakeBinding(() => false);
    expect((await testApp.request("/v1/letters", {}, { IP_RATE_LIMITER: byIp })).status).toBe(200);
    expect(byIp.keys).toEqual([]);
  });

  it("limits loopback clients like any other (wrangler dev reports 127.0.0.1: past the limit, 429 there too)", async () => {
    const byIp = fakeBinding(() => false);
    const res = await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "127.0.0.1" } }, { IP_RATE_LIMITER: byIp });
    expect(res.status).toBe(429);
    expect(byIp.keys).toEqual(["ip:127.0.0.1"]);
  });

  it("lets requests through when the binding fails (an outage must not take the API down)", async () => {
    const broken = { limit: async () => Promise.reject(new Error("unavailable")) };
    const res = await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "192.0.2.9" } }, { IP_RATE_LIMITER: broken });
    expect(res.status).toBe(200);
  });

  it("limits the web form's PDF-making POSTs per IP, not its pages or the live preview", async () => {
    const byIp = fakeBinding(() => false);
    const env = { IP_RATE_LIMITER: byIp };
    const headers = { "cf-connecting-ip": "192.0.2.50", "content-type": "application/x-www-form-urlencoded" };
    // A borrower's plain post gets a page in words that keeps the input (test/form-journey.test.ts); the script's /pdf the problem.
    const page = await testApp.request("/form/installment-request", { method: "POST", headers, body: "a=b" }, env);
    expect(page.status).toBe(429);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(Number(page.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await expect429(await testApp.request("/form/installment-request/pdf", { method: "POST", headers, body: "a=b" }, env));
    for (const path of ["/form/installment-request/preview", "/form/installment-request/check", "/form/installment-request/step"]) {
      const res = await testApp.request(path, { method: "POST", headers, body: "a=b" }, env);
      expect(res.status, path).not.toBe(429);
    }
    expect((await testApp.request("/", { headers }, env)).status).toBe(200);
    expect(byIp.keys).toEqual(["ip:192.0.2.50", "ip:192.0.2.50"]);
  });
});
