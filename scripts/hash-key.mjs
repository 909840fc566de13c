#!/usr/bin/env node
/**
 * API keys for Shuhan's /v1/* (src/middleware/api-keys.ts). The Worker keeps only each key's SHA-256, in the
 * secret API_KEY_HASHES; the key itself goes to the integrator once and is stored nowhere else.
 *
 *   node scripts/hash-key.mjs             a new random key (256 bits, base64url) and its hash
 *   node scripts/hash-key.mjs KEY         the hash of KEY
 *   printf %s KEY | node scripts/hash-key.mjs -   the hash of the key read from standard input (keeps it out of shell history)
 *
 * Then: wrangler secret put API_KEY_HASHES   (paste every hash, comma-separated; the list replaces the old one)
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

const sha256Hex = (key) => createHash("sha256").update(key, "utf8").digest("hex");

const arg = process.argv[2];
if (arg === "-h" || arg === "--help") {
  console.log("usage: node scripts/hash-key.mjs [KEY | -]");
  process.exit(0);
}

if (arg === undefined) {
  const key = `shuhan_${randomBytes(32).toString("base64url")}`;
  console.log(`key:  ${key}`);
  console.log(`hash: ${sha256Hex(key)}`);
  console.error("Give the key to the integrator once; put only the hash in API_KEY_HASHES (wrangler secret put API_KEY_HASHES).");
} else {
  const key = arg === "-" ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : arg;
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(key)) {
    console.error("a key must be a bearer token (RFC 6750): letters, digits and - . _ ~ + / (then = padding)");
    process.exit(1);
  }
  console.log(sha256Hex(key));
}
