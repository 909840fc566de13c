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
      const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
      const tail = new TextDecoder("latin1").decode(bytes.subarray(-32));
      expect(head.startsWith("%PDF-")).toBe(true);
      expect(tail).toContain("%%EOF");
      // An embedded CJK subset weighs tens of KB: a PDF without fonts would be a few KB.
      expect(bytes.byteLength).toBeGreaterThan(20_000);
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
