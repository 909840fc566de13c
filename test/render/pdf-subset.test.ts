/**
 * The pieces of the font path that real Noto Serif SC never exercises: composite glyphs (the shipped
 * fonts have none) and ToUnicode range limits. A synthetic font built from two real glyphs and two
 * composites checks that components follow their parents into the subset with renumbered indices,
 * and pdftoppm (no system fonts) draws the composite.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { glyphData, glyphId, parseTrueType, type FontSet, type TrueTypeFont } from "../../src/render/fonts";
import { writePdf } from "../../src/render/pdf";
import { toUnicodeCMap } from "../../src/render/pdf/to-unicode";
import { subsetTrueType } from "../../src/render/pdf/truetype-subset";
import { subsetTag } from "../../src/render/pdf/subset-tag";
import type { LayoutDocument } from "../../src/render/types";
import { inkInBox, parseToUnicode, pdfFonts, pdfToText, qpdfCheck, renderPageGray } from "../helpers/pdf-tools";

const ONE = 0x4e00; // 一
const LINE = 0x4e28; // 丨
const TEN = 0x5341; // 十: composite of 一 and 丨
const EARTH = 0x571f; // 土: composite of (十 scaled) — nested

/** Big-endian bytes. */
const u16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];

function compositeGlyph(bbox: number[], components: { gid: number; dx: number; dy: number; scale?: number }[]) {
  const bytes = [...u16(0xffff), ...bbox.flatMap((v) => u16(v & 0xffff))];
  components.forEach((c, i) => {
    // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, MORE_COMPONENTS except on the last, WE_HAVE_A_SCALE.
    const flags = 0x0001 | 0x0002 | (i < components.length - 1 ? 0x0020 : 0) | (c.scale ? 0x0008 : 0);
    bytes.push(...u16(flags), ...u16(c.gid), ...u16(c.dx & 0xffff), ...u16(c.dy & 0xffff));
    if (c.scale) bytes.push(...u16(Math.round(c.scale * 0x4000)));
  });
  return new Uint8Array(bytes);
}

/** Glyphs: 0 .notdef, 1 一, 2 丨 (copied from the real font), 3 十 = 1 + 2, 4 土 = 3 scaled + 1. */
function syntheticFont(base: TrueTypeFont): TrueTypeFont {
  const one = glyphData(base, glyphId(base, ONE));
  const line = glyphData(base, glyphId(base, LINE));
  const records = [
    glyphData(base, 0),
    one,
    line,
    compositeGlyph([50, -80, 950, 830], [
      { gid: 1, dx: 0, dy: 0 },
      { gid: 2, dx: 0, dy: 0 },
    ]),
    compositeGlyph([50, -80, 950, 830], [
      { gid: 3, dx: 250, dy: 300, scale: 0.5 },
      { gid: 1, dx: 0, dy: -300 },
    ]),
  ];
  const starts = new Uint32Array(records.length + 1);
  records.forEach((r, i) => (starts[i + 1] = starts[i] + r.length));
  const glyf = new Uint8Array(starts[records.length]);
  records.forEach((r, i) => glyf.set(r, starts[i]));
  const bmp = new Uint16Array(0x10000);
  bmp[ONE] = 1;
  bmp[LINE] = 2;
  bmp[TEN] = 3;
  bmp[EARTH] = 4;
  const tables = new Map(base.tables);
  const maxp = base.tables.get("maxp")!.slice();
  maxp.set(u16(2), 28); // maxComponentElements
  maxp.set(u16(2), 30); // maxComponentDepth
  tables.set("maxp", maxp);
  return {
    ...base,
    file: "synthetic.ttf",
    tables,
    numGlyphs: records.length,
    cmap: { bmp, astral: new Map(), size: 4 },
    advances: Uint16Array.from([1000, 1000, 1000, 1000, 1000]),
    leftSideBearings: Int16Array.from([0, 0, 0, 50, 50]),
    glyphStarts: starts,
    glyf,
  };
}

let font: TrueTypeFont;
beforeAll(() => {
  const base = parseTrueType(readFileSync(new URL("../../fonts/NotoSerifSC-Regular.common.ttf", import.meta.url)), "common");
  font = syntheticFont(base);
});

describe("subsetTrueType with composite glyphs", () => {
  it("pulls in components (recursively), renumbers them and copies simple glyphs exactly", () => {
    const subset = subsetTrueType([
      { font, gid: 0 },
      { font, gid: 4, unicode: EARTH },
    ]);
    // 0 .notdef, 1 土 (old 4), then its components in first-seen order: 2 十 (old 3), 3 一 (old 1), 4 丨 (old 2).
    expect(subset.numGlyphs).toBe(5);
    const out = parseTrueType(subset.bytes, "subset");
    const components = (gid: number) => {
      const g = glyphData(out, gid);
      const ids: number[] = [];
      for (let p = 10; ; ) {
        const flags = (g[p] << 8) | g[p + 1];
        ids.push((g[p + 2] << 8) | g[p + 3]);
        p += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : 0);
        if (!(flags & 0x20)) return ids;
      }
    };
    expect(components(1)).toEqual([2, 3]);
    expect(components(2)).toEqual([3, 4]);
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b.subarray(0, a.length))) === 0;
    expect(same(glyphData(font, 1), glyphData(out, 3))).toBe(true);
    expect(same(glyphData(font, 2), glyphData(out, 4))).toBe(true);
    expect(glyphId(out, EARTH)).toBe(1);
    expect(glyphId(out, ONE)).toBe(0); // a component is not a drawn character: not in the subset's cmap
  });

  it("numbers a glyph used both directly and as a component once, as a component", () => {
    const subset = subsetTrueType([
      { font, gid: 0 },
      { font, gid: 1, unicode: ONE },
      { font, gid: 3, unicode: TEN },
    ]);
    // 十's components: 一 is already glyph 1; only 丨 is added.
    expect(subset.numGlyphs).toBe(4);
    const out = parseTrueType(subset.bytes, "subset");
    const g = glyphData(out, 2);
    expect([(g[12] << 8) | g[13], (g[20] << 8) | g[21]]).toEqual([1, 3]);
  });

  it("is drawn by a real renderer (pdftoppm, no system fonts) through the PDF writer", async () => {
    const fonts: FontSet = {
      glyph: (cp, face) => ({ face, font, gid: font.cmap.bmp[cp] }),
      advance: () => 1,
      postScriptName: () => "Synthetic-Regular",
    };
    const layout: LayoutDocument = {
      geometry: { width: 300, height: 200, margin: { top: 20, right: 20, bottom: 20, left: 20 } },
      pages: [{ number: 1, items: [{ kind: "text", x: 50, y: 80, size: 48, face: "body", text: "十土", charSpacing: 12 }] }],
    };
    const pdf = await writePdf(layout, fonts, { title: "composite", author: "test", language: "zh-CN" });
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(pdfFonts(pdf)[0]).toMatchObject({ emb: true, sub: true, uni: true });
    expect(pdfToText(pdf).trim()).toBe("十土");
    const image = renderPageGray(pdf, 1, 72);
    // 十: the horizontal stroke of 一 and the vertical of 丨 cross near the cell's centre.
    expect(inkInBox(image, 200, { x0: 60, x1: 90, y0: 95, y1: 110 })).toBeGreaterThan(0);
    expect(inkInBox(image, 200, { x0: 70, x1: 80, y0: 85, y1: 120 })).toBeGreaterThan(0);
    // 土 (second cell, from x = 50 + 48 + 12): ink in the cell.
    expect(inkInBox(image, 200, { x0: 112, x1: 156, y0: 70, y1: 125 })).toBeGreaterThan(20);
  });
});

describe("toUnicodeCMap", () => {
  it("round-trips BMP runs, single characters and supplementary-plane characters", () => {
    const unicodes: (number | undefined)[] = [undefined];
    for (let cp = 0x4e00; cp < 0x4e00 + 300; cp++) unicodes.push(cp); // long run: crosses CID high bytes
    unicodes.push(0x20, 0x3000, 0xff01, 0x2b5af, 0x2c317, 0x10000, 0x10ffff);
    for (let i = 0; i < 250; i++) unicodes.push(0x8000 + 3 * i); // 250 singles: more than one 100-entry block
    unicodes.push(undefined, 0x41);
    const cmap = toUnicodeCMap(unicodes);
    const parsed = parseToUnicode(cmap);
    unicodes.forEach((cp, cid) => {
      if (cp === undefined) expect(parsed.has(cid)).toBe(false);
      else expect(parsed.get(cid)).toBe(String.fromCodePoint(cp));
    });
    expect(cmap).toContain("<D86D><DDAF>".replace("><", "")); // U+2B5AF as a surrogate pair
  });

  it("keeps each bfrange within one CID high byte and one destination low byte, and blocks ≤ 100", () => {
    const unicodes: (number | undefined)[] = [undefined];
    for (let cp = 0x4ef0; cp < 0x4ef0 + 600; cp++) unicodes.push(cp);
    const cmap = toUnicodeCMap(unicodes);
    for (const m of cmap.matchAll(/<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4})>/g)) {
      const [lo, hi, dst] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
      expect(lo >> 8).toBe(hi >> 8);
      expect((dst & 0xff) + (hi - lo)).toBeLessThanOrEqual(0xff);
    }
    for (const m of cmap.matchAll(/(\d+) begin(bfrange|bfchar)/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
  });
});

describe("subsetTag", () => {
  it("is six uppercase letters, stable for a glyph set and different for another", () => {
    const a = subsetTag([{ font, gid: 0 }, { font, gid: 1, unicode: ONE }]);
    expect(a).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag([{ font, gid: 0 }, { font, gid: 1, unicode: ONE }])).toBe(a);
    expect(subsetTag([{ font, gid: 0 }, { font, gid: 2, unicode: LINE }])).not.toBe(a);
  });
});
