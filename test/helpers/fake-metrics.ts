/**
 * A stand-in for the font system's Metrics, close to Noto Serif SC's advances (measured): Han, kana,
 * full-width forms and CJK punctuation 1 em; ASCII proportional (space 0.25, digits 0.5, lower-case 0.5,
 * upper-case 0.65, narrow punctuation 0.3). Bold is a little wider for Latin, the same for Han.
 * Layout tests use it so they do not depend on the real fonts.
 */
import type { FaceId, Metrics } from "../../src/render/types";

const NARROW = new Set([..." ,.;:!'|"].map((ch) => ch.codePointAt(0)!));
const FULL_AMBIGUOUS = new Set([..."“”‘’…—·•※§°×÷‰"].map((ch) => ch.codePointAt(0)!));

/** Advance of `cp` in em. */
export function fakeAdvance(cp: number, face: FaceId = "body"): number {
  const bold = face === "bold" ? 0.04 : 0;
  if (cp === 0x20 || cp === 0xa0) return 0.25;
  if (cp === 0xb7) return 0.33; // Noto draws the Latin-1 middle dot narrow
  if (FULL_AMBIGUOUS.has(cp)) return 1;
  if (cp < 0x80) {
    if (NARROW.has(cp)) return 0.3 + bold;
    if (cp >= 0x41 && cp <= 0x5a) return 0.65 + bold;
    if (cp >= 0x30 && cp <= 0x39) return 0.5 + bold;
    return 0.5 + bold;
  }
  if (cp >= 0x300 && cp <= 0x36f) return 0; // combining marks
  if (cp < 0x2e80) return 0.55 + bold; // Latin-1 letters and other Western characters
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 0; // variation selectors
  return 1; // Han, kana, CJK punctuation, full-width forms
}

/** The fake Metrics object. */
export const fakeMetrics: Metrics = { advance: fakeAdvance };
