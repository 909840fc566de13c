import { describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";
import { unzipSync } from "fflate";
import { PDFDocument, PDFName } from "pdf-lib";

/** The batch route inside workerd: fflate and pdf-lib's page copying in the runtime users deploy. */
describe("POST /v1/batches in workerd", () => {
  async function exampleBatch() {
    return (await (await exports.default.fetch("http://x/v1/batches/example")).json()) as { items: unknown[] };
  }

  it("answers a ZIP of PDFs named by creditor", async () => {
    const body = await exampleBatch();
    const res = await exports.default.fetch("http://x/v1/batches", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    expect(names).toHaveLength(body.items.length);
    expect(names[0]).toMatch(/^01_.+_个性化分期还款申请书\.pdf$/);
    for (const name of names) expect(new TextDecoder("latin1").decode(files[name].subarray(0, 5))).toBe("%PDF-");
  });

  it("answers one merged PDF with Accept: application/pdf", async () => {
    const res = await exports.default.fetch("http://x/v1/batches", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/pdf" },
      body: JSON.stringify(await exampleBatch()),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const merged = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(merged.getPageCount()).toBeGreaterThanOrEqual(3);
    expect(merged.getTitle()).toMatch(/^书函批量信函/);
    expect(merged.catalog.get(PDFName.of("Outlines"))).toBeDefined();
  });

  it("answers 422 naming the item", async () => {
    const body = (await exampleBatch()) as { items: Record<string, any>[] };
    body.items[1].deferral.months = 99;
    const res = await exports.default.fetch("http://x/v1/batches", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(["items.1.deferral.months"]);
  });
});
