/** Plain measuring of strings and positioned items with the document's metrics. */
import type { FaceId, Metrics, TextItem } from "../types";

/** Natural width of `text` in `face` at `size`, pt (no spacing). */
export function textWidth(text: string, face: FaceId, size: number, metrics: Metrics): number {
  let width = 0;
  for (const ch of text) width += metrics.advance(ch.codePointAt(0)!, face) * size;
  return width;
}

/** Drawn width of a TextItem: its glyphs plus charSpacing after every code point but the last, pt. */
export function textItemWidth(item: TextItem, metrics: Metrics): number {
  const count = [...item.text].length;
  return textWidth(item.text, item.face, item.size, metrics) + item.charSpacing * Math.max(0, count - 1);
}

/**
 * `metrics` with each answer remembered, for one document: a letter asks for the advances of a few
 * hundred distinct characters a few thousand times, and a remembered answer is one Map read.
 * The answers are the metrics' own, so nothing measured changes.
 */
export function rememberAdvances(metrics: Metrics): Metrics {
  const known = new Map<number, number>(); // key: code point × 2 + (bold ? 1 : 0)
  return {
    advance(cp: number, face: FaceId): number {
      const key = cp * 2 + (face === "bold" ? 1 : 0);
      let advance = known.get(key);
      if (advance === undefined) known.set(key, (advance = metrics.advance(cp, face)));
      return advance;
    },
  };
}
