/**
 * Stage 2, prepare: for one hard line, where a line may break (UAX #14 + 禁则, and optionally no break
 * inside a date), where justification may add space (between CJK characters and at spaces, never inside
 * a Latin word or number), which glyphs are trimmable spaces, how much blank space punctuation
 * compression takes out between adjacent marks, and running widths for O(1) measuring.
 */
import { isWide } from "../line-break/classes";
import { dateRanges } from "../line-break/dates";
import { breakOpportunities, tailoredClass } from "../line-break/opportunities";
import { compressionTrims } from "./compress";
import type { Glyph, Prepared } from "./types";

/** Marks written as two characters that form one mark: 省略号 …… and 破折号 ——. */
const JOINED_PAIRS: ReadonlySet<number> = new Set([0x2026, 0x2014, 0x2015, 0x22ef]);

export interface PrepareOptions {
  /** Font size, pt: the em that punctuation compression halves. */
  em: number;
  /** Tailoring T5 (line-break/dates.ts): no break inside 2026年10月12日 (table cells). */
  keepDates?: boolean;
}

/** Glyphs of one hard line → break, stretch, space and trim arrays plus prefix widths. */
export function prepare(glyphs: Glyph[], options: PrepareOptions): Prepared {
  const n = glyphs.length;
  const cps = glyphs.map((glyph) => glyph.cp);
  const classes = cps.map(tailoredClass);
  const breaks = breakOpportunities(cps, classes);
  if (options.keepDates) for (const [from, to] of dateRanges(cps)) breaks.fill(0, from + 1, to);
  const stretch = new Uint8Array(n);
  const space = new Uint8Array(n);
  const widths = glyphs.map((glyph) => glyph.width);
  const trim = compressionTrims(cps, widths, options.em);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i] + widths[i] - trim[i];
    space[i] = classes[i] === "SP" ? 1 : 0;
    // clreq §3.2 (justification): space goes between CJK characters, and at a space between Latin words;
    // two narrow characters side by side (a Latin word, a number) are never pulled apart, nor are the
    // halves of a two-em 「……」 or 「——」 (GB/T 15834 §4.11, §4.9: one mark, two characters).
    if (i > 0) {
      const joined = cps[i] === cps[i - 1] && JOINED_PAIRS.has(cps[i]);
      stretch[i] = !joined && (isWide(cps[i - 1]) || isWide(cps[i]) || space[i]) ? 1 : 0;
    }
  }
  return { glyphs, breaks, stretch, space, trim, prefix };
}
