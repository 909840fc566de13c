import { describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, PDFDict } from "pdf-lib";
import { adler32, adler32Combine, deflatePiece, zlibFromPieces } from "../../src/render/pdf/deflate";

/** The PDF writer's own pieces in workerd: node:zlib with a dictionary and sync flush, and reproducible bytes. */
describe("PDFs in workerd", () => {
  it("deflates in pieces that inflate to the whole, with the combined Adler-32", () => {
    const a = new TextEncoder().encode("甲乙丙丁 the quick brown fox ".repeat(400));
    const b = new TextEncoder().encode("the quick brown fox jumps 甲乙丙丁 ".repeat(400));
    const whole = new Uint8Array(a.length + b.length);
    whole.set(a);
    whole.set(b, a.length);
    const primed = deflatePiece(b, 6, a);
    expect(primed.bytes.length).toBeLessThan(deflatePiece(b, 6).bytes.length);
    const stream = zlibFromPieces([deflatePiece(a, 1), primed]);
    expect(new Uint8Array(inflateSync(stream))).toEqual(whole);
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(whole));
  });

  it("gives the same letter the same bytes twice, with the fonts' glyph pieces cached in between", async () => {
    const example = await (await exports.default.fetch("http://x/v1/letters/deferral-request/example")).text();
    const post = async () =>
      new Uint8Array(
        await (
          await exports.default.fetch("http://x/v1/letters/deferral-request", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: example,
          })
        ).arrayBuffer(),
      );
    const first = await post();
    const second = await post();
    expect(second).toEqual(first);
    // The font program inflates (its Adler-32 checked by inflateSync) to a TrueType file.
    const doc = await PDFDocument.load(first);
    const fontFiles = [...doc.context.enumerateIndirectObjects()]
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFRawStream => obj instanceof PDFRawStream && obj.dict.has(PDFName.of("Length1")));
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const file of fontFiles) {
      const font = new Uint8Array(inflateSync(file.getContents()));
      expect(font.length).toBe(Number((file.dict as PDFDict).get(PDFName.of("Length1"))?.toString()));
      expect([...font.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    }
  });
});
