/**
 * The Worker's startup warm-up (src/warm-up.ts, issue 13): it typesets a letter in two tiny font subsets and
 * then empties every cache it filled, so that no letter is ever drawn with a warm-up glyph. Checked the way
 * a recipient would notice: every example letter, in both scripts, rendered after a warm-up is the same
 * PDF, byte for byte, as rendered in an isolate that never warmed up, and reads the same text.
 */
import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { letterTypes } from "../src/letters";
import { clearSharedGlyphs, exampleClock, prepareLetter, renderPdf } from "../src/pipeline";
import { clearFontCache, glyphData, glyphId, locate, parseTrueType, type TrueTypeFont } from "../src/render/fonts";
import { nodeFontLoader } from "../src/render/fonts/node-loader";
import { WARM_UP_CHARACTERS, WARM_UP_FONTS } from "../src/render/fonts/warm-up-fonts";
import { clearPieceCaches } from "../src/render/pdf/piece-cache";
import { warmUp } from "../src/warm-up";
import { pdfToText } from "./helpers/pdf-tools";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function renderExamples(): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const type of letterTypes) {
    for (const locale of ["zh-Hans", "zh-Hant"]) {
      const body: Record<string, unknown> = { ...structuredClone(type.example as Record<string, unknown>), locale };
      // As of the example's own date (some examples' deadlines are relative to it).
      out.set(`${type.id} ${locale}`, await renderPdf(prepareLetter(type, body, { now: exampleClock(body) }), nodeFontLoader));
    }
  }
  return out;
}

describe("the startup warm-up", () => {
  it("changes no byte of any letter rendered after it", async () => {
    // This file's module state is fresh: the warm-up runs first, as in a new isolate, and with the clock a
    // Worker's global scope has (1970-01-01: it only advances with I/O).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(0);
    try {
      expect(await warmUp(2)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const afterWarmUp = await renderExamples();
    // The state of an isolate that never warmed up: every cache empty.
    clearFontCache();
    clearPieceCaches();
    clearSharedGlyphs();
    const withoutWarmUp = await renderExamples();
    expect(afterWarmUp.size).toBe(2 * letterTypes.length);
    for (const [name, pdf] of afterWarmUp) expect(sha256(pdf), name).toBe(sha256(withoutWarmUp.get(name)!));
    // …and those are real letters, not the warm-up's substitute characters.
    const text = pdfToText(afterWarmUp.get("installment-request zh-Hans")!);
    const example = letterTypes.find((t) => t.id === "installment-request")!.example as { lender: { name: string } };
    expect(text).toContain(example.lender.name);
    expect(text).toContain("分期");
  });

  it("can run again after letters were rendered, and they still render the same", async () => {
    const before = await renderExamples();
    expect(await warmUp()).toBe(true);
    const after = await renderExamples();
    for (const [name, pdf] of before) expect(sha256(pdf), name).toBe(sha256(after.get(name)!));
  });

  it("carries subsets of the shipped faces: the same outlines as the fonts letters are drawn with", async () => {
    const shippedFiles = new Map<string, TrueTypeFont>();
    for (const face of ["body", "bold"] as const) {
      const warm = parseTrueType(inflateSync(Buffer.from(WARM_UP_FONTS[face], "base64")), `warm-up ${face}`);
      const differing: string[] = [];
      for (const ch of WARM_UP_CHARACTERS) {
        const cp = ch.codePointAt(0)!;
        expect(glyphId(warm, cp), `${face} ${ch}`).not.toBe(0);
        const file = locate(face, cp)!.file; // the tier file a letter draws the character from
        if (!shippedFiles.has(file)) shippedFiles.set(file, parseTrueType(await nodeFontLoader(file), file));
        const shipped = shippedFiles.get(file)!;
        const a = glyphData(warm, glyphId(warm, cp));
        const b = glyphData(shipped, glyphId(shipped, cp));
        if (warm.advances[glyphId(warm, cp)] !== shipped.advances[glyphId(shipped, cp)]) differing.push(`${ch} advance`);
        // A composite glyph names its components by glyph id, which differ between subsets.
        const composite = a.length >= 2 && (a[0] << 8 | a[1]) >= 0x8000;
        // (Records are compared padded to 4 bytes: subsets pad them differently.)
        const padded = (r: Uint8Array) => Buffer.concat([Buffer.from(r), Buffer.alloc(((r.length + 3) & ~3) - r.length)]);
        if (!composite && !padded(a).equals(padded(b))) differing.push(ch);
      }
      expect(differing, face).toEqual([]);
    }
  });
});
