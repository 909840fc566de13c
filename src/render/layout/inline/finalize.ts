/**
 * Stage 4, finalize: a chosen line → positioned TextItems. Justification spreads the leftover width
 * evenly over the line's stretch points (between CJK characters, at spaces; clreq §3.2.3), carried as
 * TextItem.charSpacing on runs of single characters; a Latin word or number is an item of its own with
 * no spacing, so it is never pulled apart. The last line of a hard line is not justified (clreq §3.2.3).
 * Full-width punctuation keeps its full width at the line end, and no space is inserted between Han and
 * Latin. Between adjacent marks, punctuation compression (compress.ts) has taken out half an em: the PDF
 * draws every glyph with its full advance, so the glyph after a compressed pair starts a new item at its
 * compressed x. In general an item is continued only while the PDF's own advance (glyph advances plus
 * charSpacing) lands each glyph exactly where the layout puts it.
 */
import type { TextItem } from "../../types";
import { FACES, glyphText, setWidth, type InlineAlign, type InlineLine, type LineRange, type Prepared } from "./types";

const EPS = 1e-9;
/** Positions closer than this (pt) are the same position. */
const SAME_X = 1e-6;

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
  let run: TextItem | null = null; // the item the next cluster may still join
  let runFrom = start; //              its first glyph: its text is the glyphs from here to where it ends
  let expected = 0; //                 where the PDF would draw the next glyph of `run`
  for (let from = start, to: number; from < end; from = to) {
    to = clusterEnd(p, from, end, justified);
    const face = FACES[p.faces[from]];
    const inner = from > start;
    const x = pen + (inner && p.stretch[from] ? spacing : 0) - (inner ? p.trim[from] : 0);
    const advance = setWidth(p, from, to); // no compression inside a cluster: its natural advance
    // one code point and no marks after it: charSpacing may spread it from its neighbours
    const single = to - from === 1 && (to < p.length ? p.starts[to] : p.end) - p.starts[from] === (p.cps[from] > 0xffff ? 2 : 1);
    const charSpacing = justified && single ? spacing : 0;
    if (!(run && run.face === face && run.charSpacing === charSpacing && Math.abs(x - expected) < SAME_X)) {
      if (run) run.text = glyphText(p, runFrom, from);
      run = { kind: "text", x, y: 0, size, face, text: "", charSpacing };
      runFrom = from;
      items.push(run);
    }
    expected = x + advance + charSpacing;
    pen = x + advance;
  }
  if (run) run.text = glyphText(p, runFrom, end);
  return { items, width, justified };
}

/**
 * The end of the glyph range from `from` drawn without inner spacing or compression: on a justified
 * line, a maximal run with no stretch point inside (a Latin word, a number, one CJK character);
 * otherwise a whole run of one face; in both, a compressed pair of marks ends a range.
 */
function clusterEnd(p: Prepared, from: number, end: number, justified: boolean): number {
  let i = from + 1;
  while (i < end && p.faces[i] === p.faces[i - 1] && !(p.trim[i] > 0) && !(justified && p.stretch[i])) i++;
  return i;
}
