/**
 * Stage 2, prepare: for one hard line, where a line may break (UAX #14 + 禁则, and optionally no break
 * inside a date), where justification may add space (between CJK characters and at spaces, never inside
 * a Latin word or number), which glyphs are trimmable spaces, how much blank space punctuation
 * compression takes out between adjacent marks, and running widths for O(1) measuring.
 */
import { float64Array, uint16Array, uint8Array } from "../arena";
import { dateRanges } from "../line-break/dates";
import { breakOpportunities } from "../line-break/opportunities";
import { CLASS_INDEX, CLASS_MASK, charProperties, WIDE } from "../line-break/properties";
import { compressionTrims } from "./compress";
import type { Glyphs, Prepared } from "./types";

/** Marks written as two characters that form one mark: 省略号 …… and 破折号 ——. */
const JOINED_PAIRS: ReadonlySet<number> = new Set([0x2026, 0x2014, 0x2015, 0x22ef]);

const SP = CLASS_INDEX.SP;

export interface PrepareOptions {
  /** Font size, pt: the em that punctuation compression halves. */
  em: number;
  /** Tailoring T5 (line-break/dates.ts): no break inside 2026年10月12日 (table cells). */
  keepDates?: boolean;
}

/** Glyphs of one hard line → break, stretch, space and trim arrays plus prefix widths. */
export function prepare(glyphs: Glyphs, options: PrepareOptions): Prepared {
  const { length: n, cps, widths } = glyphs;
  const properties = uint16Array(n); // class, width and 禁则 of each glyph (line-break/properties.ts)
  for (let i = 0; i < n; i++) properties[i] = charProperties(cps[i]);
  const breaks = breakOpportunities(cps, properties);
  if (options.keepDates) for (const [from, to] of dateRanges(cps)) breaks.fill(0, from + 1, to);
  const stretch = uint8Array(n);
  const space = uint8Array(n);
  const trim = compressionTrims(cps, widths, options.em);
  const prefix = float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + widths[i] - trim[i];
    space[i] = (properties[i] & CLASS_MASK) === SP ? 1 : 0;
    // clreq §3.2 (justification): space goes between CJK characters, and at a space between Latin words;
    // two narrow characters side by side (a Latin word, a number) are never pulled apart, nor are the
    // halves of a two-em 「……」 or 「——」 (GB/T 15834 §4.11, §4.9: one mark, two characters).
    if (i > 0) {
      const joined = cps[i] === cps[i - 1] && JOINED_PAIRS.has(cps[i]);
      stretch[i] = !joined && ((properties[i - 1] | properties[i]) & WIDE || space[i]) ? 1 : 0;
    }
  }
  return {
    length: n,
    text: glyphs.text,
    starts: glyphs.starts,
    end: glyphs.end,
    cps,
    faces: glyphs.faces,
    widths,
    breaks,
    stretch,
    space,
    trim,
    prefix,
  };
}
