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

describe("MemoryRateLimiter (the fallback without a binding or Redis; per process)", () => {
  it("is a sliding window: requests just before a minute's edge still count just after it", async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter({ limit: 3, period: 60 }, () => now);
    now += 59_000;
    for (let i = 0; i < 3; i++) expect(await limiter.limit({ key: "a" })).toMatchObject({ success: true, remaining: 2 - i });
    // A fixed window starting at 1,000,000 would open a new window here and admit three more.
    now += 2_000;
    expect(await limiter.limit({ key: "a" })).toEqual({ success: false, remaining: 0, reset: 58 });
    expect((await limiter.limit({ key: "b" })).success).toBe(true);
    now += 57_500;
    expect(await limiter.limit({ key: "a" })).toEqual({ success: false, remaining: 0, reset: 1 });
    now += 500;
    // All three were admitted at the same moment, so all three leave the window together.
    expect(await limiter.limit({ key: "a" })).toMatchObject({ success: true, remaining: 2 });
  });

  it("never admits more than the limit in any 60-second span, whatever the arrival pattern", async () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    let now = 0;
    const limiter = new MemoryRateLimiter({ limit: 10, period: 60 }, () => now);
    const admitted: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      now += Math.floor(random() * (random() < 0.1 ? 20_000 : 800));
      if ((await limiter.limit({ key: "k" })).success) admitted.push(now);
    }
    expect(admitted.length).toBeGreaterThan(50);
    let worst = 0;
    for (let i = 0, j = 0; i < admitted.length; i++) {
      while (admitted[i] - admitted[j] >= 60_000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBe(10);
  });

  it("sweeps keys with nothing left in their window, so that many clients do not grow it without bound", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter({ limit: 1, period: 10 }, () => now, 100);
    for (let i = 0; i < 100; i++) await limiter.limit({ key: `k${i}` });
    now += 10_000;
    await limiter.limit({ key: "fresh" });
    expect(limiter.size).toBe(1);
  });
});

describe("RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers)", () => {
  it("tell an anonymous client its per-IP policy and what is left", async () => {
    const headers = { "cf-connecting-ip": "203.0.113.70" };
    const first = await testApp.request("/v1/letters", { headers });
    expect(first.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    expect(first.headers.get("ratelimit")).toBe('"ip";r=59;t=60');
    const second = await testApp.request("/v1/letters/installment-request/example", { headers });
    expect(second.headers.get("ratelimit")).toMatch(/^"ip";r=58;t=(59|60)$/);
  });

  it("tell an authenticated client its per-key policy, on problems too", async () => {
    const key = `${KEY}-headers`;
    const env = { API_KEY_HASHES: createHash("sha256").update(key).digest("hex") };
    const headers = { authorization: `Bearer ${key}`, "cf-connecting-ip": "198.51.100.70" };
    const res = await testApp.request("/v1/letters/love-letter/example", { headers }, env);
    expect(res.status).toBe(404);
    expect(res.headers.get("ratelimit-policy")).toBe('"key";q=120;w=60');
    expect(res.headers.get("ratelimit")).toMatch(/^"key";r=\d+;t=\d+$/);
  });

  it("with a Workers binding, send the policy, and on a 429 only what the binding says: none left", async () => {
    const allow = await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "192.0.2.70" } }, { IP_RATE_LIMITER: fakeBinding(() => true) });
    expect(allow.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    expect(allow.headers.get("ratelimit")).toBeNull();
    const refuse = await testApp.request("/v1/letters", { headers: { "cf-connecting-ip": "192.0.2.70" } }, { IP_RATE_LIMITER: fakeBinding(() => false) });
    expect(refuse.headers.get("ratelimit-policy")).toBe('"ip";q=60;w=60');
    expect(refuse.headers.get("ratelimit")).toBe('"ip";r=0');
    await expect429(refuse, 60);
  });

  it("on a 429 from the sliding window: r=0, and t equal to Retry-After", async () => {
    const headers = { "cf-connecting-ip": "203.0.113.71" };
    for (let i = 0; i < 60; i++) await testApp.request("/v1/letters", { headers });
    const res = await testApp.request("/v1/letters", { headers });
    const retryAfter = res.headers.get("retry-after");
    expect(res.headers.get("ratelimit")).toBe(`"ip";r=0;t=${retryAfter}`);
    await expect429(res);
  });

  it("are absent where nothing is limited", async () => {
    const res = await testApp.request("/healthz", { headers: { "cf-connecting-ip": "203.0.113.72" } });
    expect(res.headers.get("ratelimit-policy")).toBeNull();
    expect(res.headers.get("ratelimit")).toBeNull();
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
