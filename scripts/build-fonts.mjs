#!/usr/bin/env node
/**
 * Builds the font files Shuhan embeds (`npm run fonts`): Noto Serif SC Regular (body) and Bold (titles),
 * split into tiers so that the usual letter never loads the whole 15 MB face.
 *
 *   core      what nearly every letter draws, so that an isolate's first letter fetches 2.1 + 0.9 MB, not
 *             3.7 + 3.7 (the fetch was the largest cost of that letter in workerd, issue 13): ASCII, Latin
 *             (pinyin), general punctuation, mathematical operators, CJK symbols and punctuation,
 *             full-width forms, the GB 2312 symbol rows, every hanzi Shuhan's own text prints in either
 *             script (呗, 圳, 請 …: templates, letter modules, labels, page numbers) and, in the body face,
 *             GB 2312's 3,755 level-1 hanzi (次常用 level 2 is the rarer half) for the borrower's words.
 *   common    the rest of GB 2312 and of the font below U+2E80 (Greek, Cyrillic, symbols), kana, bopomofo,
 *             enclosed CJK, CJK compatibility (㎡): in the body face mostly the level-2 hanzi of names
 *             and rare words; in bold, whatever a letter sets in bold that is not Shuhan's own text.
 *   hant      the Big5 level-1 常用字 (5,401) that GB 2312 lacks (2,073), less those Shuhan prints (in
 *             core): what a zh-Hant letter needs, so that it does not pull in the extended tier either.
 *   extended  everything else the face has (the rest of URO U+4E00–9FFF, Extension A, …). Regular only:
 *             a bold character outside common/hant falls back to the regular glyph at run time.
 *
 * Each tier is a HarfBuzz subset (subset-font, wasm) that keeps TrueType glyf outlines, the name table's
 * copyright/licence entries (IDs 0–6, 13, 14; OFL 1.1 §2 asks that the licence travel with the font) and
 * drops what a typesetter without shaping never reads (GSUB/GPOS/GDEF/BASE, vertical metrics, STAT).
 * The output is deterministic: same inputs, same bytes (checked by hashing in fonts/manifest.json).
 *
 * Each file also carries a private table, 'SHIX' (see `indexTable` below): the cmap, hmtx and loca the runtime
 * needs, laid out as little-endian typed arrays, plus each glyph's checksum and Adler-32, so that an isolate
 * reads them as views of the file instead of parsing (parseTrueType in src/render/fonts/truetype.ts). It
 * is never copied into a PDF's subset.
 *
 * Writes fonts/*.ttf, fonts/OFL.txt, fonts/manifest.json (a readable summary: files, hashes, counts per
 * Unicode block, uncovered code points) and src/render/fonts/manifest-data.ts (the exact code point ranges
 * of every tier, packed, bundled with the Worker so that undrawable characters are found and the tiers to
 * load are chosen without reading any font file).
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";

const require = createRequire(import.meta.url);
const subsetFont = require("subset-font");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = dirname(require.resolve("@expo-google-fonts/noto-serif-sc/package.json"));
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
const fontsDir = join(root, "fonts");

const SOURCES = {
  body: { file: "400Regular/NotoSerifSC_400Regular.ttf", psName: "NotoSerifSC-Regular", tiers: ["core", "common", "hant", "extended"] },
  bold: { file: "700Bold/NotoSerifSC_700Bold.ttf", psName: "NotoSerifSC-Bold", tiers: ["core", "common", "hant"] },
};
/** HarfBuzz subset options for every file (the tiers and the warm-up subsets). */
const SUBSET_OPTIONS = {
  targetFormat: "truetype",
  keepFeatures: [], // no shaping: a code point maps to one glyph through cmap
  noLayoutClosure: true,
  preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14], // copyright, names, licence text and URL
  dropTables: ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "STAT", "DSIG", "gasp"],
};
/** When a face lacks a character, draw it with this face instead (bold → regular). */
const FALLBACK = { bold: "body" };

// ---------------------------------------------------------------------------------------------
// Minimal sfnt reading (the runtime parser is TypeScript; this script stays plain Node).

function tableDirectory(bytes) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = {};
  for (let i = 0, n = dv.getUint16(4); i < n; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    tables[tag] = { offset: dv.getUint32(rec + 8), length: dv.getUint32(rec + 12) };
  }
  return { dv, tables };
}

/** Unicode → glyph id from the format 12 subtable (OpenType spec, cmap §"Format 12"). */
function readCmap(bytes) {
  const { dv, tables } = tableDirectory(bytes);
  const c = tables.cmap.offset;
  const map = new Map();
  for (let i = 0, n = dv.getUint16(c + 2); i < n; i++) {
    const sub = c + dv.getUint32(c + 8 + 8 * i);
    const format = dv.getUint16(sub);
    if (format === 12) {
      for (let g = 0, ng = dv.getUint32(sub + 12); g < ng; g++) {
        const start = dv.getUint32(sub + 16 + 12 * g), end = dv.getUint32(sub + 20 + 12 * g);
        const gid = dv.getUint32(sub + 24 + 12 * g);
        for (let cp = start; cp <= end; cp++) map.set(cp, gid + cp - start);
      }
    } else if (format === 4) {
      const segX2 = dv.getUint16(sub + 6);
      const ends = sub + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ros = deltas + segX2;
      for (let s = 0; s < segX2; s += 2) {
        const start = dv.getUint16(starts + s), end = dv.getUint16(ends + s);
        const delta = dv.getUint16(deltas + s), ro = dv.getUint16(ros + s);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let gid;
          if (ro === 0) gid = (cp + delta) & 0xffff;
          else {
            gid = dv.getUint16(ros + s + ro + 2 * (cp - start));
            if (gid) gid = (gid + delta) & 0xffff;
          }
          if (gid && !map.has(cp)) map.set(cp, gid);
        }
      }
    }
  }
  return map;
}

/** The glyf bytes of a glyph (OpenType spec, loca: offsets of glyph i and i+1). */
function glyphReader(bytes) {
  const { dv, tables } = tableDirectory(bytes);
  const long = dv.getInt16(tables.head.offset + 50) === 1;
  const loca = tables.loca.offset, glyf = tables.glyf.offset;
  const at = (i) => (long ? dv.getUint32(loca + 4 * i) : 2 * dv.getUint16(loca + 2 * i));
  return (gid) => bytes.subarray(glyf + at(gid), glyf + at(gid + 1));
}

/** Outline comparison that ignores composite component ids (the subset renumbers glyphs) and padding. */
function sameOutline(a, b) {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const dv = new DataView(a.buffer, a.byteOffset, a.byteLength);
  if (dv.getInt16(0) >= 0) {
    // Simple glyph: HarfBuzz copies it byte for byte, less any trailing pad bytes.
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
    return Math.abs(a.length - b.length) < 4;
  }
  // Composite glyph: same header and same component records apart from the glyph index (bytes 2–3).
  if (a.length !== b.length) return false;
  for (let i = 0; i < 10; i++) if (a[i] !== b[i]) return false;
  let p = 10;
  for (;;) {
    const flags = dv.getUint16(p);
    const size = 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    for (let i = 0; i < size; i++) if (i !== 2 && i !== 3 && a[p + i] !== b[p + i]) return false;
    p += size;
    if (!(flags & 0x20)) return true;
  }
}

// ---------------------------------------------------------------------------------------------
// The SHIX index table: what the runtime reads of a font, as little-endian typed arrays.
//
//   header (80 bytes, uint32 little-endian): 'SHIX', version 1, numGlyphs, cmap size (code points), the sum
//   of loca's bytes read as little-endian uint16 (mod 2^32: the runtime checks that loca still agrees with
//   the index), 0, then 7 × (offset, length) of the sections, offsets from the table start, each 4-aligned:
//     0 bmp      Uint16 × 65536      code point → glyph id (0: none)
//     1 astral   Uint32 × 2n         (code point, glyph id) beyond the BMP, sorted
//     2 advances Uint16 × numGlyphs  hmtx advance of every glyph (the last long metric repeated)
//     3 lsb      Int16 × numGlyphs   hmtx left side bearing
//     4 starts   Uint32 × numGlyphs+1 byte offset of every glyph in glyf (loca, long)
//     5 sums     Uint32 × numGlyphs  OpenType checksum of the glyph's record padded to 4 bytes
//     6 adlers   Uint32 × numGlyphs  Adler-32 of the padded record

const INDEX_TAG = "SHIX";
const INDEX_SECTIONS = 7;
const INDEX_HEADER = 24 + 8 * INDEX_SECTIONS;

function adler32(bytes) {
  let a = 1, b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function checksum(bytes) {
  let sum = 0;
  for (let p = 0; p < bytes.length; p += 4)
    sum = (sum + (((bytes[p] << 24) | ((bytes[p + 1] ?? 0) << 16) | ((bytes[p + 2] ?? 0) << 8) | (bytes[p + 3] ?? 0)) >>> 0)) >>> 0;
  return sum;
}

/** The SHIX table of a TrueType file. */
function indexTable(bytes) {
  const { dv, tables } = tableDirectory(bytes);
  const numGlyphs = dv.getUint16(tables.maxp.offset + 4);
  const numberOfHMetrics = dv.getUint16(tables.hhea.offset + 34);
  const long = dv.getInt16(tables.head.offset + 50) === 1;
  const cmap = readCmap(bytes);
  const bmp = new Uint16Array(0x10000);
  const astral = [];
  for (const [cp, gid] of cmap) {
    if (gid === 0) continue;
    if (cp <= 0xffff) bmp[cp] = gid;
    else astral.push([cp, gid]);
  }
  astral.sort((x, y) => x[0] - y[0]);
  const advances = new Uint16Array(numGlyphs);
  const lsb = new Int16Array(numGlyphs);
  const hmtx = tables.hmtx.offset;
  for (let g = 0; g < numGlyphs; g++) {
    advances[g] = g < numberOfHMetrics ? dv.getUint16(hmtx + 4 * g) : advances[numberOfHMetrics - 1];
    lsb[g] = g < numberOfHMetrics ? dv.getInt16(hmtx + 4 * g + 2) : dv.getInt16(hmtx + 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics));
  }
  const starts = new Uint32Array(numGlyphs + 1);
  const loca = tables.loca.offset;
  for (let g = 0; g <= numGlyphs; g++) starts[g] = long ? dv.getUint32(loca + 4 * g) : 2 * dv.getUint16(loca + 2 * g);
  const sums = new Uint32Array(numGlyphs);
  const adlers = new Uint32Array(numGlyphs);
  const glyf = tables.glyf.offset;
  for (let g = 0; g < numGlyphs; g++) {
    const length = starts[g + 1] - starts[g];
    const padded = new Uint8Array((length + 3) & ~3);
    padded.set(bytes.subarray(glyf + starts[g], glyf + starts[g + 1]));
    sums[g] = checksum(padded);
    adlers[g] = adler32(padded);
  }
  const sections = [
    new Uint8Array(bmp.buffer),
    new Uint8Array(Uint32Array.from(astral.flat()).buffer),
    new Uint8Array(advances.buffer),
    new Uint8Array(lsb.buffer),
    new Uint8Array(starts.buffer),
    new Uint8Array(sums.buffer),
    new Uint8Array(adlers.buffer),
  ];
  let size = INDEX_HEADER;
  const offsets = sections.map((section) => {
    const at = size;
    size += (section.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = INDEX_TAG.charCodeAt(i);
  view.setUint32(4, 1, true);
  view.setUint32(8, numGlyphs, true);
  view.setUint32(12, cmap.size, true);
  let locaSum = 0;
  for (let p = 0; p < tables.loca.length; p += 2) locaSum = (locaSum + dv.getUint16(loca + p, true)) >>> 0;
  view.setUint32(16, locaSum, true);
  sections.forEach((section, i) => {
    view.setUint32(24 + 8 * i, offsets[i], true);
    view.setUint32(28 + 8 * i, section.length, true);
    out.set(section, offsets[i]);
  });
  return out;
}

/** The sfnt with `extra` tables added (or replaced): directory sorted by tag, checksums, checkSumAdjustment. */
function withTables(bytes, extra) {
  const { dv, tables } = tableDirectory(bytes);
  const data = new Map(Object.entries(tables).map(([tag, { offset, length }]) => [tag, bytes.slice(offset, offset + length)]));
  for (const [tag, table] of Object.entries(extra)) data.set(tag, table);
  const tags = [...data.keys()].sort();
  const numTables = tags.length;
  let size = 12 + 16 * numTables;
  for (const tag of tags) size += (data.get(tag).length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, dv.getUint32(0));
  view.setUint16(4, numTables);
  const entrySelector = Math.floor(Math.log2(numTables));
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * numTables - 16 * 2 ** entrySelector);
  let offset = 12 + 16 * numTables;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const table = data.get(tag);
    if (tag === "head") table.fill(0, 8, 12); // checkSumAdjustment is computed over the file with it zeroed
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    view.setUint32(rec + 4, checksum(table));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, table.length);
    out.set(table, offset);
    if (tag === "head") headAt = offset;
    offset += (table.length + 3) & ~3;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** A font file with its SHIX index (re)built. */
const indexed = (bytes) => withTables(bytes, { [INDEX_TAG]: indexTable(bytes) });

// ---------------------------------------------------------------------------------------------
// Character repertoires.

const span = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Decodes every two-byte code of a legacy charset (WHATWG TextDecoder; Node 22 has full ICU). */
function decodeCharset(encoding, leads, trails) {
  const decoder = new TextDecoder(encoding);
  const out = new Set();
  for (const lead of leads)
    for (const trail of trails) {
      const chars = [...decoder.decode(new Uint8Array([lead, trail]))];
      if (chars.length !== 1) continue;
      const cp = chars[0].codePointAt(0);
      if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) continue; // unassigned / GBK private-use slots
      out.add(cp);
    }
  return out;
}

const isUnifiedIdeograph = (cp) => cp >= 0x4e00 && cp <= 0x9fff;
// GB 2312 rows 01–09 (symbols) and 16–87 (hanzi); GBK-only cells in rows 01–09 are a few vertical forms.
const gb2312 = decodeCharset("gb2312", span(0xa1, 0xf7), span(0xa1, 0xfe));
const gb2312Hanzi = [...gb2312].filter(isUnifiedIdeograph);
// Big5 level 1 常用國字: lead bytes A4–C6 (A440–C67E).
const big5Level1 = [...decodeCharset("big5", span(0xa4, 0xc6), [...span(0x40, 0x7e), ...span(0xa1, 0xfe)])].filter(
  isUnifiedIdeograph,
);
if (gb2312Hanzi.length !== 6763) throw new Error(`GB 2312 should have 6763 hanzi, got ${gb2312Hanzi.length}`);
if (big5Level1.length !== 5401) throw new Error(`Big5 level 1 should have 5401 hanzi, got ${big5Level1.length}`);

const big5Level1Set = new Set(big5Level1);

const COMMON_BLOCKS = [
  [0x0020, 0x2e7f], // ASCII, Latin-1, Latin Extended (pinyin ā á ǎ), Greek, Cyrillic, general punctuation, symbols
  [0x3000, 0x312f], // CJK symbols and punctuation, hiragana, katakana, bopomofo (all in GB 2312)
  [0x3200, 0x33ff], // enclosed CJK letters (㈠), CJK compatibility (㎡ ㎏)
  [0xfe10, 0xfe1f], // vertical forms (GBK row A6)
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // full-width forms (，０Ａ￥)
];
const inBlocks = (cp, blocks) => blocks.some(([a, b]) => cp >= a && cp <= b);
/** The blocks of the core tier (besides the GB 2312 symbol rows and its hanzi, see `core` below). */
const CORE_BLOCKS = [
  [0x0020, 0x024f], // ASCII, Latin-1, Latin Extended-A/B (pinyin ā á ǎ)
  [0x2000, 0x206f], // general punctuation
  [0x2200, 0x22ff], // mathematical operators (HarfBuzz also keeps the bidi mirror of ∈ ≌ …, so the block is whole)
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0xff00, 0xffef], // full-width forms
];
const gb2312Level1 = decodeCharset("gb2312", span(0xb0, 0xd7), span(0xa1, 0xfe));
if ([...gb2312Level1].filter(isUnifiedIdeograph).length !== 3755) throw new Error("GB 2312 level 1 should have 3755 hanzi");

/**
 * The hanzi Shuhan's own text prints: every template (both scripts, as precompiled), the letter modules' and
 * labels' sources and the layout's (page numbers: 页 頁). A type added later with a rarer character loads
 * the common or hant tier for it until the fonts are rebuilt: slower, never wrong.
 */
function printedHanzi() {
  execFileSync(process.execPath, [join(root, "scripts/precompile-templates.mjs")], { stdio: "ignore" });
  const files = [join(root, "src/templates.gen.ts")];
  for (const dir of ["letters", "text", "render/layout"])
    for (const f of readdirSync(join(root, "src", dir))) if (f.endsWith(".ts") && !f.endsWith(".gen.ts")) files.push(join(root, "src", dir, f));
  const out = new Set();
  for (const file of files) for (const ch of readFileSync(file, "utf8").match(/[\u3400-\u9fff]/gu) ?? []) out.add(ch.codePointAt(0));
  return out;
}
const printed = printedHanzi();

const TIER_RULES = {
  // Bold draws only Shuhan's own text (titles, headings, table heads and the bold totals come from the
  // templates and view models), so its core is that text's hanzi; the body's also holds level 1 for the
  // borrower's own words. Both take the hanzi either script prints, so that a zh-Hant letter needs no hant tier.
  core: (cp, face) =>
    printed.has(cp) ||
    (isUnifiedIdeograph(cp)
      ? face === "body" && gb2312Level1.has(cp)
      : gb2312.has(cp) || inBlocks(cp, CORE_BLOCKS)),
  common: (cp) => inBlocks(cp, COMMON_BLOCKS) || gb2312.has(cp),
  hant: (cp) => big5Level1Set.has(cp),
  extended: () => true,
};

/** Code points a letter must be able to draw (design.md: GB 18030's required repertoire, in BMP). */
const REQUIRED = [
  ["printable ASCII", 0x20, 0x7e],
  ["CJK symbols and punctuation", 0x3000, 0x303f],
  ["CJK Unified Ideographs Extension A", 0x3400, 0x4dbf],
  ["CJK Unified Ideographs", 0x4e00, 0x9fff],
  ["full-width ASCII", 0xff01, 0xff5e],
  ["full-width symbols (￠￡￢￣￤￥￦)", 0xffe0, 0xffe6],
];

// ---------------------------------------------------------------------------------------------
// Helpers for the manifest.

function toRanges(sorted) {
  const ranges = [];
  for (const cp of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}
const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
/**
 * Ranges as a flat array of (gap, extra) pairs: a range starts `gap` code points after the previous range's
 * end and spans `extra` more. Small numbers, so the literal stays small; V8 parses a numeric array
 * literal when the module loads, in C++, where decoding a packed string cost a cold isolate milliseconds.
 */
function packRanges(ranges) {
  let prev = -1;
  return ranges.flatMap(([a, b]) => {
    const pair = [a - prev - 1, b - a];
    prev = b;
    return pair;
  });
}

/** Unicode blocks, for the readable per-tier summary in fonts/manifest.json. */
const BLOCKS = [
  [0x0000, 0x007f, "Basic Latin"], [0x0080, 0x00ff, "Latin-1 Supplement"], [0x0100, 0x024f, "Latin Extended-A/B"],
  [0x0250, 0x036f, "IPA, spacing modifiers, combining marks"], [0x0370, 0x03ff, "Greek"], [0x0400, 0x04ff, "Cyrillic"],
  [0x0500, 0x1fff, "other alphabets"], [0x2000, 0x206f, "General Punctuation"], [0x2070, 0x2e7f, "symbols"],
  [0x2e80, 0x2fdf, "CJK and Kangxi radicals"], [0x2fe0, 0x2fff, "Ideographic Description"],
  [0x3000, 0x303f, "CJK Symbols and Punctuation"], [0x3040, 0x30ff, "Kana"], [0x3100, 0x31ff, "Bopomofo, Hangul compat., strokes"],
  [0x3200, 0x33ff, "Enclosed CJK, CJK Compatibility"], [0x3400, 0x4dbf, "CJK Unified Ideographs Extension A"],
  [0x4dc0, 0x4dff, "Yijing Hexagram Symbols"], [0x4e00, 0x9fff, "CJK Unified Ideographs"], [0xa000, 0xf8ff, "other"],
  [0xf900, 0xfaff, "CJK Compatibility Ideographs"], [0xfb00, 0xfe0f, "presentation forms, variation selectors"],
  [0xfe10, 0xfe6f, "vertical, compatibility and small forms"], [0xfe70, 0xfeff, "other"],
  [0xff00, 0xffef, "Halfwidth and Fullwidth Forms"], [0xfff0, 0xffff, "Specials"], [0x10000, 0x1ffff, "SMP symbols"],
  [0x20000, 0x2ffff, "CJK Extensions B–F (SIP)"], [0x30000, 0x10ffff, "CJK Extensions G+ (TIP)"],
];
function blockSummary(cps) {
  const out = {};
  for (const cp of cps) {
    const [a, b, name] = BLOCKS.find(([x, y]) => cp >= x && cp <= y);
    const key = `${hex(a)}-${hex(b)} ${name}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(fontsDir, { recursive: true });
  const manifest = {
    generatedBy: "scripts/build-fonts.mjs (npm run fonts)",
    source: `@expo-google-fonts/noto-serif-sc@${pkgVersion} (Noto Serif SC, SIL Open Font License 1.1)`,
    exactRanges: "src/render/fonts/manifest-data.ts (packed; decoded by src/render/fonts/manifest.ts)",
    fallback: FALLBACK,
    faces: {},
  };
  const generated = {}; // face → { postScriptName, coverage?, tiers: [{ name, file, bytes, ranges|null }] }
  const assigned = new Set(); // code points the body face draws, for the coverage report

  for (const [face, spec] of Object.entries(SOURCES)) {
    const source = new Uint8Array(readFileSync(join(pkgDir, spec.file)));
    const sourceCmap = readCmap(source);
    const sourceGlyph = glyphReader(source);
    const remaining = new Set(sourceCmap.keys());
    const tiers = [];
    const gen = { postScriptName: spec.psName, tiers: [] };
    for (const tier of spec.tiers) {
      const cps = [...remaining].filter((cp) => TIER_RULES[tier](cp, face)).sort((a, b) => a - b);
      for (const cp of cps) remaining.delete(cp);
      const started = performance.now();
      let out = new Uint8Array(
        await subsetFont(Buffer.from(source), String.fromCodePoint(...cps), SUBSET_OPTIONS),
      );
      // Check the subset: exactly the intended code points, each with the source's outline.
      const cmap = readCmap(out);
      const glyph = glyphReader(out);
      if (cmap.size !== cps.length || cps.some((cp) => !cmap.has(cp)))
        throw new Error(
          `${face}/${tier}: subset cmap has ${cmap.size} code points, expected ${cps.length} ` +
            `(extra: ${[...cmap.keys()].filter((cp) => !cps.includes(cp)).map(hex).join(" ")})`,
        );
      for (const cp of cps)
        if (!sameOutline(sourceGlyph(sourceCmap.get(cp)), glyph(cmap.get(cp))))
          throw new Error(`${face}/${tier}: outline of ${hex(cp)} differs from the source`);
      const fileName = `${spec.psName}.${tier}.ttf`;
      out = indexed(out);
      writeFileSync(join(fontsDir, fileName), out);
      const { dv, tables } = tableDirectory(out);
      tiers.push({
        name: tier,
        file: fileName,
        bytes: out.length,
        sha256: createHash("sha256").update(out).digest("hex"),
        glyphs: dv.getUint16(tables.maxp.offset + 4),
        codePoints: cps.length,
        blocks: blockSummary(cps),
      });
      // The last tier of a face that takes "everything else" is stored as the rest of the face's coverage:
      // a few hundred ranges instead of thousands.
      const isRest = tier === "extended";
      gen.tiers.push({ name: tier, file: fileName, bytes: out.length, ranges: isRest ? null : packRanges(toRanges(cps)) });
      if (isRest) gen.coverage = packRanges(toRanges([...sourceCmap.keys()].sort((a, b) => a - b)));
      if (face === "body") for (const cp of cps) assigned.add(cp);
      console.log(
        `${fileName}: ${cps.length} code points, ${(out.length / 1e6).toFixed(2)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    manifest.faces[face] = { postScriptName: spec.psName, source: spec.file, tiers };
    generated[face] = gen;
    if (face === "body" && remaining.size) throw new Error(`body: ${remaining.size} code points in no tier`);
    if (face !== "body") console.log(`${face}: ${remaining.size} code points drawn with the ${FALLBACK[face]} face's glyphs`);
  }

  // Coverage of the required repertoire by the body face (every face falls back to it).
  const uncovered = [];
  for (const [, a, b] of REQUIRED) for (let cp = a; cp <= b; cp++) if (!assigned.has(cp)) uncovered.push(cp);
  manifest.required = REQUIRED.map(([name, a, b]) => `${hex(a)}-${hex(b)} ${name}`);
  manifest.uncovered = uncovered.map(hex);
  console.log(uncovered.length ? `UNCOVERED: ${manifest.uncovered.join(" ")}` : "required repertoire: all covered");

  writeFileSync(join(fontsDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  writeFileSync(join(fontsDir, "OFL.txt"), readFileSync(join(pkgDir, "LICENSE_FONT")));
  writeFileSync(join(root, "src/render/fonts/manifest-data.ts"), generatedModule(generated));
  await writeWarmUpFonts();
}

/**
 * The characters of the warm-up fonts: printable ASCII, the CJK punctuation letters print, and a few dozen
 * common hanzi. src/warm-up.ts typesets a letter's blocks in them (every other character mapped onto one of
 * them) when a Worker isolate starts, so that the first real letter runs code V8 has already compiled.
 */
const WARM_UP_CHARACTERS =
  String.fromCodePoint(...span(0x20, 0x7e)) +
  "\u3000，。、：；？！（）《》「」“”‘’—…·•％￥×" +
  "页頁共" + // the page numbers (src/render/layout/furniture.ts)
  "一二三四五六七八九十百千万元年月日第的是不人有在了和大中本请贵方我款项期分按还息利借合同";

/** src/render/fonts/warm-up-fonts.ts: each face's warm-up subset (with SHIX), zlib-compressed, in base64. */
async function writeWarmUpFonts() {
  const faces = [];
  for (const [face, spec] of Object.entries(SOURCES)) {
    const source = new Uint8Array(readFileSync(join(pkgDir, spec.file)));
    const out = indexed(
      new Uint8Array(
        await subsetFont(Buffer.from(source), WARM_UP_CHARACTERS, SUBSET_OPTIONS),
      ),
    );
    const cmap = readCmap(out);
    for (const ch of WARM_UP_CHARACTERS)
      if (!cmap.get(ch.codePointAt(0))) throw new Error(`warm-up ${face}: no glyph for ${hex(ch.codePointAt(0))}`);
    const packed = deflateSync(out, { level: 9 }).toString("base64");
    faces.push(`  ${face}: ${JSON.stringify(packed)},`);
    console.log(`warm-up ${face}: ${out.length} bytes, ${packed.length} in base64`);
  }
  writeFileSync(
    join(root, "src/render/fonts/warm-up-fonts.ts"),
    [
      "/**",
      " * GENERATED by scripts/build-fonts.mjs (`npm run fonts`); do not edit. Tiny subsets of the shipped faces",
      " * (Noto Serif SC, SIL Open Font License 1.1) for src/warm-up.ts: the characters below only, each face's",
      " * file with its SHIX index, zlib-compressed (RFC 1950), in base64. Never drawn in a letter.",
      " */",
      `export const WARM_UP_CHARACTERS = ${JSON.stringify(WARM_UP_CHARACTERS)};`,
      "",
      "export const WARM_UP_FONTS: Record<string, string> = {",
      ...faces,
      "};",
      "",
    ].join("\n"),
  );
}

/** The TypeScript module with the packed ranges; identical range strings (regular/bold tiers) are shared. */
function generatedModule(generated) {
  const constants = new Map();
  const ref = (packed) => {
    if (packed == null) return "null";
    const text = JSON.stringify(packed);
    if (!constants.has(text)) constants.set(text, `R${constants.size}`);
    return constants.get(text);
  };
  const faces = Object.entries(generated).map(([face, gen]) => {
    const tiers = gen.tiers.map(
      (t) => `      { name: ${JSON.stringify(t.name)}, file: ${JSON.stringify(t.file)}, bytes: ${t.bytes}, ranges: ${ref(t.ranges)} },`,
    );
    return [
      `  ${face}: {`,
      `    postScriptName: ${JSON.stringify(gen.postScriptName)},`,
      ...(gen.coverage ? [`    coverage: ${ref(gen.coverage)},`] : []),
      `    tiers: [`,
      ...tiers,
      `    ],`,
      `  },`,
    ].join("\n");
  });
  return [
    "/**",
    " * GENERATED by scripts/build-fonts.mjs (`npm run fonts`); do not edit. The font files of each face in",
    " * load order, with the code points each holds. Ranges are packed as flat (gap, extra) pairs: a range",
    " * starts `gap` code points after the previous range's end and spans `extra` more (decoded by",
    " * manifest.ts). A tier whose ranges are null holds the rest of its face's `coverage`.",
    " * fonts/manifest.json has a readable summary of the same files.",
    " */",
    'import type { PackedFace } from "./manifest-types";',
    "",
    ...[...constants].map(([text, name]) => `const ${name}: number[] =\n  ${text};`),
    "",
    `export const FONT_FALLBACK: Record<string, string> = ${JSON.stringify(FALLBACK)};`,
    "",
    "export const FONT_FACES: Record<string, PackedFace> = {",
    ...faces,
    "};",
    "",
  ].join("\n");
}

await main();
