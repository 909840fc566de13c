/**
 * Fuzz cases for the HTTP API, from a fixed seed (a failure is reproducible): the letter and batch examples
 * mutated at random (wrong types, missing, extra and prototype-polluting fields, odd strings and numbers),
 * hostile shapes (deep nesting, huge strings, many keys, malformed or non-UTF-8 JSON, top-level non-objects),
 * hostile requests (wrong media types, content codings, chunked bodies past the limit, odd Accept and
 * ?format values, wrong methods, unknown paths) and web-form posts. Used by test/http/fuzz.test.ts (a few
 * hundred through app.request) and scripts/fuzz.ts (`npm run fuzz`, 10,000 against a running server).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** A string or bytes; `chunks` sends it without Content-Length (Transfer-Encoding: chunked). */
  body?: string | Uint8Array;
  chunked?: boolean;
}

/** The bodies the cases start from: each letter type's example and the example batch. */
export interface FuzzSeeds {
  letters: Record<string, Json>;
  batch: Json;
}

/** A 32-bit linear congruential generator: small, fixed, the same everywhere. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const ODD_VALUES: Json[] = [
  null, true, false, 0, -0, -1, 1.005, 0.001, 1e308, -1e308, 2 ** 53 + 1, 100_000_000.01, "", " ", "  张三  ", "0", "-5",
  "12,345.67", "1e5", "0x10", "NaN", "Infinity", "2026-02-29", "2028-02-29", "9999-12-31", "2026-13-01", "0000-00-00",
  "A".repeat(300), "１２３", "（", "」", "<b>x</b>", "<script>alert(1)</script>", "{{constructor}}", "\u3000", "\n\n", "\t",
  "x\u0000y", "\u202e", "\ufeff", "😀", "𠮷", "䶮", "\ud800", "a\u0301", [], {}, [1, 2], { a: 1 }, { __proto__: 1 } as Json,
  "6225".repeat(20), "丨".repeat(120), "，".repeat(50), "../../etc/passwd", "%00", "' OR 1=1 --",
];

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Up to `most` random changes (none, sometimes) at random places of a copy of `body`. */
export function mutate(body: Json, random: () => number, most = 3): Json {
  const copy = structuredClone(body) as Json;
  const all = paths(copy).filter((p) => p.length > 0);
  for (let n = Math.floor(random() * (most + 1)); n > 0; n--) {
    const path = pick(random, all);
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (parent === null || typeof parent !== "object") continue;
    const key = path[path.length - 1];
    const roll = random();
    if (roll < 0.2) delete parent[key];
    else if (roll < 0.27 && !Array.isArray(parent)) parent[`x${Math.floor(random() * 9)}`] = 1;
    else if (roll < 0.3 && !Array.isArray(parent)) Object.defineProperty(parent, pick(random, ["__proto__", "constructor", "prototype"]), { value: { polluted: true }, enumerable: true });
    else if (roll < 0.35 && Array.isArray(parent)) parent.push(...Array(Math.floor(random() * 120)).fill(parent[0] ?? null));
    else parent[key] = pick(random, ODD_VALUES);
  }
  return copy;
}

function nested(depth: number, random: () => number): string {
  return random() < 0.5 ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

const JSON_HEADERS = { "content-type": "application/json" };

/** The `index`-th case of the stream for `seed` (each case draws from its own generator: any can be replayed). */
export function fuzzCase(seeds: FuzzSeeds, seed: number, index: number): FuzzCase {
  const random = rng(seed * 1_000_003 + index * 7919 + 1);
  const types = Object.keys(seeds.letters);
  const type = pick(random, types);
  const letterPath = `/v1/letters/${type}`;
  const format = pick(random, ["", "", "", "?format=text", "?format=text", "?format=text", "?format=html", "?format=pdf", "?format=json", "?format=xml"]);
  const roll = random();

  if (roll < 0.5) {
    return { kind: "mutated letter", method: "POST", path: `${letterPath}${format}`, headers: JSON_HEADERS, body: JSON.stringify(mutate(seeds.letters[type], random, 2)) };
  }
  if (roll < 0.55) {
    const batch = mutate(seeds.batch, random);
    const batchFormat = pick(random, ["", "?format=pdf", "?format=zip", "?format=json", "?format=doc"]);
    return { kind: "mutated batch", method: "POST", path: `/v1/batches${batchFormat}`, headers: JSON_HEADERS, body: JSON.stringify(batch) };
  }
  if (roll < 0.6) {
    const check = random() < 0.5 ? "/check" : "";
    return { kind: "mutated check", method: "POST", path: `${letterPath}${check}`, headers: { ...JSON_HEADERS, accept: "application/json" }, body: JSON.stringify(mutate(seeds.letters[type], random)) };
  }
  if (roll < 0.68) {
    const depth = pick(random, [20, 31, 32, 33, 100, 4_500, 6_000, 30_000]);
    const where = random() < 0.8 ? letterPath : "/v1/batches";
    return { kind: "deep nesting", method: "POST", path: where, headers: JSON_HEADERS, body: `{"borrower":${nested(depth, random)}}` };
  }
  if (roll < 0.74) {
    const shapes = [
      "null", "[]", "42", '"text"', "true", "{", '{"borrower":', "{}", '{"a":1,"a":2}', "\ufeff{}", "1e400", "[".repeat(10),
      JSON.stringify({ ...(seeds.letters[type] as object), borrower: { name: "x".repeat(60_000) } }),
      JSON.stringify(Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]))),
      JSON.stringify({ attachments: Array(10_000).fill("附件") }),
    ];
    return { kind: "odd JSON", method: "POST", path: letterPath, headers: JSON_HEADERS, body: pick(random, shapes) };
  }
  if (roll < 0.78) {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]);
    return { kind: "invalid UTF-8", method: "POST", path: letterPath, headers: JSON_HEADERS, body: bytes };
  }
  if (roll < 0.84) {
    const body = JSON.stringify(seeds.letters[type]);
    const variants: Record<string, string>[] = [
      {},
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "application/json; charset=latin1" },
      { "content-type": "application/vnd.api+json" },
      { "content-type": "application/json", "content-encoding": pick(random, ["gzip", "br", "deflate", "identity", "x-unknown"]) },
      { "content-type": "application/json", accept: pick(random, ["application/pdf", "text/html;q=0.1, text/plain", "image/png", "*/*;q=0", "application/json", ""]) },
      { "content-type": "application/json", "x-request-id": pick(random, ["ok-1", "a".repeat(200), "bad id", "\u00e9"]) },
    ];
    return { kind: "odd headers", method: "POST", path: `${letterPath}${format}`, headers: pick(random, variants), body };
  }
  if (roll < 0.88) {
    const size = pick(random, [60_000, 70_000, 200_000, 600_000]);
    const where = random() < 0.7 ? letterPath : "/v1/batches";
    return { kind: "large chunked", method: "POST", path: where, headers: JSON_HEADERS, body: `{"attachments":["${"长".repeat(size / 3)}"]}`, chunked: true };
  }
  if (roll < 0.94) {
    const fields = new URLSearchParams();
    const names = ["borrower.name", "borrower.idNumber", "lender.name", "lender.kind", "debt.principal", "plan.months", "plan.firstPaymentDate", "hardship.reasons", "incidents.0.date", "action", "__proto__", "x"];
    for (let n = Math.floor(random() * 8); n > 0; n--) fields.append(pick(random, names), String(pick(random, ODD_VALUES)));
    const formPath = `/form/${pick(random, [...types, "love-letter"])}${pick(random, ["", "/check", "/preview", "/pdf"])}`;
    const contentType = random() < 0.9 ? "application/x-www-form-urlencoded" : "application/json";
    return { kind: "form post", method: "POST", path: formPath, headers: { "content-type": contentType }, body: fields.toString() };
  }
  const method = pick(random, ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]);
  const anyPath = pick(random, [letterPath, `${letterPath}/schema`, `${letterPath}/example`, "/v1/letters", "/v1/batches", "/healthz", "/openapi.json", "/docs", "/", "/v1/letters/%E4%BF%A1", "/v1/letters/../../etc", "/nope", "/v1/letters/x/y/z"]);
  return { kind: "method and path", method, path: anyPath, headers: {}, body: undefined };
}

/** Counts by status, as "200 × 1234" lines sorted by status. */
export function formatCounts(counts: Map<number, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status} × ${n}`)
    .join("\n");
}
