/**
 * Stage 1, collect: spans → glyphs, split into hard lines at forced breaks ("\n", from <br>).
 * Each glyph is a base code point with the combining marks / variation selectors that follow it, so no
 * later stage can separate an ideographic variation sequence or spread space inside it.
 */
import type { Span } from "../../types";
import { isCombining } from "../line-break/classes";
import type { Glyph, InlineStyle } from "./types";

/** Spans → one glyph array per hard line (a paragraph without <br> is one hard line). */
export function collect(spans: readonly Span[], style: InlineStyle): Glyph[][] {
  const lines: Glyph[][] = [[]];
  for (const span of spans) {
    const face = span.bold ? "bold" : style.face;
    for (const ch of span.text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x0a) {
        lines.push([]);
        continue;
      }
      const width = style.metrics.advance(cp, face) * style.size;
      const line = lines[lines.length - 1];
      const previous = line[line.length - 1];
      if (previous && isCombining(cp) && previous.face === face) {
        previous.text += ch;
        previous.width += width;
      } else {
        line.push({ text: ch, cp, face, width });
      }
    }
  }
  return lines;
}
