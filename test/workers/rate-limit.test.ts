import { describe, expect, it } from "vitest";
import { env, exports } from "cloudflare:workers";
import worker from "../../src/index";

const KEY = "shuhan_workerd_rate_limit_key_0123456789abcdefghijk";

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function expect429(res: Response) {
  expect(res.status).toBe(429);
  expect(res.headers.get("retry-after")).toBe("60");
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(((await res.json()) as { code: string }).code).toBe("RATE_LIMITED");
}

describe("Workers Rate Limiting bindings (miniflare's local simulation)", () => {
  it("has both bindings from wrangler.toml", () => {
    const bindings = env as unknown as Record<string, { limit?: unknown }>;
    expect(typeof bindings.RATE_LIMITER?.limit).toBe("function");
    expect(typeof bindings.IP_RATE_LIMITER?.limit).toBe("function");
  });

  it("limits requests without a key per IP: 60 a minute, then 429 with Retry-After", async () => {
    const headers = { "cf-connecting-ip": "203.0.113.77" };
    for (let i = 0; i < 60; i++) expect((await exports.default.fetch("http://x/v1/letters", { headers })).status).toBe(200);
    await expect429(await exports.default.fetch("http://x/v1/letters", { headers }));
    expect((await exports.default.fetch("http://x/v1/letters", { headers: { "cf-connecting-ip": "203.0.113.78" } })).status).toBe(200);
  });

  it("limits an API key: 120 a minute, then 429", async () => {
    const keyedEnv = { ...env, API_KEY_HASHES: await sha256Hex(KEY) };
    const request = () =>
      worker.fetch(new Request("http://x/v1/letters", { headers: { authorization: `Bearer ${KEY}`, "cf-connecting-ip": "198.51.100.77" } }), keyedEnv);
    for (let i = 0; i < 120; i++) expect((await request()).status).toBe(200);
    await expect429(await request());
  });
});
