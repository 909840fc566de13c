/** Plain measuring of strings and positioned items with the document's metrics. */
import type { FaceId, Metrics, TextItem } from "../types";

/** Natural width of `text` in `face` at `size`, pt (no spacing). */
export function textWidth(text: string, face: FaceId, size: number, metrics: Metrics): number {
  let width = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!; // by code point, as for…of would, without a string per character
    width += metrics.advance(cp, face) * size;
    i += cp > 0xffff ? 2 : 1;
  }
  return width;
}

/** Drawn width of a TextItem: its glyphs plus charSpacing after every code point but the last, pt. */
export function textItemWidth(item: TextItem, metrics: Metrics): number {
  const count = [...item.text].length;
  return textWidth(item.text, item.face, item.size, metrics) + item.charSpacing * Math.max(0, count - 1);
}
