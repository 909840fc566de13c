/**
 * Embeds one face's glyph subset as a composite font (ISO 32000-1 §9.7): a Type0 font with
 * /Encoding /Identity-H (2-byte codes = CIDs) over a CIDFontType2 with /CIDToGIDMap /Identity
 * (CID = glyph id of the embedded TrueType subset, §9.7.4.2), its FontDescriptor (§9.8) with the subset as a
 * deflated FontFile2 (§9.9), an explicit /W for every drawn glyph (§9.7.4.3) and a ToUnicode CMap (§9.10.3).
 * BaseFont carries the subset tag "ABCDEF+" (§9.6.4) that tells readers (and pdffonts) it is a subset.
 */
import type { FontMetrics } from "../fonts";
import { num } from "./content";
import { deflatePiece, zlibParts } from "./deflate";
import { fontFileStream, glyphRanges } from "./font-file";
import type { FacePlan } from "./glyph-plan";
import { SequenceNames, chain, tablePieces, type Range } from "./piece-cache";
import { subsetTag } from "./subset-tag";
import { CMAP_HEADER, CMAP_TRAILER, cmapMappings } from "./to-unicode";
import { planSubset } from "./truetype-subset";
import { pdfName, type PdfWriter } from "./writer";

// FontDescriptor flags (§9.8.2, Table 123), bit positions 1-based.
const FIXED_PITCH = 1 << 0;
const SERIF = 1 << 1;
const SYMBOLIC = 1 << 2; // set for any font with glyphs outside the Standard Latin set, as CJK fonts are
const ITALIC = 1 << 6;

export interface EmbeddedFont {
  /** Object number of the Type0 font. */
  ref: number;
  baseFont: string;
  /** Bytes of the TrueType subset before compression (FontFile2 /Length1). */
  fontFileSize: number;
}

/**
 * /W (§9.7.4.3) for CIDs 1…n: a run of equal widths as `first last w`, other stretches as `first [w …]`,
 * so the usual CJK letter (most glyphs 1000 wide) needs a few dozen numbers instead of hundreds.
 */
export function widthArray(widths: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  const n = widths.length;
  while (i < n) {
    let j = i;
    while (j + 1 < n && widths[j + 1] === widths[i]) j++;
    if (j - i >= 2) {
      parts.push(`${i + 1} ${j + 1} ${num(widths[i])}`);
      i = j + 1;
      continue;
    }
    // A list up to the next run of three or more equal widths.
    const list: string[] = [];
    let k = i;
    while (k < n) {
      if (k + 2 < n && widths[k + 1] === widths[k] && widths[k + 2] === widths[k]) break;
      list.push(num(widths[k]));
      k++;
    }
    parts.push(`${i + 1} [${list.join(" ")}]`);
    i = k;
  }
  return `[${parts.join(" ")}]`;
}

const ascii = new TextEncoder();
/** The CMap's fixed text, cached like the mappings; the keys built once (V8 keeps a string's hash, so a Map
 * lookup under the same string object does not rehash its 300 characters). */
const HEADER_KEY = `cmap|${CMAP_HEADER}`;
const TRAILER_KEY = `cmap|${CMAP_TRAILER}`;
const constantPiece = (key: string, text: string) => tablePieces.get(key, () => deflatePiece(ascii.encode(text), TOUNICODE_LEVEL));

/** Names (exactly) the ToUnicode mappings of CIDs [from, to): `from`, then the code points they draw. */
const mappingSequences = new SequenceNames();
function mappingsKey(codePoints: readonly number[], from: number, to: number): string {
  const sequence = mappingSequences.clear();
  sequence.push(from);
  // CID c draws codePoints[c - 1]; the key also holds the code point before the range (as it always has).
  for (let i = Math.max(0, from - 1); i < to - 1; i++) sequence.push(codePoints[i]);
  return sequence.name();
}

/** The ToUnicode level: its pieces are cached, and the CMap's text is very regular. */
const TOUNICODE_LEVEL = 6;

/**
 * The ToUnicode stream in pieces (deflate.ts), one per glyph chunk (glyph-plan.ts), each cached under its
 * CIDs and characters: a letter deflates only the mappings of its own characters.
 */
function toUnicodeStream(plan: FacePlan): Uint8Array[] {
  const unicodes: (number | undefined)[] = [undefined, ...plan.codePoints];
  const ranges: Range[] = [];
  let from = 0;
  for (const chunk of plan.chunks) {
    const to = Math.min(chunk.end, unicodes.length);
    if (to > from) ranges.push({ from, to, key: mappingsKey(plan.codePoints, from, to) });
    from = to;
  }
  const texts = new Map<Range, Uint8Array>();
  const textOf = (range: Range) => {
    let bytes = texts.get(range);
    if (!bytes) texts.set(range, (bytes = ascii.encode(cmapMappings(unicodes, range.from, range.to))));
    return bytes;
  };
  const mappings = chain(ranges, tablePieces, "tounicode", textOf, (bytes, _range, dictionary) => deflatePiece(bytes, TOUNICODE_LEVEL, dictionary));
  return zlibParts([constantPiece(HEADER_KEY, CMAP_HEADER), ...mappings, constantPiece(TRAILER_KEY, CMAP_TRAILER)]);
}

export function embedCidFont(writer: PdfWriter, plan: FacePlan, postScriptName: string): EmbeddedFont {
  // No cmap in the font program: CIDToGIDMap /Identity maps CIDs to glyphs (§9.9, truetype-subset.ts).
  // The chunks named by content: planSubset measures, and fontFileStream compresses, each once per isolate.
  const subset = planSubset(plan.glyphs, { cmap: false, ranges: glyphRanges(plan.glyphs, plan.chunks) });
  const primary = plan.glyphs[0].font;
  const scale = 1000 / subset.unitsPerEm; // glyph space → PDF text space units (§9.7.4.3: 1/1000 em)
  const baseFont = `${subsetTag(plan.glyphs)}+${postScriptName}`;
  const name = pdfName(baseFont);

  const type0 = writer.allocate();
  const cidFont = writer.allocate();
  const descriptor = writer.allocate();
  const fontFile = writer.allocate();
  const toUnicode = writer.allocate();

  const file = fontFileStream(subset, plan.chunks);
  // The identifier's digest reads the font program through its Adler-32 and lengths: the glyphs
  // themselves are named by the ToUnicode and /W written beside it.
  writer.stream(fontFile, `/Filter /FlateDecode /Length1 ${file.length1}`, file.parts, `${file.length1}:${file.adler}:${file.pieces.join(",")}`);

  const m: FontMetrics = primary.metrics;
  let flags = SYMBOLIC;
  if (m.serif) flags |= SERIF;
  if (m.fixedPitch) flags |= FIXED_PITCH;
  if (m.italic || m.italicAngle !== 0) flags |= ITALIC;
  const bbox = subset.bbox.map((v) => Math.round(v * scale)).join(" ");
  writer.object(
    descriptor,
    `<< /Type /FontDescriptor /FontName ${name} /Flags ${flags} /FontBBox [${bbox}] /ItalicAngle ${num(m.italicAngle)}` +
      ` /Ascent ${Math.round(m.ascender * scale)} /Descent ${Math.round(m.descender * scale)}` +
      ` /CapHeight ${Math.round(m.capHeight * scale)} /XHeight ${Math.round(m.xHeight * scale)}` +
      // TrueType has no stem width; this is the usual estimate from the weight class (as PDFBox and
      // others do): about 88 for 400, 166 for 700. Readers use it only to synthesise a substitute font.
      ` /StemV ${Math.round(50 + (m.weightClass / 65) ** 2)} /FontFile2 ${fontFile} 0 R >>`,
  );

  // The advances from the subset's hmtx (each glyph's, as in its source file), not from the source files'
  // tables: those are scattered over megabytes, the subset's are in cache.
  const hmtx = subset.tables.get("hmtx")!;
  const widths: number[] = [];
  for (let cid = 1; cid <= plan.codePoints.length; cid++) {
    const advance = (hmtx[4 * cid] << 8) | hmtx[4 * cid + 1];
    widths.push(Math.round(advance * scale * 1000) / 1000);
  }
  writer.object(
    cidFont,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name}` +
      ` /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>` +
      ` /FontDescriptor ${descriptor} 0 R /DW 1000 /W ${widthArray(widths)} /CIDToGIDMap /Identity >>`,
  );

  writer.stream(toUnicode, "/Filter /FlateDecode", toUnicodeStream(plan));

  writer.object(
    type0,
    `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H` +
      ` /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  return { ref: type0, baseFont, fontFileSize: file.length1 };
}
