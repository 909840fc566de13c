/**
 * The font system: the manifest decides drawability and which tier files to load; loading is cached per
 * isolate as a promise; advances come from hmtx with the bold → body fallback; the shipped tier files
 * hold exactly the source font's outlines.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeEach, describe, expect, it } from "vitest";
import { ShuhanError } from "../../src/errors";
import {
  clearFontCache,
  faceTiers,
  findUndrawable,
  glyphData,
  glyphId,
  loadFontSet,
  locate,
  parseTrueType,
  type FontFileLoader,
  FontFormatError,
} from "../../src/render/fonts";
import { nodeFontLoader } from "../../src/render/fonts/node-loader";
import { adler32 } from "../../src/render/pdf/deflate";
import type { FaceId } from "../../src/render/types";

const require = createRequire(import.meta.url);
const sourceFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`);
const cps = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));
const usage = (body: string, bold = "") =>
  new Map<FaceId, Set<number>>([
    ["body", cps(body)],
    ["bold", cps(bold)],
  ]);

/** A loader that records what it was asked for. */
function spyLoader(inner: FontFileLoader = nodeFontLoader) {
  const calls: string[] = [];
  const loader: FontFileLoader = (name) => {
    calls.push(name);
    return inner(name);
  };
  return { loader, calls };
}

const GB2312_LETTER = "尊敬的招商银行信用卡中心：本人因失业，现申请分期还款，首付￥1,000.00元。（附件：证明）";

beforeEach(() => clearFontCache());

describe("findUndrawable (manifest only)", () => {
  it("names characters no shipped font has: beyond Extension A, emoji, private use", () => {
    expect(findUndrawable(String.fromCodePoint(0x20bb7, 0x1f600, 0xe000, 0x4e00))).toEqual([0x20bb7, 0x1f600, 0xe000]);
  });

  it("keeps first-seen order without repeats; line breaks and tabs are not undrawable", () => {
    expect(findUndrawable(String.fromCodePoint(0x1f600, 0x20bb7, 0x1f600))).toEqual([0x1f600, 0x20bb7]);
    expect(findUndrawable("第一行\r\n\t第二行")).toEqual([]);
    expect(findUndrawable("\u0007")).toEqual([0x07]);
  });

  it("covers GB 18030's required BMP repertoire: URO, Extension A, CJK punctuation, full-width forms, ASCII", () => {
    const required: number[] = [];
    const add = (a: number, b: number) => {
      for (let cp = a; cp <= b; cp++) required.push(cp);
    };
    add(0x20, 0x7e); // printable ASCII, with U+0020
    add(0x3000, 0x303f); // with U+3000 ideographic space
    add(0x3400, 0x4dbf);
    add(0x4e00, 0x9fff);
    add(0xff01, 0xff5e);
    add(0xffe0, 0xffe6);
    expect(findUndrawable(String.fromCodePoint(...required))).toEqual([]);
  });

  it("puts GB 2312 level 1 and Shuhan's own text in the core tier, level 2 in common, Big5 常用字 in hant, the rest in extended", () => {
    expect(locate("body", "中".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "，".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "A".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "璐".codePointAt(0)!)?.name).toBe("common"); // GB 2312 level 2, in names
    // Level 2, but the letters print it (借呗, 深圳): core.
    expect(locate("body", "呗".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "圳".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "㎡".codePointAt(0)!)?.name).toBe("common");
    expect(locate("body", "龍".codePointAt(0)!)?.name).toBe("hant");
    // Traditional characters Shuhan's own zh-Hant text prints are core, so a zh-Hant letter needs no hant tier.
    expect(locate("body", "書".codePointAt(0)!)?.name).toBe("core");
    expect(locate("body", "䶮".codePointAt(0)!)?.name).toBe("extended");
    expect(locate("body", "喆".codePointAt(0)!)?.name).toBe("extended");
    expect(locate("bold", "龍".codePointAt(0)!)).toMatchObject({ face: "bold", name: "hant" });
    // Bold's core is Shuhan's own text: a level-1 hanzi no template prints in bold is in bold's common tier.
    expect(locate("bold", "中".codePointAt(0)!)).toMatchObject({ face: "bold", name: "core" });
    expect(locate("bold", "璐".codePointAt(0)!)).toMatchObject({ face: "bold", name: "common" });
    // Bold has no extended tier: the regular glyph stands in.
    expect(locate("bold", "䶮".codePointAt(0)!)).toMatchObject({ face: "body", name: "extended" });
  });
});

describe("loadFontSet", () => {
  it("loads only the core tiers for a letter in GB 2312's level-1 hanzi", async () => {
    const { loader, calls } = spyLoader();
    await loadFontSet(usage(GB2312_LETTER, "个性化分期还款申请书"), loader);
    expect(calls.sort()).toEqual(["NotoSerifSC-Bold.core.ttf", "NotoSerifSC-Regular.core.ttf"]);
  });

  it("adds the common tier of the face that draws a level-2 hanzi (a name: 王璐)", async () => {
    const { loader, calls } = spyLoader();
    await loadFontSet(usage(`${GB2312_LETTER}王璐`, "个性化分期还款申请书"), loader);
    expect(calls.sort()).toEqual(["NotoSerifSC-Bold.core.ttf", "NotoSerifSC-Regular.common.ttf", "NotoSerifSC-Regular.core.ttf"]);
  });

  it("adds the extended tier only when a character needs it, and the hant tier for 常用繁體字", async () => {
    const { loader, calls } = spyLoader();
    await loadFontSet(usage(`${GB2312_LETTER}䶮`), loader);
    expect(calls.sort()).toEqual(["NotoSerifSC-Regular.core.ttf", "NotoSerifSC-Regular.extended.ttf"]);
    clearFontCache();
    const zhHant = spyLoader();
    await loadFontSet(usage("尊敬的銀行：本人申請分期還款。陳龍", "個人化分期還款申請書（陳龍）"), zhHant.loader);
    expect(zhHant.calls.sort()).toEqual([
      "NotoSerifSC-Bold.core.ttf",
      "NotoSerifSC-Bold.hant.ttf",
      "NotoSerifSC-Regular.core.ttf",
      "NotoSerifSC-Regular.hant.ttf",
    ]);
  });

  it("rejects undrawable characters with a 422 naming each one, before loading anything", async () => {
    const { loader, calls } = spyLoader();
    const error = await loadFontSet(usage("吉𠮷😀\ue000吉", "标题😀"), loader).catch((e) => e);
    expect(error).toBeInstanceOf(ShuhanError);
    expect(error).toMatchObject({ status: 422, code: "UNDRAWABLE_CHARACTERS" });
    expect(error.detail.en).toContain("𠮷 (U+20BB7)");
    expect(error.detail.en).toContain("😀 (U+1F600)");
    expect(error.detail.zh).toContain("(U+E000)");
    expect(error.errors.map((e: { message: { en: string } }) => e.message.en)).toEqual([
      "the fonts cannot draw 𠮷 (U+20BB7)",
      "the fonts cannot draw 😀 (U+1F600)",
      "the fonts cannot draw \ue000 (U+E000)",
    ]);
    expect(error.errors.every((e: { path: string; code: string }) => e.path === "" && e.code === "UNDRAWABLE_CHARACTERS")).toBe(true);
    expect(calls).toEqual([]);
  });

  it("shares one load between concurrent requests and parses each file once per isolate", async () => {
    const { loader, calls } = spyLoader();
    await Promise.all([loadFontSet(usage("中文"), loader), loadFontSet(usage("汉字"), loader)]);
    await loadFontSet(usage("再来"), loader);
    expect(calls).toEqual(["NotoSerifSC-Regular.core.ttf"]);
  });

  it("drops a failed load from the cache, so the next request retries", async () => {
    let fail = true;
    const { loader, calls } = spyLoader((name) => (fail ? Promise.reject(new Error("asset fetch failed")) : nodeFontLoader(name)));
    await expect(loadFontSet(usage("中文"), loader)).rejects.toThrow("asset fetch failed");
    fail = false;
    const fonts = await loadFontSet(usage("中文"), loader);
    expect(fonts.advance(0x4e2d, "body")).toBe(1);
    expect(calls).toEqual(["NotoSerifSC-Regular.core.ttf", "NotoSerifSC-Regular.core.ttf"]);
  });

  it("throws a plain error when asked to measure a character whose tier was not loaded", async () => {
    const fonts = await loadFontSet(usage("中文"), nodeFontLoader);
    expect(() => fonts.advance("䶮".codePointAt(0)!, "body")).toThrow(/Regular\.extended\.ttf, which was not loaded/);
  });
});

describe("Metrics.advance", () => {
  const regular = parseTrueType(readFileSync(sourceFile("400Regular")), "source regular");
  const bold = parseTrueType(readFileSync(sourceFile("700Bold")), "source bold");
  const em = (font: typeof regular, cp: number) => font.advances[glyphId(font, cp)] / font.unitsPerEm;

  it("returns the source font's hmtx advance in em, per face", async () => {
    const text = "中文 Wim 0123，。“”《》￥—…　䶮書";
    const fonts = await loadFontSet(usage(text, text), nodeFontLoader);
    for (const cp of cps(text)) {
      expect(fonts.advance(cp, "body")).toBe(em(regular, cp));
      const expectedBold = locate("bold", cp)!.face === "bold" ? em(bold, cp) : em(regular, cp);
      expect(fonts.advance(cp, "bold")).toBe(expectedBold);
    }
    // Latin widths really differ between the faces, so the per-face lookup is being exercised.
    expect(fonts.advance(0x57, "bold")).not.toBe(fonts.advance(0x57, "body"));
    expect(fonts.advance(0x20, "body")).toBeGreaterThan(0);
    expect(fonts.advance(0x3000, "body")).toBe(1);
  });
});

describe("shipped font files", () => {
  it("hold exactly the manifest's code points, each with the source font's outline bytes and advance", () => {
    for (const [face, weight] of [
      ["body", "400Regular"],
      ["bold", "700Bold"],
    ] as const) {
      const source = parseTrueType(readFileSync(sourceFile(weight)), weight);
      const tiers = faceTiers(face).map((tier) => ({ tier, font: parseTrueType(readFileSync(new URL(`../../fonts/${tier.file}`, import.meta.url)), tier.file) }));
      for (const { tier, font } of tiers) {
        expect(font.unitsPerEm).toBe(source.unitsPerEm);
        expect(font.tables.has("glyf")).toBe(true);
        // The licence entry (name ID 13) travels with every file (OFL 1.1 §2).
        expect(Buffer.from(font.tables.get("name")!).includes(Buffer.from("SIL Open Font License", "utf16le").swap16())).toBe(true);
        let mismatches = 0;
        let compared = 0;
        const candidates = [...Array(0x10000).keys(), ...source.cmap.astral.keys(), 0x20bb7, 0x1f600];
        for (const cp of candidates) {
          const gid = glyphId(font, cp);
          const listed = locate(face, cp);
          const here = listed?.face === face && listed.file === tier.file;
          if (here !== (gid !== 0)) mismatches++;
          if (!gid) continue;
          compared++;
          const sourceGid = glyphId(source, cp);
          const a = glyphData(source, sourceGid);
          const b = glyphData(font, gid);
          if (Buffer.compare(a.subarray(0, b.length), b) !== 0 || a.length - b.length >= 4) mismatches++;
          if (source.advances[sourceGid] !== font.advances[gid]) mismatches++;
        }
        expect(mismatches, `${tier.file}`).toBe(0);
        expect(compared).toBe(font.cmap.size);
        expect(compared).toBeGreaterThan(1500);
      }
    }
  });
});

describe("the shipped fonts' SHIX index (scripts/build-fonts.mjs)", () => {
  const files = ["NotoSerifSC-Regular.core.ttf", "NotoSerifSC-Bold.common.ttf", "NotoSerifSC-Bold.hant.ttf", "NotoSerifSC-Regular.extended.ttf"];
  /** The same file with the index's tag renamed, so that parseTrueType reads cmap, hmtx and loca itself. */
  const withoutIndex = (bytes: Uint8Array) => {
    const copy = bytes.slice();
    const dv = new DataView(copy.buffer);
    for (let i = 0; i < dv.getUint16(4); i++) {
      const rec = 12 + 16 * i;
      if (String.fromCharCode(...copy.subarray(rec, rec + 4)) === "SHIX") copy.set([0x58], rec); // "XHIX"
    }
    return copy;
  };
  const same = (a: ArrayBufferView, b: ArrayBufferView) =>
    Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

  it.each(files)("%s: the index is read as views of the file and agrees with cmap, hmtx and loca", (file) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../fonts/${file}`, import.meta.url)));
    const fast = parseTrueType(bytes, file);
    const slow = parseTrueType(withoutIndex(bytes), file);
    expect(fast.glyphAdlers).toBeDefined();
    expect(slow.glyphAdlers).toBeUndefined();
    expect(fast.advances.buffer).toBe(bytes.buffer); // a view, not a copy
    expect(fast.cmap.size).toBe(slow.cmap.size);
    expect(same(fast.cmap.bmp, slow.cmap.bmp)).toBe(true);
    expect([...fast.cmap.astral]).toEqual([...slow.cmap.astral]);
    expect(same(fast.advances, slow.advances)).toBe(true);
    expect(same(fast.leftSideBearings, slow.leftSideBearings)).toBe(true);
    expect(same(fast.glyphStarts, slow.glyphStarts)).toBe(true);
    // Each glyph's checksum and Adler-32, as the PDF writer combines them for its glyph chunks.
    const bad: number[] = [];
    for (let gid = 0; gid < fast.numGlyphs; gid++) {
      const record = glyphData(fast, gid);
      const padded = new Uint8Array((record.length + 3) & ~3);
      padded.set(record);
      const dv = new DataView(padded.buffer);
      let sum = 0;
      for (let p = 0; p < padded.length; p += 4) sum = (sum + dv.getUint32(p)) >>> 0;
      if (sum !== fast.glyphChecksums![gid] || adler32(padded) !== fast.glyphAdlers![gid]) bad.push(gid);
    }
    expect(bad).toEqual([]);
  });
});

describe("parseTrueType", () => {
  it("refuses CFF-flavoured and truncated files with a clear error", () => {
    const otto = new Uint8Array(64);
    otto.set([0x4f, 0x54, 0x54, 0x4f]);
    expect(() => parseTrueType(otto, "x.otf")).toThrow(FontFormatError);
    expect(() => parseTrueType(new Uint8Array(8), "short.ttf")).toThrow(/too short/);
  });

  it("refuses a file whose loca runs backwards (what a corrupt subset looks like)", () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../fonts/NotoSerifSC-Regular.hant.ttf", import.meta.url)));
    const font = parseTrueType(bytes, "ok");
    const loca = font.tables.get("loca")!;
    const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
    view.setUint32(4 * 5, view.getUint32(4 * 7)); // glyph 5 starts after glyph 6
    expect(() => parseTrueType(bytes, "bad.ttf")).toThrow(/loca not ascending/);
  });
});
