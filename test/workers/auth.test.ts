import { describe, expect, it } from "vitest";
import { env, exports } from "cloudflare:workers";
import worker from "../../src/index";

const KEY = "shuhan_workerd_auth_test_key_0123456789abcdefghijkl";

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The Worker entry with API_KEY_HASHES set, as `wrangler secret put` would (the rest of env is wrangler.toml's). */
async function keyed(path: string, headers: Record<string, string> = {}) {
  const keyedEnv = { ...env, API_KEY_HASHES: await sha256Hex(KEY) };
  return worker.fetch(new Request(`http://x${path}`, { headers }), keyedEnv);
}

describe("API keys in workerd", () => {
  it("uses the runtime's constant-time comparison (crypto.subtle.timingSafeEqual)", () => {
    expect(typeof (crypto.subtle as unknown as { timingSafeEqual?: unknown }).timingSafeEqual).toBe("function");
  });

  it("leaves /v1 open with wrangler.toml as it is (no API_KEY_HASHES)", async () => {
    const res = await exports.default.fetch("http://x/v1/letters");
    expect(res.status).toBe(200);
  });

  it("answers 401 without a key and with a wrong key, 200 with the right one", async () => {
    const missing = await keyed("/v1/letters");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="shuhan"');
    expect(missing.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const wrong = await keyed("/v1/letters", { authorization: `Bearer ${KEY}0` });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe("INVALID_API_KEY");
    const right = await keyed("/v1/letters", { authorization: `Bearer ${KEY}` });
    expect(right.status).toBe(200);
  });

  it("keeps /healthz, /docs, /openapi.json and the form open when keys are set", async () => {
    for (const path of ["/healthz", "/docs", "/openapi.json", "/"]) expect((await keyed(path)).status, path).toBe(200);
  });
});
