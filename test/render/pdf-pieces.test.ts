/**
 * The font program deflated in pieces (src/render/pdf/deflate.ts, font-file.ts): pieces concatenate into
 * one valid zlib stream whose Adler-32 is combined without rereading the data; a piece compressed against
 * the bytes before it is only valid after exactly those bytes; the shared glyphs of a kind of document are
 * ordered first and their compressed chunks reused, and the result still draws every glyph exactly.
 */
import { randomBytes } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { adler32, adler32Combine, concatParts, deflatePiece, zlibFromPieces } from "../../src/render/pdf/deflate";
import { fontFileStream, type GlyphPiece } from "../../src/render/pdf/font-file";
import { planGlyphs, SHARED_CHUNK, type SharedGlyphs } from "../../src/render/pdf/glyph-plan";
import { PieceCache, clearPieceCaches, fontPieces, tablePieces } from "../../src/render/pdf/piece-cache";
import { glyphRecords, planSubset, subsetTrueType } from "../../src/render/pdf/truetype-subset";
import type { DocumentMeta } from "../../src/render/types";
import { extractEmbeddedFonts, pdfToText, type LineSpec } from "../helpers/pdf-tools";
import { blankCells, checkEmbeddedGlyphs, expectReaderChecks, renderLines, usageOf } from "./pdf-checks";
import { loadFontSet } from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { typesetLines } from "../helpers/pdf-tools";

const bytes = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
};
/** zlib's own Adler-32: the last four bytes of its stream. */
const zlibAdler = (data: Uint8Array) => new DataView(deflateSync(data).buffer).getUint32(deflateSync(data).length - 4);

describe("adler32 and adler32Combine", () => {
  it("agree with zlib on short, long and all-0xFF inputs", () => {
    for (const data of [new Uint8Array(0), bytes("Wikipedia"), randomBytes(100_000), new Uint8Array(70_000).fill(0xff)])
      expect(adler32(data)).toBe(zlibAdler(data));
    expect(adler32(bytes("Wikipedia"))).toBe(0x11e60398); // the worked example of RFC 1950's checksum
  });

  it("combine the checksums of two parts into that of the whole, at any split", () => {
    const data = randomBytes(200_000);
    for (const split of [0, 1, 3800, 65_521, 65_522, 131_042, 199_999, 200_000]) {
      const a = data.subarray(0, split);
      const b = data.subarray(split);
      expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(data));
    }
  });
});

describe("zlibFromPieces", () => {
  const a = bytes("甲乙丙丁".repeat(200) + "the quick brown fox ".repeat(300));
  const b = bytes("the quick brown fox jumps over 甲乙丙丁 ".repeat(300));

  it("concatenates pieces into one stream that inflates (checksum verified) to the concatenated data", () => {
    const stream = zlibFromPieces([deflatePiece(a, 6), deflatePiece(b, 1), deflatePiece(new Uint8Array(0), 6)]);
    // inflateSync checks the Adler-32 trailer: a wrong combination throws "incorrect data check".
    expect(Buffer.compare(inflateSync(stream), Buffer.from(concat(a, b)))).toBe(0);
    expect(() => inflateSync(zlibFromPieces([deflatePiece(a, 6), { ...deflatePiece(b, 6), adler: 1 }]))).toThrow(/data check/);
  });

  it("lets a piece reach back into the one before it through a dictionary, valid only after those bytes", () => {
    const alone = deflatePiece(b, 6);
    const primed = deflatePiece(b, 6, a);
    expect(primed.bytes.length).toBeLessThan(alone.bytes.length);
    expect(Buffer.compare(inflateSync(zlibFromPieces([deflatePiece(a, 6), primed])), Buffer.from(concat(a, b)))).toBe(0);
    // After other bytes of the same length the back-references land elsewhere: wrong data, or an error.
    const other = bytes("x".repeat(a.length));
    let decoded: Buffer | undefined;
    try {
      decoded = inflateSync(zlibFromPieces([deflatePiece(other, 6), primed]));
    } catch {}
    expect(decoded && Buffer.compare(decoded, Buffer.from(concat(other, b))) === 0).toBeFalsy();
  });

  it("uses only the last 32 KB of a longer dictionary, as an inflater's window does", () => {
    const long = concat(randomBytes(40_000), a);
    const piece = deflatePiece(b, 6, long);
    expect(Buffer.compare(inflateSync(zlibFromPieces([deflatePiece(long, 1), piece])), Buffer.from(concat(long, b)))).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

const META: DocumentMeta = { title: "分片压缩", author: "测试", language: "zh-CN", creationDate: new Date("2026-11-23T04:00:00Z") };

/** About 400 distinct GB 2312 hanzi in four rows of the table, with punctuation. */
const COMMON = (() => {
  const decoder = new TextDecoder("gb2312");
  let s = "";
  for (let row = 0xb0; row < 0xb5; row++) for (let col = 0xa1; col < 0xff; col++) s += decoder.decode(new Uint8Array([row, col]));
  return s + "，。、：；（）";
})();
const lines = (s: string) => [...s].reduce<string[]>((out, ch, i) => (i % 30 ? (out[out.length - 1] += ch) : out.push(ch), out), []);
const shared: SharedGlyphs = new Map([["body", [...COMMON].map((c) => c.codePointAt(0)!)]]);

describe("shared glyphs first, in cached chunks", () => {
  beforeEach(() => clearPieceCaches());

  it("orders the shared characters first (by code point), then the document's own, and cuts chunks at fixed shared positions", async () => {
    const own = "鑫犇淼";
    const text = [...COMMON].reverse().join("") + own;
    const fonts = await loadFontSet(usageOf([text]), nodeFontLoader);
    const { layout } = typesetLines(lines(text), fonts);
    const [face] = planGlyphs(layout, fonts, shared).faces;
    const sharedCps = [...COMMON].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
    expect(face.codePoints).toEqual([...sharedCps, ...[...own].map((c) => c.codePointAt(0)!).sort((a, b) => a - b)]);
    expect(face.chunks.map((c) => c.end)).toEqual([
      ...Array.from({ length: Math.ceil(sharedCps.length / SHARED_CHUNK) }, (_, i) => Math.min(sharedCps.length, (i + 1) * SHARED_CHUNK) + 1),
      face.glyphs.length,
    ]);
    // A document without one shared character: the chunks before it keep their contents and ends.
    const missing = String.fromCodePoint(sharedCps[SHARED_CHUNK + 5]);
    const fewer = text.replace(missing, "");
    const { layout: layout2 } = typesetLines(lines(fewer), fonts);
    const [face2] = planGlyphs(layout2, fonts, shared).faces;
    expect(face2.chunks[0].end).toBe(face.chunks[0].end);
    expect(face2.chunks[1].end).toBe(face.chunks[1].end - 1);
  });

  it("deflates a chunk once per isolate: a second document with the same shared glyphs reuses every chunk", async () => {
    const first = await renderLines(lines(COMMON + "鑫"), META, { pdf: { shared } });
    const afterFirst = fontPieces.stats();
    expect(afterFirst.misses).toBe(Math.ceil([...COMMON].length / SHARED_CHUNK) + 1);
    // Same characters in another order plus another character of its own: only the own chunk is new.
    const second = await renderLines(lines([...COMMON].reverse().join("") + "淼"), META, { pdf: { shared } });
    expect(fontPieces.stats().misses).toBe(afterFirst.misses + 1);
    expect(fontPieces.stats().hits).toBe(afterFirst.hits + afterFirst.misses - 1);
    for (const r of [first, second]) {
      expectReaderChecks(r.pdf, ["NotoSerifSC-Regular"]);
      expect((await checkEmbeddedGlyphs(r.pdf)).problems).toEqual([]);
    }
  });

  it("draws a document whose glyphs are all in cached chunks exactly, and the same as with a cold cache", async () => {
    await renderLines(lines(COMMON), META, { pdf: { shared } });
    const misses = fontPieces.stats().misses;
    const tableMisses = tablePieces.stats().misses;
    const text = [...COMMON].reverse().join("");
    const warm = await renderLines(lines(text), META, { pdf: { shared } });
    // Nothing deflated but the per-document first piece and the content stream: glyf, hmtx, loca, the
    // source's tables and the ToUnicode mappings all come from the cache.
    expect(fontPieces.stats().misses).toBe(misses);
    expect(tablePieces.stats().misses).toBe(tableMisses);
    expect(tablePieces.stats().hits).toBeGreaterThan(0);
    expect(pdfToText(warm.pdf).replace(/\s/g, "")).toBe(text);
    const { problems, glyphs } = await checkEmbeddedGlyphs(warm.pdf);
    expect(problems).toEqual([]);
    expect(glyphs).toBe([...COMMON].length);
    expect(blankCells(warm, 72)).toEqual([]);
    clearPieceCaches();
    const cold = await renderLines(lines(text), META, { pdf: { shared } });
    expect(Buffer.compare(Buffer.from(cold.pdf), Buffer.from(warm.pdf))).toBe(0);
  });

  it("keeps every glyph drawing when the shared order differs from code point order, across tier files and faces", async () => {
    const spec: (string | LineSpec)[] = [
      { text: "个性化分期还款申请书䶮", face: "bold", size: 18 }, // 䶮: bold lacks it, drawn by the body font
      ...lines("本人因失业申请分期还款，鑫犇淼（附件）"),
      "𫖯乂㐀", // extended tier, beyond the BMP and Extension A
    ];
    const order: SharedGlyphs = new Map([
      ["body", [...("还款申请淼𫖯䶮（）")].map((c) => c.codePointAt(0)!)],
      ["bold", [...("申请书䶮")].map((c) => c.codePointAt(0)!)],
    ]);
    const r = await renderLines(spec, META, { pdf: { shared: order } });
    expectReaderChecks(r.pdf, ["NotoSerifSC-Bold", "NotoSerifSC-Regular"]);
    const fonts = await extractEmbeddedFonts(r.pdf);
    const body = fonts.find((f) => f.baseFont.endsWith("Regular"))!;
    // The shared characters the document draws come first, in code point order (䶮 was asked for in bold).
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((cid) => body.toUnicode.get(cid))).toEqual(["䶮", "款", "淼", "申", "请", "还", "（", "）"]);
    expect(body.toUnicode.get(9)).toBe("𫖯");
    const { problems } = await checkEmbeddedGlyphs(r.pdf);
    expect(problems).toEqual([]);
    expect(blankCells(r)).toEqual([]);
  });
});

describe("fontFileStream", () => {
  it("writes the same font file as subsetTrueType, whatever the chunking and cache state", async () => {
    const fonts = await loadFontSet(usageOf([COMMON]), nodeFontLoader);
    const { layout } = typesetLines(lines(COMMON), fonts);
    const [face] = planGlyphs(layout, fonts, shared).faces;
    const whole = subsetTrueType(face.glyphs).bytes;
    const cache = new PieceCache<GlyphPiece>(1 << 20);
    const plan = planSubset(face.glyphs);
    for (const chunks of [face.chunks, [{ end: face.glyphs.length, own: true }], face.chunks]) {
      const file = fontFileStream(plan, chunks, cache);
      expect(file.length1).toBe(whole.length);
      expect(Buffer.compare(inflateSync(concatParts(file.parts)), Buffer.from(whole))).toBe(0);
    }
    // The last pass hits every non-empty chunk (the document has no characters of its own).
    expect(face.chunks.at(-1)!.end).toBe(face.chunks.at(-2)!.end);
    expect(cache.stats().hits).toBe(face.chunks.length - 1);
    expect(glyphRecords(plan, 0, plan.numGlyphs).length).toBe(plan.glyfLength);
  });

  it("evicts the least recently used pieces beyond its budget", () => {
    const cache = new PieceCache(100);
    const piece = (n: number) => () => ({ bytes: new Uint8Array(n), adler: 1, length: 0 });
    cache.get("a", piece(40));
    cache.get("b", piece(40));
    cache.get("a", piece(40)); // a is now the most recent
    cache.get("c", piece(40)); // over budget: b goes
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 80, hits: 1, misses: 3 });
    cache.get("a", piece(40));
    cache.get("b", piece(40));
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 4 });
  });
});
