/**
 * Stage 4, finalize: a chosen line → positioned TextItems. Justification spreads the leftover width
 * evenly over the line's stretch points (between CJK characters, at spaces; clreq §3.2.3), carried as
 * TextItem.charSpacing on runs of single characters; a Latin word or number is an item of its own with
 * no spacing, so it is never pulled apart. The last line of a hard line is not justified (clreq §3.2.3).
 * Full-width punctuation keeps its full width at the line end (no compression is needed), and no space
 * is inserted between Han and Latin.
 */
import type { TextItem } from "../../types";
import type { InlineAlign, InlineLine, LineRange, Prepared } from "./types";

const EPS = 1e-9;

/** Position the glyphs of `line`: alignment within its available width, justification, items by run. */
export function finalize(p: Prepared, line: LineRange, align: InlineAlign, size: number): InlineLine {
  const { start, end } = line;
  let gaps = 0;
  for (let i = start + 1; i < end; i++) gaps += p.stretch[i];
  const leftover = line.available - line.width;
  const justified = align === "justify" && !line.last && gaps > 0 && leftover > EPS;
  const spacing = justified ? leftover / gaps : 0;
  const width = justified ? line.available : line.width;
  const free = Math.max(0, line.available - width);
  let pen = line.indent + (align === "right" ? free : align === "center" ? free / 2 : 0);

  const items: TextItem[] = [];
  let run: TextItem | null = null; // the item single characters may still join
  for (const [from, to] of clusters(p, start, end, justified)) {
    const face = p.glyphs[from].face;
    const gap = from > start && p.stretch[from] ? spacing : 0;
    const text = to - from === 1 ? p.glyphs[from].text : glyphText(p, from, to);
    const single = to - from === 1 && text.length === String.fromCodePoint(p.glyphs[from].cp).length;
    if (run && run.face === face && (!justified || (single && gap === spacing))) {
      run.text += text;
    } else {
      const item: TextItem = { kind: "text", x: pen + gap, y: 0, size, face, text, charSpacing: single ? spacing : 0 };
      items.push(item);
      run = !justified || single ? item : null;
    }
    pen += gap + (p.prefix[to] - p.prefix[from]);
  }
  return { items, width, justified };
}

/**
 * Glyph ranges drawn without inner spacing: on a justified line, maximal runs with no stretch point
 * inside (a Latin word, a number, one CJK character); otherwise whole runs of one face.
 */
function* clusters(p: Prepared, start: number, end: number, justified: boolean): Generator<[number, number]> {
  let from = start;
  for (let i = start + 1; i <= end; i++) {
    if (i === end || p.glyphs[i].face !== p.glyphs[i - 1].face || (justified && p.stretch[i])) {
      yield [from, i];
      from = i;
    }
  }
}

function glyphText(p: Prepared, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) text += p.glyphs[i].text;
  return text;
}
