import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app";
import { bearerToken, bytesToHex, matchesAny, parseKeyHashes, sha256 } from "../../src/middleware/api-keys";

const KEY = "shuhan_test_key_one_0123456789abcdefghijklmnopqrstu";
const OTHER_KEY = "shuhan_test_key_two_0123456789abcdefghijklmnopqrstu";
const hash = (key: string) => createHash("sha256").update(key).digest("hex");
const KEYED = { API_KEY_HASHES: `${hash(KEY)},\n ${hash(OTHER_KEY).toUpperCase()}` };

function get(path: string, headers: Record<string, string> = {}, env: Record<string, unknown> = KEYED) {
  return testApp.request(path, { headers }, env);
}

async function problem(res: Response) {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; code: string; title: string };
}

describe("API keys on /v1/*", () => {
  it("leaves the API open when no hashes are configured (local use)", async () => {
    expect((await get("/v1/letters", {}, {})).status).toBe(200);
    expect((await get("/v1/letters", {}, { API_KEY_HASHES: " \n, " })).status).toBe(200);
  });

  it("answers 401 problem+json with a Bearer challenge when the key is missing", async () => {
    const res = await get("/v1/letters");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="shuhan"');
    expect(await problem(res)).toMatchObject({ status: 401, code: "API_KEY_REQUIRED" });
  });

  it("answers 401 invalid_token for a wrong key, another scheme or a malformed header", async () => {
    for (const authorization of [`Bearer ${KEY}x`, `Bearer ${KEY.slice(0, -1)}`, `Basic ${btoa(`u:${KEY}`)}`, "Bearer", `Bearer ${KEY} extra`]) {
      const res = await get("/v1/letters", { authorization });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="shuhan", error="invalid_token"');
      expect(await problem(res)).toMatchObject({ code: "INVALID_API_KEY" });
    }
  });

  it("lets a valid key through, whichever configured hash it matches (case-insensitive hex)", async () => {
    expect((await get("/v1/letters", { authorization: `Bearer ${KEY}` })).status).toBe(200);
    expect((await get("/v1/letters", { authorization: `bearer ${OTHER_KEY}` })).status).toBe(200);
    const example = await (await get("/v1/letters/installment-request/example", { authorization: `Bearer ${KEY}` })).json();
    const res = await testApp.request(
      "/v1/letters/installment-request?format=text",
      { method: "POST", headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body: JSON.stringify(example) },
      KEYED,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("guards every /v1 route, unknown ones too (no probing for routes without a key)", async () => {
    for (const path of ["/v1/letters/installment-request/schema", "/v1/batches/example", "/v1/nothing-here"])
      expect((await get(path)).status, path).toBe(401);
    const post = await testApp.request("/v1/batches", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, KEYED);
    expect(post.status).toBe(401);
  });

  it("keeps /healthz, /docs, /openapi.json and the web form open", async () => {
    for (const path of ["/healthz", "/docs", "/openapi.json", "/"]) expect((await get(path)).status, path).toBe(200);
    // The form's POST is not asked for a key (whatever the form then says about the body).
    const form = await testApp.request(
      "/form/installment-request",
      { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "borrower.name=x" },
      KEYED,
    );
    expect(form.status).not.toBe(401);
  });

  it("fails closed with 500 when the secret holds something that is not a digest, without echoing it", async () => {
    const res = await get("/v1/letters", { authorization: `Bearer ${KEY}` }, { API_KEY_HASHES: `${hash(KEY)}, ${KEY}` });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("API_KEYS_MISCONFIGURED");
    expect(text).not.toContain(KEY);
  });
});

describe("scripts/hash-key.mjs", () => {
  it("makes a new key whose printed hash the app accepts, and hashes a given key", async () => {
    const out = execFileSync(process.execPath, ["scripts/hash-key.mjs"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const key = /^key: +(\S+)$/m.exec(out)![1];
    const digest = /^hash: +([0-9a-f]{64})$/m.exec(out)![1];
    expect(key).toMatch(/^shuhan_[A-Za-z0-9_-]{43}$/);
    expect(digest).toBe(hash(key));
    const res = await get("/v1/letters", { authorization: `Bearer ${key}` }, { API_KEY_HASHES: digest });
    expect(res.status).toBe(200);
    expect(execFileSync(process.execPath, ["scripts/hash-key.mjs", KEY], { encoding: "utf8" }).trim()).toBe(hash(KEY));
    expect(execFileSync(process.execPath, ["scripts/hash-key.mjs", "-"], { encoding: "utf8", input: `${KEY}\n` }).trim()).toBe(hash(KEY));
  });
});

describe("key hashing and comparison", () => {
  it("hashes with SHA-256 (FIPS 180-4 test vector)", async () => {
    expect(bytesToHex(await sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("parses hashes separated by commas and whitespace, counting malformed entries", () => {
    const parsed = parseKeyHashes(` ${"A".repeat(64)},${"b".repeat(64)}\n\t${"c".repeat(63)} plain-key `);
    expect(parsed.hashes.map(bytesToHex)).toEqual(["a".repeat(64), "b".repeat(64)]);
    expect(parsed.invalid).toBe(2);
    expect(parseKeyHashes(undefined)).toEqual({ hashes: [], invalid: 0 });
  });

  it("matches against any configured hash", async () => {
    const hashes = parseKeyHashes(`${hash("one")} ${hash("two")}`).hashes;
    expect(matchesAny(await sha256("two"), hashes)).toBe(true);
    expect(matchesAny(await sha256("one"), hashes)).toBe(true);
    expect(matchesAny(await sha256("three"), hashes)).toBe(false);
    expect(matchesAny(await sha256("one"), [])).toBe(false);
  });

  it("reads the bearer token (RFC 6750 b64token)", () => {
    expect(bearerToken("Bearer abc-DEF_1.2~3+4/5==")).toBe("abc-DEF_1.2~3+4/5==");
    expect(bearerToken("BEARER  abc ")).toBe("abc");
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken("Token abc")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
