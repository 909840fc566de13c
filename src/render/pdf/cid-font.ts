/**
 * Embeds one face's glyph subset as a composite font (ISO 32000-1 §9.7): a Type0 font with
 * /Encoding /Identity-H (2-byte codes = CIDs) over a CIDFontType2 with /CIDToGIDMap /Identity
 * (CID = glyph id of the embedded TrueType subset, §9.7.4.2), its FontDescriptor (§9.8) with the subset as a
 * deflated FontFile2 (§9.9), an explicit /W for every drawn glyph (§9.7.4.3) and a ToUnicode CMap (§9.10.3).
 * BaseFont carries the subset tag "ABCDEF+" (§9.6.4) that tells readers (and pdffonts) it is a subset.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFContext } from "pdf-lib";
import type { FontMetrics } from "../fonts";
import { deflate } from "./deflate";
import type { FacePlan } from "./glyph-plan";
import { subsetTag } from "./subset-tag";
import { toUnicodeCMap } from "./to-unicode";
import { subsetTrueType } from "./truetype-subset";

// FontDescriptor flags (§9.8.2, Table 123), bit positions 1-based.
const FIXED_PITCH = 1 << 0;
const SERIF = 1 << 1;
const SYMBOLIC = 1 << 2; // set for any font with glyphs outside the Standard Latin set, as CJK fonts are
const ITALIC = 1 << 6;

export interface EmbeddedFont {
  ref: PDFRef;
  baseFont: string;
  /** Bytes of the TrueType subset before compression (FontFile2 /Length1). */
  fontFileSize: number;
}

export function embedCidFont(context: PDFContext, plan: FacePlan, postScriptName: string): EmbeddedFont {
  const subset = subsetTrueType(plan.glyphs);
  const primary = plan.glyphs[0].font;
  const scale = 1000 / subset.unitsPerEm; // glyph space → PDF text space units (§9.7.4.3: 1/1000 em)
  const baseFont = `${subsetTag(plan.glyphs)}+${postScriptName}`;

  const fontFile = context.register(
    PDFRawStream.of(
      dict(context, { Filter: PDFName.of("FlateDecode"), Length1: PDFNumber.of(subset.bytes.length) }),
      deflate(subset.bytes),
    ),
  );

  const m: FontMetrics = primary.metrics;
  let flags = SYMBOLIC;
  if (m.serif) flags |= SERIF;
  if (m.fixedPitch) flags |= FIXED_PITCH;
  if (m.italic || m.italicAngle !== 0) flags |= ITALIC;
  const descriptor = context.register(
    dict(context, {
      Type: PDFName.of("FontDescriptor"),
      FontName: PDFName.of(baseFont),
      Flags: PDFNumber.of(flags),
      FontBBox: numbers(context, subset.bbox.map((v) => Math.round(v * scale))),
      ItalicAngle: PDFNumber.of(m.italicAngle),
      Ascent: PDFNumber.of(Math.round(m.ascender * scale)),
      Descent: PDFNumber.of(Math.round(m.descender * scale)),
      CapHeight: PDFNumber.of(Math.round(m.capHeight * scale)),
      XHeight: PDFNumber.of(Math.round(m.xHeight * scale)),
      // TrueType has no stem width; this is the usual estimate from the weight class (as PDFBox and
      // others do): about 88 for 400, 166 for 700. Readers use it only to synthesise a substitute font.
      StemV: PDFNumber.of(Math.round(50 + (m.weightClass / 65) ** 2)),
      FontFile2: fontFile,
    }),
  );

  // /W [1 [w1 w2 … wn]]: CIDs 1..n are consecutive, so one array gives every drawn glyph's exact width.
  const widths: PDFNumber[] = [];
  for (let cid = 1; cid <= plan.codePoints.length; cid++) {
    const { font, gid } = plan.glyphs[cid];
    widths.push(PDFNumber.of(Math.round(font.advances[gid] * scale * 1000) / 1000));
  }
  const w = PDFArray.withContext(context);
  if (widths.length) {
    w.push(PDFNumber.of(1));
    const list = PDFArray.withContext(context);
    for (const width of widths) list.push(width);
    w.push(list);
  }

  const cidFont = context.register(
    dict(context, {
      Type: PDFName.of("Font"),
      Subtype: PDFName.of("CIDFontType2"),
      BaseFont: PDFName.of(baseFont),
      CIDSystemInfo: dict(context, {
        Registry: PDFString.of("Adobe"),
        Ordering: PDFString.of("Identity"),
        Supplement: PDFNumber.of(0),
      }),
      FontDescriptor: descriptor,
      DW: PDFNumber.of(1000),
      W: w,
      CIDToGIDMap: PDFName.of("Identity"),
    }),
  );

  const unicodes: (number | undefined)[] = [undefined, ...plan.codePoints];
  const toUnicode = context.register(
    PDFRawStream.of(
      dict(context, { Filter: PDFName.of("FlateDecode") }),
      deflate(new TextEncoder().encode(toUnicodeCMap(unicodes))),
    ),
  );

  const descendants = PDFArray.withContext(context);
  descendants.push(cidFont);
  const type0 = context.register(
    dict(context, {
      Type: PDFName.of("Font"),
      Subtype: PDFName.of("Type0"),
      BaseFont: PDFName.of(baseFont),
      Encoding: PDFName.of("Identity-H"),
      DescendantFonts: descendants,
      ToUnicode: toUnicode,
    }),
  );
  return { ref: type0, baseFont, fontFileSize: subset.bytes.length };
}

function dict(context: PDFContext, entries: Record<string, PDFName | PDFNumber | PDFString | PDFArray | PDFDict | PDFRef>) {
  const d = PDFDict.withContext(context);
  for (const [key, value] of Object.entries(entries)) d.set(PDFName.of(key), value);
  return d;
}

function numbers(context: PDFContext, values: number[]): PDFArray {
  const array = PDFArray.withContext(context);
  for (const v of values) array.push(PDFNumber.of(v));
  return array;
}
