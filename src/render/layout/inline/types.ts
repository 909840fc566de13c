/**
 * The data passed between the inline stages (collect → prepare → linebreak → finalize).
 * Widths are in pt at the run's size; indices are glyph indices into the arrays of `Glyphs`.
 */
import type { FaceId, Metrics, TextItem } from "../../types";

/** What the inline stages need to measure text. */
export interface InlineStyle {
  metrics: Metrics;
  /** Font size, pt. */
  size: number;
  /** The face of plain spans; bold spans use "bold". */
  face: FaceId;
}

/**
 * Stage 1's output: one hard line's glyphs, as parallel arrays (one entry per glyph, no object per
 * character). A glyph is one character as laid out: a base code point with any combining marks /
 * variation selector after it. Its text is `text.slice(starts[i], i + 1 < length ? starts[i + 1] : end)`:
 * within a hard line the glyphs are contiguous in `text` (glyphText).
 */
export interface Glyphs {
  /** Number of glyphs: the length of each array. */
  length: number;
  /** The text the glyphs come from (all spans of the paragraph, joined). */
  text: string;
  /** UTF-16 index in `text` where each glyph starts. */
  starts: Uint32Array;
  /** UTF-16 index in `text` where the last glyph ends. */
  end: number;
  /** The base code point of each glyph (what the break classes look at). */
  cps: Uint32Array;
  /** The face of each glyph, as an index into FACES. */
  faces: Uint8Array;
  /** Advance of each glyph, pt. */
  widths: Float64Array;
}

/** The faces a glyph may have, by Glyphs.faces index. */
export const FACES: readonly FaceId[] = ["body", "bold"];

/** The text of glyphs [from, to) (from < to): one slice of the source. */
export function glyphText(g: Glyphs, from: number, to: number): string {
  return g.text.slice(g.starts[from], to < g.length ? g.starts[to] : g.end);
}

/** A hard line (a paragraph, or the part of one between two forced breaks) ready for line breaking. */
export interface Prepared extends Glyphs {
  /** breaks[i] = 1: a line may end before glyph i (UAX #14 + 禁则). Invariant: breaks[0] = 0. */
  breaks: Uint8Array;
  /** stretch[i] = 1: justification may add space between glyph i-1 and glyph i. Invariant: stretch[0] = 0. */
  stretch: Uint8Array;
  /** space[i] = 1: glyph i is a collapsible space (UAX #14 SP): trimmed at line ends, never drawn there. */
  space: Uint8Array;
  /**
   * trim[i]: blank space (pt) taken out between glyph i−1 and glyph i by punctuation compression
   * (compress.ts, clreq §3.1.6.2). Invariant: trim[0] = 0. A line that starts at i does not take it out.
   * Read-only: a hard line without adjacent marks gets a view of shared zeros.
   */
  trim: Float64Array;
  /** prefix[i] = Σ over k < i of (advance of glyph k − trim[k]); measure lines with `setWidth`. */
  prefix: Float64Array;
}

/**
 * Set width (pt) of glyphs [start, end) as one line: the advances less the compression inside the line.
 * prefix[] subtracts every trim up to end − 1, including trim[start] (between start − 1 and start), which
 * a line starting at `start` keeps: so it is added back.
 */
export function setWidth(p: Prepared, start: number, end: number): number {
  return end > start ? p.prefix[end] - p.prefix[start] + p.trim[start] : 0;
}

/**
 * One line chosen by the breaker: glyphs [start, end) drawn (trailing spaces already excluded).
 * Invariant: width ≤ available (the measure less the indent), unless one glyph alone is wider.
 */
export interface LineRange {
  start: number;
  end: number;
  /** Natural width of glyphs [start, end), pt. */
  width: number;
  /** Space available for this line (measure less its indent), pt. */
  available: number;
  /** Indent of this line from the start edge, pt (首行缩进 on the first line). */
  indent: number;
  /** The last line of its hard line: never justified (clreq §3.1.6). */
  last: boolean;
}

export type InlineAlign = "justify" | "left" | "right" | "center";

/** A finished line: TextItems with x relative to the measure's left edge and y = 0 (the baseline). */
export interface InlineLine {
  items: TextItem[];
  /** Drawn width including justification, pt. */
  width: number;
  /** The line was stretched to the full measure. */
  justified: boolean;
}
