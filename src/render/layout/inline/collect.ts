/**
 * Stage 1, collect: spans → glyphs, split into hard lines at forced breaks ("\n", from <br>).
 * Each glyph is a base code point with the combining marks / variation selectors that follow it, so no
 * later stage can separate an ideographic variation sequence or spread space inside it.
 * The glyphs are written into parallel typed arrays (types.ts Glyphs, from arena.ts) sized by the text,
 * and a hard line is a view of its part of them: no object or string per character.
 */
import type { Span } from "../../types";
import { float64Array, uint32Array, uint8Array } from "../arena";
import { isCombining } from "../line-break/classes";
import { FACES, type Glyphs, type InlineStyle } from "./types";

/** Spans → the glyphs of each hard line (a paragraph without <br> is one hard line). */
export function collect(spans: readonly Span[], style: InlineStyle): Glyphs[] {
  const text = spans.length === 1 ? spans[0].text : spans.map((span) => span.text).join("");
  // at most one glyph per UTF-16 unit
  const starts = uint32Array(text.length);
  const cps = uint32Array(text.length);
  const faces = uint8Array(text.length);
  const widths = float64Array(text.length);
  const lines: Glyphs[] = [];
  const plain = FACES.indexOf(style.face);
  const bold = FACES.indexOf("bold");
  let first = 0; //  the first glyph of the current hard line
  let n = 0; //      glyphs so far
  let offset = 0; // where the current span starts in `text`
  for (const span of spans) {
    const face = span.bold ? bold : plain;
    const faceId = FACES[face];
    const source = span.text;
    for (let k = 0; k < source.length; ) {
      const cp = source.codePointAt(k)!;
      const at = offset + k;
      k += cp > 0xffff ? 2 : 1;
      if (cp === 0x0a) {
        lines.push(hardLine(text, first, n, at, starts, cps, faces, widths));
        first = n;
        continue;
      }
      const width = style.metrics.advance(cp, faceId) * style.size;
      if (n > first && faces[n - 1] === face && isCombining(cp)) {
        widths[n - 1] += width; // the mark joins the glyph before it (its text: up to the next glyph's start)
      } else {
        starts[n] = at;
        cps[n] = cp;
        faces[n] = face;
        widths[n] = width;
        n++;
      }
    }
    offset += source.length;
  }
  lines.push(hardLine(text, first, n, text.length, starts, cps, faces, widths));
  return lines;
}

/** Glyphs [from, to) of the arrays as one hard line ending at `end` in `text`. */
function hardLine(text: string, from: number, to: number, end: number, starts: Uint32Array, cps: Uint32Array, faces: Uint8Array, widths: Float64Array): Glyphs {
  // the usual case, a run without <br>, marks or supplementary characters, fills the arrays exactly
  if (from === 0 && to === cps.length) return { length: to, text, starts, end, cps, faces, widths };
  return {
    length: to - from,
    text,
    starts: starts.subarray(from, to),
    end,
    cps: cps.subarray(from, to),
    faces: faces.subarray(from, to),
    widths: widths.subarray(from, to),
  };
}
