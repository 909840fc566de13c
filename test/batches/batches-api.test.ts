import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { MAX_BATCH_ITEMS } from "../../src/batches";
import { letterTypes } from "../../src/letters";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { FIXED_NOW, postJson, testApp } from "../helpers/app";
import { pdfFonts, pdfInfo, pdfPageCount, pdfToText, qpdfCheck, renderPageGray } from "../helpers/pdf-tools";
import { CREDITORS, tenCreditorBatch, titleOf } from "./fixtures";

type Problem = { status: number; code: string; errors: { path: string; code: string; message: { zh: string; en: string } }[] };

const flat = (text: string) => text.replace(/\s+/g, "");

async function problem(res: Response): Promise<Problem> {
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}

/** General purpose flags and names of a ZIP's central directory (APPNOTE.TXT 4.3.12). */
function centralDirectory(zip: Uint8Array): { flags: number; madeBy: number; name: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    out.push({
      madeBy: view.getUint8(at + 5),
      flags: view.getUint16(at + 8, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe("POST /v1/batches (ten creditors)", () => {
  let zip: Uint8Array;
  let zipResponse: Response;
  let merged: Uint8Array;
  let mergedResponse: Response;
  let files: Record<string, Uint8Array>;
  let names: string[];

  beforeAll(async () => {
    zipResponse = await postJson("/v1/batches", tenCreditorBatch());
    zip = new Uint8Array(await zipResponse.clone().arrayBuffer());
    mergedResponse = await postJson("/v1/batches", tenCreditorBatch(), { accept: "application/pdf" });
    merged = new Uint8Array(await mergedResponse.clone().arrayBuffer());
    files = zipResponse.status === 200 ? unzipSync(zip) : {};
    names = Object.keys(files);
  });

  it("answers a ZIP by default, with a UTF-8 Chinese download name", () => {
    expect(zipResponse.status).toBe(200);
    expect(zipResponse.headers.get("content-type")).toBe("application/zip");
    expect(zipResponse.headers.get("content-disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("书函批量信函_张三_10封.zip")}`,
    );
    expect(zipResponse.headers.get("content-length")).toBe(String(zip.byteLength));
    expect(zipResponse.headers.get("cache-control")).toBe("no-store");
  });

  it("holds one PDF per creditor, in order, named NN_creditor_title.pdf", () => {
    expect(names).toEqual(
      CREDITORS.map(
        (c, i) =>
          `${String(i + 1).padStart(2, "0")}_${c.name}_${titleOf(c)}.pdf`,
      ),
    );
    for (const name of names) expect(new TextDecoder("latin1").decode(files[name].subarray(0, 5))).toBe("%PDF-");
  });

  it("flags every UTF-8 name (APPNOTE bit 11) and stores the PDFs without recompressing them", () => {
    const entries = centralDirectory(zip);
    expect(entries.map((e) => e.name)).toEqual(names);
    for (const entry of entries) {
      expect(entry.flags & 0x0800).toBe(0x0800);
      expect(entry.madeBy).toBe(3); // Unix: Info-ZIP unzip honours bit 11 only then
    }
    // Stored: the archive is the PDFs plus headers (30 + 46 bytes + two copies of each name, + 22).
    const payload = Object.values(files).reduce((n, f) => n + f.byteLength, 0);
    const headers = names.reduce((n, name) => n + 76 + 2 * new TextEncoder().encode(name).byteLength, 22);
    expect(zip.byteLength).toBe(payload + headers);
  });

  it("lists with the system unzip under their Chinese names", () => {
    const which = spawnSync("unzip", ["-v"], { encoding: "utf8" });
    if (which.error) return; // no unzip on this machine: fflate's reading above stands
    const dir = mkdtempSync(join(tmpdir(), "shuhan-zip-"));
    try {
      writeFileSync(join(dir, "batch.zip"), zip);
      const listed = spawnSync("unzip", ["-l", join(dir, "batch.zip")], { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
      expect(listed.status).toBe(0);
      for (const name of names) expect(listed.stdout).toContain(name);
      const tested = spawnSync("unzip", ["-tq", join(dir, "batch.zip")], { encoding: "utf8" });
      expect(tested.stdout).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("each PDF names its creditor and the amount owed to it", () => {
    CREDITORS.forEach((creditor, i) => {
      const text = flat(pdfToText(files[names[i]]));
      expect(text).toContain(creditor.name);
      expect(text).toContain(creditor.total);
      expect(text).toContain("张三");
      // No other creditor's letter leaks into this one.
      for (const other of CREDITORS) if (other !== creditor && !creditor.name.includes(other.name)) expect(text).not.toContain(other.total);
    });
  });

  it("as one merged PDF: every letter's pages, each letter starting on a new page with its title", () => {
    expect(mergedResponse.status).toBe(200);
    expect(mergedResponse.headers.get("content-type")).toBe("application/pdf");
    expect(mergedResponse.headers.get("content-disposition")).toContain(encodeURIComponent("书函批量信函_张三_10封.pdf"));
    const counts = names.map((name) => pdfPageCount(files[name]));
    expect(pdfPageCount(merged)).toBe(counts.reduce((a, b) => a + b, 0));
    let first = 1;
    CREDITORS.forEach((creditor, i) => {
      const page = flat(pdfToText(merged, { first, last: first }));
      const title = titleOf(creditor);
      expect(page.startsWith(title), `page ${first} opens letter ${i + 1}`).toBe(true);
      expect(page).toContain(creditor.name);
      first += counts[i];
    });
  });

  it("merged: the fonts draw exactly as in the single letters (pixel for pixel)", () => {
    // With no system fonts, poppler draws only what is embedded: a wrong subset after copying would differ.
    const counts = names.map((name) => pdfPageCount(files[name]));
    const checks = [0, 4, 9]; // the first letter, a deferral request, the last letter
    for (const i of checks) {
      const start = 1 + counts.slice(0, i).reduce((a, b) => a + b, 0);
      const alone = renderPageGray(files[names[i]], 1, 60);
      const inBatch = renderPageGray(merged, start, 60);
      expect(inBatch.width).toBe(alone.width);
      expect(Buffer.from(inBatch.pixels).equals(Buffer.from(alone.pixels)), `letter ${i + 1}`).toBe(true);
    }
  });

  it("merged: embedded subsets have distinct names, metadata names the batch, and qpdf finds no error", () => {
    const fonts = pdfFonts(merged);
    expect(fonts.length).toBeGreaterThanOrEqual(CREDITORS.length);
    for (const font of fonts) expect(font).toMatchObject({ emb: true, sub: true, uni: true });
    expect(new Set(fonts.map((f) => f.name)).size).toBe(fonts.length);
    const info = pdfInfo(merged);
    expect(info.Title).toBe("书函批量信函（张三，10封）");
    expect(info.Author).toBe("张三");
    expect(qpdfCheck(merged).ok).toBe(true);
  });
});

describe("POST /v1/batches: validation before rendering", () => {
  /** An app whose font loader counts how often rendering began. */
  function countingApp() {
    const counter = { renders: 0 };
    const app = createApp({
      fontLoader: () => {
        counter.renders++;
        return nodeFontLoader;
      },
      now: () => FIXED_NOW,
    });
    const post = (body: unknown) =>
      app.request("/v1/batches", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { counter, post };
  }

  it("answers one 422 naming items.2.… and items.7.…, and renders nothing", async () => {
    const { counter, post } = countingApp();
    const body = tenCreditorBatch();
    body.items[2].plan.months = 61;
    body.items[7].debt.principal = "12.345";
    delete body.items[7].lender.name;
    const res = await post(body);
    expect(res.status).toBe(422);
    const p = await problem(res);
    expect(p.code).toBe("INVALID_BODY");
    expect(p.errors.map((e) => e.path)).toEqual(["items.2.plan.months", "items.7.lender.name", "items.7.debt.principal"]);
    for (const e of p.errors) {
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
    expect(counter.renders).toBe(0);
  });

  it(`answers 422 past ${MAX_BATCH_ITEMS} items`, async () => {
    const { counter, post } = countingApp();
    const body = tenCreditorBatch();
    body.items = Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => body.items[i % 10]);
    const res = await post(body);
    expect(res.status).toBe(422);
    const p = await problem(res);
    expect(p.errors).toEqual([expect.objectContaining({ path: "items", code: "TOO_MANY" })]);
    expect(counter.renders).toBe(0);
  });

  it("answers 422 for an empty list", async () => {
    const res = await postJson("/v1/batches", { ...tenCreditorBatch(), items: [] });
    expect((await problem(res)).errors).toEqual([expect.objectContaining({ path: "items", code: "TOO_FEW" })]);
  });

  it("names a problem in a shared field once, at its own path", async () => {
    const body = tenCreditorBatch();
    body.borrower.idNumber = "110105194912310021"; // wrong check digit
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors.map((e) => e.path)).toEqual(["borrower.idNumber"]);
  });

  it("names an overridden shared field under its item", async () => {
    const body = tenCreditorBatch();
    body.items[4].hardship = { reasons: [] };
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors.map((e) => e.path)).toEqual(["items.4.hardship.reasons"]);
  });

  it("puts a letter's own date checks under the item (firstPaymentDate before the letter date)", async () => {
    const body = tenCreditorBatch();
    body.items[3].plan.firstPaymentDate = "2026-01-15";
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors.map((e) => e.path)).toEqual(["items.3.plan.firstPaymentDate"]);
  });

  it("checks each item against its own letter type: fields of another type are unknown, its own are required", async () => {
    const body = tenCreditorBatch();
    body.items[0].deferral = { months: 3 }; // an installment item
    delete body.items[4].deferral; // a deferral item
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors.map((e) => [e.path, e.code])).toEqual([
      ["items.0.deferral", "UNKNOWN_FIELD"],
      ["items.4.deferral", "REQUIRED"],
    ]);
  });

  it("rejects unknown fields at the top and in items, and an unknown type", async () => {
    const body = tenCreditorBatch();
    body.signature = "x";
    body.items[1].colour = "red";
    body.items[2].type = "love-letter";
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors.map((e) => e.path)).toEqual(["signature", "items.1.colour", "items.2.type"]);
  });

  it("asks for a type when neither the batch nor the item gives one", async () => {
    const body = tenCreditorBatch();
    delete body.type;
    body.items = [body.items[0], body.items[4]];
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors).toEqual([expect.objectContaining({ path: "items.0.type", code: "REQUIRED" })]);
  });

  it("refuses prototype-polluting keys", async () => {
    const res = await postJson("/v1/batches", '{"borrower":{"name":"张三"},"items":[{"lender":{"name":"x"},"__proto__":{"a":1}}]}');
    const p = await problem(res);
    expect(p.errors).toEqual([expect.objectContaining({ path: "items.0.__proto__", code: "FORBIDDEN_KEY" })]);
  });

  it("names characters the fonts cannot draw, under the item", async () => {
    const body = tenCreditorBatch();
    body.items[6].lender.name = "某某银行😀";
    const p = await problem(await postJson("/v1/batches", body));
    expect(p.errors).toEqual([expect.objectContaining({ path: "items.6.lender.name", code: "UNDRAWABLE_CHARACTERS" })]);
  });
});

describe("POST /v1/batches: the request", () => {
  const small = () => {
    const body = tenCreditorBatch();
    body.items = body.items.slice(0, 2);
    return body;
  };

  it("has its own body limit: 512 KB (a single letter's is 64 KB)", async () => {
    const padded = JSON.stringify(small()).replace("{", `{${" ".repeat(200 * 1024)}`);
    expect((await postJson("/v1/batches", padded)).status).toBe(200);
    const tooBig = JSON.stringify(small()).replace("{", `{${" ".repeat(512 * 1024)}`);
    const res = await postJson("/v1/batches", tooBig);
    expect(res.status).toBe(413);
    expect((await problem(res)).code).toBe("BODY_TOO_LARGE");
  });

  it("answers 415 for another media type and 400 for malformed JSON", async () => {
    const res = await testApp.request("/v1/batches", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
    expect(res.status).toBe(415);
    expect((await postJson("/v1/batches", "{not json")).status).toBe(400);
  });

  it("chooses the format by ?format= over Accept, and refuses an unknown format", async () => {
    const pdf = await postJson("/v1/batches?format=pdf", small(), { accept: "application/zip" });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const zip = await postJson("/v1/batches?format=zip", small(), { accept: "application/pdf" });
    expect(zip.headers.get("content-type")).toBe("application/zip");
    const ranked = await postJson("/v1/batches", small(), { accept: "application/zip;q=0.5, application/pdf" });
    expect(ranked.headers.get("content-type")).toBe("application/pdf");
    expect((await postJson("/v1/batches?format=docx", small())).status).toBe(400);
  });

  it("mixes letter types, giving each only the shared fields its type takes", async () => {
    const res = await testApp.request("/v1/batches/example");
    const example = (await res.json()) as { items: { type: string }[]; hardship?: unknown };
    // One item per registered type (the first three among them; others are added).
    expect(example.items.map((i) => i.type)).toEqual(letterTypes.map((t) => t.id));
    expect(example.items.map((i) => i.type)).toEqual(expect.arrayContaining(["installment-request", "deferral-request", "collection-objection"]));
    expect(example.hardship).toBeDefined(); // shared, but the collection objection takes none
    const out = await postJson("/v1/batches", example);
    expect(out.status).toBe(200);
    const files = unzipSync(new Uint8Array(await out.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toHaveLength(example.items.length);
    const objection = example.items.findIndex((i) => i.type === "collection-objection");
    expect(names[objection]).toMatch(new RegExp(`^${String(objection + 1).padStart(2, "0")}_.+_关于停止不当催收行为的告知函\\.pdf$`));
    expect(flat(pdfToText(files[names[objection]]))).toContain("关于停止不当催收行为的告知函");
  });

  it("serves the batch body's JSON Schema: strict, at most 50 items", async () => {
    const res = await testApp.request("/v1/batches/schema");
    const schema = (await res.json()) as any;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["borrower", "items"]));
    expect(schema.properties.items).toMatchObject({ type: "array", minItems: 1, maxItems: MAX_BATCH_ITEMS });
    expect(schema.properties.items.items.additionalProperties).toBe(false);
    expect(schema.properties.items.items.required).toEqual(["lender"]);
    expect(Object.keys(schema.properties.items.items.properties)).toEqual(
      expect.arrayContaining(["type", "lender", "account", "debt", "plan", "deferral", "incidents", "collector", "demands"]),
    );
    expect(schema.properties.items.items.properties.borrower).toBeUndefined();
  });
});
