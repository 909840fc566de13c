import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { parseOrigins } from "../../src/middleware/cors";

const ALLOWED = "https://help.example.org";
const FOREIGN = "https://evil.example.com";
const KEY = "shuhan_cors_test_key_0123456789abcdefghijklmnopqrstu";
const ENV = {
  CORS_ORIGINS: ` ${ALLOWED}/ , https://debt.example.net`,
  API_KEY_HASHES: createHash("sha256").update(KEY).digest("hex"),
};

function preflight(origin: string, path = "/v1/letters/installment-request", env: Record<string, unknown> = ENV) {
  return testApp.request(
    path,
    {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
    },
    env,
  );
}

describe("CORS allow-list (CORS_ORIGINS)", () => {
  it("answers a preflight from an allowed origin without asking for a key", async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toContain("Origin");
  });

  it("does not echo a foreign origin, on a preflight or a request", async () => {
    const pre = await preflight(FOREIGN);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await testApp.request("/v1/letters", { headers: { origin: FOREIGN, authorization: `Bearer ${KEY}` } }, ENV);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets an allowed origin read responses, errors included, and the download headers", async () => {
    const ok = await testApp.request("/v1/letters", { headers: { origin: ALLOWED, authorization: `Bearer ${KEY}` } }, ENV);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(ok.headers.get("access-control-expose-headers")).toContain("Content-Disposition");
    expect(ok.headers.get("access-control-expose-headers")).toContain("Retry-After");
    // What a browser client needs to read: the request ID to report, the limits, the warnings of a letter.
    for (const name of ["X-Request-Id", "RateLimit", "RateLimit-Policy", "Shuhan-Warnings"])
      expect(ok.headers.get("access-control-expose-headers")).toContain(name);
    const unauthorized = await testApp.request("/v1/letters", { headers: { origin: ALLOWED } }, ENV);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe(ALLOWED);
  });

  it("covers /openapi.json, not the form or the docs page", async () => {
    const doc = await testApp.request("/openapi.json", { headers: { origin: ALLOWED } }, ENV);
    expect(doc.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    for (const path of ["/docs", "/healthz"]) {
      const res = await testApp.request(path, { headers: { origin: ALLOWED } }, ENV);
      expect(res.headers.get("access-control-allow-origin"), path).toBeNull();
    }
  });

  it("sends no CORS headers when CORS_ORIGINS is empty or unset", async () => {
    for (const env of [{}, { CORS_ORIGINS: "" }]) {
      const res = await testApp.request("/v1/letters", { headers: { origin: ALLOWED } }, env);
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("allows any origin with '*' (an open local setup)", async () => {
    const res = await preflight(FOREIGN, "/v1/letters", { CORS_ORIGINS: "*" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("parseOrigins", () => {
  it("trims, lowercases and drops trailing slashes and blanks", () => {
    expect(parseOrigins(" https://A.example/ ,, http://b.example:8080 ")).toEqual(["https://a.example", "http://b.example:8080"]);
    expect(parseOrigins("")).toEqual([]);
    expect(parseOrigins(undefined)).toEqual([]);
  });
});
