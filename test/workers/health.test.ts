import { describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";

describe("the Worker in workerd", () => {
  it("GET /healthz answers ok", async () => {
    const res = await exports.default.fetch("http://x/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it.each(["installment-request", "deferral-request", "collection-objection"])(
    "renders the %s example to a PDF with fonts read from Static Assets",
    async (type) => {
      const example = await (await exports.default.fetch(`http://x/v1/letters/${type}/example`)).json();
      const res = await exports.default.fetch(`http://x/v1/letters/${type}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(example),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = new TextDecoder("latin1").decode(bytes);
      expect(text.startsWith("%PDF-")).toBe(true);
      expect(text).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSerifSC/);
      expect(bytes.byteLength).toBeLessThan(200_000);
    },
  );

  it("answers 422 problem+json for an undrawable character, never a 500", async () => {
    const example = (await (await exports.default.fetch("http://x/v1/letters/installment-request/example")).json()) as any;
    example.borrower.name = "张😀";
    const res = await exports.default.fetch("http://x/v1/letters/installment-request", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(example),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
