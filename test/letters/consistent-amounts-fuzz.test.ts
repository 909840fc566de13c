/**
 * The example bodies with their amounts, counts, dates and choices recombined (zero, one fen, the 1亿 cap,
 * another field's amount, the sum of two; 0–100 months; dates around the letter date and the limitation
 * period; flags flipped; the schema's choices (kinds, reasons, grounds …) picked anew; optional fields
 * dropped; half of them in zh-Hant): every body is either a letter or a 422, never a thrown
 * RangeError. The random fuzz (test/http/fuzz.test.ts) breaks values; this one keeps each value valid on its
 * own and lets the combinations clash — a down payment that covers the total once the penalties are waived
 * used to reach splitEvenly with a negative remainder and answer 500. Fixed seed: reproducible.
 */
import { describe, expect, it } from "vitest";
import { letterTypes } from "../../src/letters";
import { prepareLetter, renderPdf, renderText } from "../../src/pipeline";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { ShuhanError } from "../../src/errors";
import { inputJsonSchema } from "../../src/openapi/json-schema";

const NOW = new Date("2026-11-30T04:00:00Z");
const BODIES_PER_TYPE = 1500;
const MONEY = /^\d+(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATES = ["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-15", "2027-01-31", "2020-01-01", "2023-11-30", "2023-12-01", "2000-02-29", "1990-01-01", "2100-12-31"];
const COUNTS = [0, 1, 2, 3, 6, 12, 24, 36, 59, 60, 61, 100];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function leaves(value: Json, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => leaves(v, out));
  else out.push(value);
  return out;
}

type Choices = Map<string, { values: string[]; list: boolean }>;

/** Each property name's allowed strings in the type's JSON Schema (an enum, or a list of enum items). */
function choicesOf(schema: unknown, out: Choices = new Map()): Choices {
  if (!schema || typeof schema !== "object") return out;
  const node = schema as { properties?: Record<string, any> };
  for (const [key, property] of Object.entries(node.properties ?? {}))
    for (const option of [property, ...(property.anyOf ?? [])]) {
      if (Array.isArray(option?.enum) && !out.has(key)) out.set(key, { values: option.enum, list: false });
      else if (Array.isArray(option?.items?.enum) && !out.has(key)) out.set(key, { values: option.items.enum, list: true });
    }
  for (const child of Object.values(schema)) choicesOf(child, out);
  return out;
}

function recombine(example: Json, random: () => number, choices: Choices): Json {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const amounts = leaves(example).filter((v): v is string => typeof v === "string" && MONEY.test(v));
  const amount = () =>
    pick(["0", "0.01", "0.05", "1", "100000000", "99999999.99", ...amounts, ...(amounts.length ? [String(Number(pick(amounts)) + Number(pick(amounts)))] : [])]);
  const walk = (value: Json, top: boolean, key?: string): Json => {
    const choice = key === undefined || key === "locale" ? undefined : choices.get(key);
    if (choice && random() < 0.15) return choice.list ? choice.values.filter(() => random() < 0.4) : pick(choice.values);
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (value && typeof value === "object") {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) if (top || random() >= 0.02) out[k] = walk(v, false, k);
      return out;
    }
    if (key === "date" || random() < 0.7) return value;
    if (typeof value === "string" && MONEY.test(value)) return amount();
    if (typeof value === "string" && DATE.test(value)) return pick(DATES);
    if (typeof value === "number") return pick([...COUNTS, value]);
    if (typeof value === "boolean") return random() < 0.5;
    return value;
  };
  const body = walk(example, true) as { [key: string]: Json };
  if (random() < 0.5) body.locale = "zh-Hant";
  return body;
}

describe.each(letterTypes.map((t) => [t.id, t] as const))("%s: clashing amounts, counts and dates", (_id, type) => {
  it(`${BODIES_PER_TYPE} recombined bodies: each a letter or a 422, and the letters render`, async () => {
    const random = rng(20261202);
    const choices = choicesOf(inputJsonSchema(type.schema));
    let letters = 0;
    let refused = 0;
    for (let n = 0; n < BODIES_PER_TYPE; n++) {
      const body = recombine(type.example as Json, random, choices);
      let prepared;
      try {
        prepared = prepareLetter(type, body, { now: NOW });
      } catch (error) {
        if (!(error instanceof ShuhanError)) throw new Error(`${(error as Error).stack}\nbody: ${JSON.stringify(body)}`);
        expect(error.status).toBe(422);
        refused++;
        continue;
      }
      expect(renderText(prepared).length).toBeGreaterThan(100);
      // Every 25th letter all the way to a PDF (layout and writer included), the others to text.
      if (letters++ % 25 === 0) expect(Buffer.from(await renderPdf(prepared, nodeFontLoader)).subarray(0, 5).toString()).toBe("%PDF-");
    }
    // Both outcomes occur, or the recombination tests nothing.
    expect(letters).toBeGreaterThan(BODIES_PER_TYPE / 20);
    expect(refused).toBeGreaterThan(BODIES_PER_TYPE / 20);
  }, 60_000);
});
