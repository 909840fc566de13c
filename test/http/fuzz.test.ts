/**
 * Bad input never gets a 500: example bodies mutated at random (wrong types, missing and extra fields,
 * odd strings, huge and tiny numbers, long unbreakable tokens) must get a 200 or a 4xx problem, never
 * a 5xx, and a 200 must be a real PDF or text. Fixed seed: a failure is reproducible.
 */
import { describe, expect, it } from "vitest";
import { postJson, testApp } from "../helpers/app";
import { letterTypes } from "../../src/letters";
import { exampleBatch } from "../../src/batches";
import { formatCounts, fuzzCase, type Json as FuzzJson } from "../../scripts/fuzz/cases";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ODD_VALUES: unknown[] = [
  null, true, 0, -1, 1.005, 1e308, "", " ", "  张三  ", "0", "-5", "12,345.67", "2026-02-29", "2028-02-29", "9999-12-31",
  "A".repeat(300), "１２３", "（", "」", "<b>x</b>", "\u3000", "\n\n", "x\u0000y", "😀", "𠮷", "䶮", [], {}, [1, 2], { a: 1 },
  "6225".repeat(20), "丨".repeat(120), "，".repeat(50),
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function mutate(body: Json, random: () => number): Json {
  const copy = structuredClone(body) as Json;
  const all = paths(copy).filter((p) => p.length > 0);
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const path = all[Math.floor(random() * all.length)];
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (parent === null || typeof parent !== "object") continue;
    const key = path[path.length - 1];
    const roll = random();
    if (roll < 0.2) delete parent[key];
    else if (roll < 0.3 && !Array.isArray(parent)) parent[`x${Math.floor(random() * 9)}`] = 1;
    else parent[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
  }
  return copy;
}

describe("bad input never gets a 500", () => {
  for (const type of ["installment-request", "deferral-request", "collection-objection"]) {
    it(`${type}: 150 mutated bodies answer 200 or 4xx`, async () => {
      const example = (await (await testApp.request(`/v1/letters/${type}/example`)).json()) as Json;
      const random = rng(type.length * 7919);
      const statuses = new Map<number, number>();
      for (let i = 0; i < 150; i++) {
        const body = mutate(example, random);
        const format = i % 3 === 0 ? "pdf" : "text";
        const res = await postJson(`/v1/letters/${type}?format=${format}`, body);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) throw new Error(`${res.status} for ${JSON.stringify(body)}: ${await res.text()}`);
        if (res.status === 200) {
          const bytes = new Uint8Array(await res.arrayBuffer());
          if (format === "pdf") expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
          else expect(bytes.byteLength).toBeGreaterThan(100);
        } else {
          expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
          const problem = (await res.json()) as { status: number; errors?: { path: string; message: { zh: string; en: string } }[] };
          expect(problem.status).toBe(res.status);
          for (const e of problem.errors ?? []) {
            expect(e.message.zh.length).toBeGreaterThan(0);
            expect(e.message.en.length).toBeGreaterThan(0);
          }
        }
      }
      // The mutations are mild enough that some bodies stay valid and many do not (the examples carry budgets
      // and repayment details now, so a mutation more often hits something that must be rejected).
      expect(statuses.get(200) ?? 0).toBeGreaterThanOrEqual(3);
      expect(statuses.get(422) ?? 0).toBeGreaterThan(20);
    });
  }

  const STRESS_TEXT = [
    "A".repeat(110), // one token longer than a line
    "，。、；：？！）」』】》".repeat(4), // only line-start-forbidden marks
    "（「『【《".repeat(8), // only line-end-forbidden marks
    "1234567890".repeat(9), // one long number
    "https://example.com/" + "a/".repeat(40),
    "张三 Zhang San-Li 2026年11月23日¥1,234.56（附件1）「借呗」…………——",
    "丨".repeat(100),
    "　　前后有全角空格　　",
  ];

  for (const type of ["installment-request", "deferral-request", "collection-objection"]) {
    it(`${type}: free-text fields full of hard-to-set text still make a PDF`, async () => {
      const example = (await (await testApp.request(`/v1/letters/${type}/example`)).json()) as Json;
      const random = rng(type.length * 104729);
      for (let i = 0; i < 12; i++) {
        const body = structuredClone(example) as any;
        const text = STRESS_TEXT[i % STRESS_TEXT.length];
        body.borrower.address = text;
        body.lender.department = text.slice(0, 80);
        if (body.hardship) body.hardship.details = `${text}\n${STRESS_TEXT[Math.floor(random() * STRESS_TEXT.length)]}`;
        if (body.incidents) body.incidents[0].description = text;
        body.attachments = [text, text.slice(0, 20)];
        const res = await postJson(`/v1/letters/${type}`, body);
        if (res.status !== 200) throw new Error(`${res.status} for ${JSON.stringify(text)}: ${await res.text()}`);
        expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).subarray(0, 5))).toBe("%PDF-");
      }
    });
  }

  it("top-level non-objects and deep nesting answer 422, not 500", async () => {
    for (const body of ["null", "[]", "42", '"text"', "true", JSON.stringify({ borrower: [[[[[[[[[[]]]]]]]]]] })]) {
      const res = await postJson("/v1/letters/installment-request", body);
      expect(res.status, body).toBe(422);
    }
  });
});

describe("the fuzz stream (scripts/fuzz/cases.ts, fixed seed): 400 hostile requests", () => {
  it("answer 2xx or a 4xx problem, never a 5xx", async () => {
    const letters = Object.fromEntries(
      await Promise.all(letterTypes.map(async (t) => [t.id, (await (await testApp.request(`/v1/letters/${t.id}/example`)).json()) as FuzzJson])),
    );
    const seeds = { letters, batch: exampleBatch() as FuzzJson };
    const counts = new Map<number, number>();
    const kinds = new Set<string>();
    for (let index = 0; index < 400; index++) {
      const fuzz = fuzzCase(seeds, 20261201, index);
      kinds.add(fuzz.kind);
      const body =
        fuzz.body === undefined
          ? undefined
          : fuzz.chunked
            ? new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(fuzz.body as string)), c.close()) })
            : fuzz.body;
      const res = await testApp.request(fuzz.path, { method: fuzz.method, headers: fuzz.headers, body, duplex: "half" } as RequestInit);
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      const text = await res.text();
      const where = `case ${index} (${fuzz.kind}, ${fuzz.method} ${fuzz.path})`;
      if (res.status >= 500) throw new Error(`${where}: ${res.status} ${text.slice(0, 500)}`);
      expect(res.headers.get("x-request-id"), where).toBeTruthy();
      if (res.status >= 400 && fuzz.path.startsWith("/v1/") && fuzz.method !== "HEAD") {
        expect(res.headers.get("content-type"), where).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(text) as { status: number; errors?: { message: { zh: string; en: string } }[] };
        expect(problem.status, where).toBe(res.status);
        for (const e of problem.errors ?? []) expect(e.message.zh && e.message.en, where).toBeTruthy();
      }
    }
    console.log(`fuzz (400 cases, seed 20261201):\n${formatCounts(counts)}`);
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    expect([...counts.keys()].filter((s) => s >= 500)).toEqual([]);
    // The stream reaches deep into the pipeline (letters made) and across the error kinds.
    expect(counts.get(200) ?? 0).toBeGreaterThan(40);
    for (const status of [400, 404, 405, 413, 415, 422]) expect(counts.get(status) ?? 0, `some ${status}`).toBeGreaterThan(0);
  });
});
