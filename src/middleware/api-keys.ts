/**
 * API keys for /v1/*: `Authorization: Bearer <key>` (RFC 6750 §2.1).
 *
 * The Worker never holds a key, only its SHA-256: the secret `API_KEY_HASHES` lists the lowercase hex digests,
 * separated by commas or whitespace (`scripts/hash-key.mjs` makes a key and its hash). The presented key is hashed
 * and compared with every configured hash in constant time, without stopping at the first match, so neither the
 * position of a match nor a shared prefix shows in the timing. Unset or blank, the API is open (local use); set,
 * a missing or wrong key is a 401 problem with `WWW-Authenticate: Bearer realm="shuhan"` (RFC 6750 §3).
 *
 * Not hono/bearer-auth: its failures are plain-text HTTPExceptions, where ours are problem+json from the one
 * error mapping, and it compares plain tokens where we keep only hashes.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ShuhanError } from "../errors";
import { log, requestLogContext } from "../log";

declare module "hono" {
  interface ContextVariableMap {
    /** The first 16 hex digits of the authenticated key's SHA-256 (never the key): the rate limiter's key. */
    apiKeyId?: string;
  }
}

export interface ApiKeyOptions {
  /** The `realm` of the WWW-Authenticate challenge. */
  realm?: string;
}

/** Keys longer than this are refused before hashing; scripts/hash-key.mjs makes 50-character keys. */
const MAX_KEY_LENGTH = 512;

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export interface ParsedKeyHashes {
  hashes: Uint8Array[];
  /** Entries that are not 64 lowercase-insensitive hex digits: a misconfiguration (a plain key, a typo). */
  invalid: number;
}

/** Splits the secret into digests; an entry of another shape is counted, never echoed (it may be a key). */
export function parseKeyHashes(value: string | undefined): ParsedKeyHashes {
  const hashes: Uint8Array[] = [];
  let invalid = 0;
  for (const entry of (value ?? "").split(/[\s,]+/)) {
    if (!entry) continue;
    const hex = entry.toLowerCase();
    if (!HEX_SHA256.test(hex)) {
      invalid++;
      continue;
    }
    hashes.push(hexToBytes(hex));
  }
  return { hashes, invalid };
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

type TimingSafeEqual = (a: ArrayBufferView | ArrayBuffer, b: ArrayBufferView | ArrayBuffer) => boolean;

/** Workers' `crypto.subtle.timingSafeEqual` where it exists (not in Node), else an XOR loop over every byte. */
function equalConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false; // both are SHA-256 digests: 32 bytes
  const native = (crypto.subtle as SubtleCrypto & { timingSafeEqual?: TimingSafeEqual }).timingSafeEqual;
  if (typeof native === "function") return native.call(crypto.subtle, a, b);
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** Whether `digest` equals any of `hashes`: every hash is compared, whatever matched before. */
export function matchesAny(digest: Uint8Array, hashes: readonly Uint8Array[]): boolean {
  let matched = 0;
  for (const hash of hashes) matched |= equalConstantTime(digest, hash) ? 1 : 0;
  return matched === 1;
}

/** The token of `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(header ?? "");
  return match?.[1];
}

const unauthorized = (realm: string, invalidToken: boolean) =>
  new ShuhanError({
    status: 401,
    code: invalidToken ? "INVALID_API_KEY" : "API_KEY_REQUIRED",
    title: invalidToken ? { zh: "API 密钥无效", en: "Invalid API key" } : { zh: "需要 API 密钥", en: "API key required" },
    detail: {
      zh: "请在请求头中以 Authorization: Bearer <密钥> 发送有效的 API 密钥",
      en: "Send a valid API key as Authorization: Bearer <key>",
    },
    headers: {
      "www-authenticate": invalidToken ? `Bearer realm="${realm}", error="invalid_token"` : `Bearer realm="${realm}"`,
    },
  });

const misconfigured = () =>
  new ShuhanError({
    status: 500,
    code: "API_KEYS_MISCONFIGURED",
    title: { zh: "服务器的 API 密钥配置有误", en: "The server's API key configuration is invalid" },
  });

/** Requires a valid API key when `API_KEY_HASHES` is set; sets `apiKeyId` for the rate limiter. */
export function apiKeys(options: ApiKeyOptions = {}): MiddlewareHandler<AppEnv> {
  const realm = options.realm ?? "shuhan";
  // The secret is read per request (bindings arrive with the request) but parsed once per value.
  let cached: { source: string; parsed: ParsedKeyHashes } | undefined;

  return async function requireApiKey(c, next) {
    const source = c.env?.API_KEY_HASHES ?? "";
    if (cached?.source !== source) cached = { source, parsed: parseKeyHashes(source) };
    const { hashes, invalid } = cached.parsed;
    if (invalid > 0) {
      // Fail closed: an entry that is not a digest may be a plain key pasted by mistake; never open the API.
      log("error", `API_KEY_HASHES has ${invalid} entr${invalid === 1 ? "y" : "ies"} that are not SHA-256 hex digests`, requestLogContext(c));
      throw misconfigured();
    }
    if (hashes.length === 0) return next();

    const header = c.req.header("authorization");
    if (!header) throw unauthorized(realm, false);
    const token = bearerToken(header);
    if (!token || token.length > MAX_KEY_LENGTH) throw unauthorized(realm, true);
    const digest = await sha256(token);
    if (!matchesAny(digest, hashes)) throw unauthorized(realm, true);
    c.set("apiKeyId", bytesToHex(digest).slice(0, 16));
    return next();
  };
}
